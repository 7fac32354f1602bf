// Helpers shared by the sample-data builders. Each builder reads like a
// transcription of its seed: one call per actor or tie, with the place in the
// seed it comes from. Run `npm run data` to rewrite the JSON files in data/.

export const SEED_2010 = '000_b5b1e35cb58c978d.txt';
export const SEED_2017 = '001_a27e96a924adcccd.txt';

export const SEED_2010_TITLE =
  'Voluntary Principles on Security and Human Rights: Implementation Process Feasibility Study in Peru (Lima–London, April 2010)';
export const SEED_2017_TITLE = 'Establishing a Regional Voluntary Principles Working Group in Peru (2017–2018)';

/** A source in a seed: `src(SEED_2010, 'Annex 3, row 12')`. */
export function src(doc, locator, quote) {
  return quote ? { doc, locator, quote } : { doc, locator };
}

/**
 * An actor with every field of the model. Scores not given stay null
 * ("not assessed"); `fieldBasis` records the basis of single scores.
 */
export function actor(fields) {
  return {
    id: fields.id,
    name: fields.name,
    ...(fields.shortName ? { shortName: fields.shortName } : {}),
    aliases: fields.aliases ?? [],
    sector: fields.sector,
    level: fields.level ?? null,
    country: fields.country ?? null,
    region: fields.region ?? null,
    influence: fields.influence ?? null,
    vpKnowledge: fields.vpKnowledge ?? null,
    vpInterest: fields.vpInterest ?? null,
    stance: fields.stance ?? null,
    engagement: fields.engagement ?? null,
    vpStatus: fields.vpStatus ?? null,
    capacities: {
      technical: fields.capacities?.technical ?? null,
      humanRights: fields.capacities?.humanRights ?? null,
      conflictPrevention: fields.capacities?.conflictPrevention ?? null,
    },
    contacts: fields.contacts ?? [],
    tags: fields.tags ?? [],
    notes: fields.notes ?? '',
    sources: fields.sources,
    basis: fields.basis ?? 'documented',
    fieldBasis: fields.fieldBasis ?? {},
  };
}

const DIRECTED = new Set(['funding', 'ownership', 'service', 'training', 'coordination']);

/** A tie; its id is built from its type and ends unless given. */
export function tie(fields) {
  return {
    id: fields.id ?? `${fields.type}--${fields.source}--${fields.target}`,
    source: fields.source,
    target: fields.target,
    type: fields.type,
    directed: fields.directed ?? DIRECTED.has(fields.type),
    trust: fields.trust ?? null,
    strength: fields.strength ?? 1,
    ...(fields.since ? { since: fields.since } : {}),
    ...(fields.until ? { until: fields.until } : {}),
    notes: fields.notes ?? '',
    sources: fields.sources,
    basis: fields.basis ?? 'documented',
    fieldBasis: fields.fieldBasis ?? {},
  };
}

/** Contacts named in an annex row: institutions' representatives, never an e-mail. */
export function people(role, ...names) {
  return names.map((name) => ({ name, role }));
}
