// Helpers shared by the sample-data builders. Each builder reads like a
// transcription of its seed: one call per actor or tie, with the place in the
// seed it comes from. Run `npm run data` to rewrite the JSON files in data/.

export const SEED_2010 = '000_b5b1e35cb58c978d.txt';
export const SEED_2017 = '001_a27e96a924adcccd.txt';

export const SEED_2010_TITLE =
  'Voluntary Principles on Security and Human Rights: Implementation Process Feasibility Study in Peru (Lima–London, April 2010)';
export const SEED_2017_TITLE = 'Establishing a Regional Voluntary Principles Working Group in Peru (2017–2018)';

/** The seeds' section names in Spanish, for locators (the English is the seed's own heading). */
const SECTIONS_ES = {
  'I Introduction': 'I Introducción',
  'II Study Method': 'II Método del estudio',
  'III Background': 'III Antecedentes',
  'IV Findings (introduction)': 'IV Hallazgos (introducción)',
  'IV.a Knowledge of the VPs': 'IV.a Conocimiento de los PV',
  'IV.a, footnote 3': 'IV.a, nota al pie 3',
  'IV.b Relevance and importance': 'IV.b Relevancia e importancia',
  'IV.c Key actors': 'IV.c Actores clave',
  'IV.d Step-by-step process': 'IV.d Proceso paso a paso',
  'IV.e Facilitator': 'IV.e Facilitador',
  'IV.f Summary of main findings': 'IV.f Resumen de los principales hallazgos',
  'V.a Coordination activities': 'V.a Actividades de coordinación',
  'V.d Risks — Global vs. Local': 'V.d Riesgos: global frente a local',
  'Annex 1, Background': 'Anexo 1, Antecedentes',
  'Annex 1, 2. Project Management': 'Anexo 1, 2. Gestión del proyecto',
  'Annex 4 (Round Table 25-2-2010)': 'Anexo 4 (Mesa redonda 25-2-2010)',
  'whole document': 'todo el documento',
  'Title page': 'Portada',
  'III Background, footnote 1': 'III Antecedentes, nota al pie 1',
  'Background': 'Antecedentes',
  'The Project': 'El proyecto',
  'Results': 'Resultados',
  'Footnote 1': 'Nota al pie 1',
  'SHRIM Support': 'Apoyo del SHRIM',
};

/** A locator in Spanish and English; rows of the annexes are composed. An unknown section stops the build. */
export function locator(en) {
  const annex3 = /^Annex 3 \(Interviewees\), (rows?) (.+)$/.exec(en);
  if (annex3) {
    const rows = annex3[2].replace('second row numbered 4', 'segunda fila numerada 4');
    return { es: `Anexo 3 (Entrevistados), ${annex3[1] === 'rows' ? 'filas' : 'fila'} ${rows}`, en };
  }
  const annex4 = /^Annex 4 \(Round Table 25-2-2010\), (rows?) (.+)$/.exec(en);
  if (annex4) return { es: `Anexo 4 (Mesa redonda 25-2-2010), ${annex4[1] === 'rows' ? 'filas' : 'fila'} ${annex4[2]}`, en };
  const es = SECTIONS_ES[en];
  if (!es) throw new Error(`data/build: no Spanish for the locator "${en}"`);
  return { es, en };
}

/** A source in a seed: `src(SEED_2010, 'IV.c Key actors', 'quote')`. The quote stays in the seed's language. */
export function src(doc, where, quote) {
  return quote ? { doc, locator: locator(where), quote } : { doc, locator: locator(where) };
}

/** A text in Spanish and English. */
export const t = (es, en) => ({ es, en });

/**
 * An actor with every field of the model. Scores not given stay null
 * ("not assessed"); `fieldBasis` records the basis of single scores.
 */
export function actor(fields) {
  return bilingualRecord({
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
      impartiality: fields.capacities?.impartiality ?? null,
    },
    contacts: fields.contacts ?? [],
    tags: fields.tags ?? [],
    notes: fields.notes ?? '',
    sources: fields.sources,
    basis: fields.basis ?? 'documented',
    fieldBasis: fields.fieldBasis ?? {},
  });
}

function bothLanguages(value, what) {
  if (typeof value !== 'object' || !value.es || !value.en)
    throw new Error(`data/build: ${what} needs {es, en}, got ${JSON.stringify(value)}`);
}

/** Checks that a record's name and notes are given in both languages. */
export function bilingualRecord(record) {
  if (record.name !== undefined) bothLanguages(record.name, `${record.id}.name`);
  if (record.shortName !== undefined) bothLanguages(record.shortName, `${record.id}.shortName`);
  if (record.notes !== '') bothLanguages(record.notes, `${record.id}.notes`);
  return record;
}

const DIRECTED = new Set(['funding', 'ownership', 'service', 'training', 'coordination']);

/** A tie; its id is built from its type and ends unless given. Strength and trust stay null unless a source grades them. */
export function tie(fields) {
  return bilingualRecord({
    id: fields.id ?? `${fields.type}--${fields.source}--${fields.target}`,
    source: fields.source,
    target: fields.target,
    type: fields.type,
    directed: fields.directed ?? DIRECTED.has(fields.type),
    trust: fields.trust ?? null,
    strength: fields.strength ?? null,
    ...(fields.since ? { since: fields.since } : {}),
    ...(fields.until ? { until: fields.until } : {}),
    notes: fields.notes ?? '',
    sources: fields.sources,
    basis: fields.basis ?? 'documented',
    fieldBasis: fields.fieldBasis ?? {},
  });
}

const ROLES = {
  interviewee: t('Entrevistado/a', 'Interviewee'),
  participant: t('Participante en la mesa redonda', 'Round-table participant'),
  both: t('Entrevistado/a; participante en la mesa redonda', 'Interviewee; round-table participant'),
};

/** Contacts named in an annex row: institutions' representatives, never an e-mail. */
export function people(role, ...names) {
  if (!ROLES[role]) throw new Error(`data/build: unknown role "${role}"`);
  return names.map((name) => ({ name, role: ROLES[role] }));
}

// ── Engagement records ────────────────────────────────────────────────────

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function recordChecks(record, what) {
  if (!record.sources?.length) throw new Error(`data/build: ${what} "${record.id}" needs a source`);
  if (!['documented', 'inferred', 'assumed'].includes(record.basis)) throw new Error(`data/build: ${what} "${record.id}" needs a basis`);
}

/**
 * An engagement: a meeting, workshop, interview round … Its date is as precise as the seed gives it (a year or a
 * month where that is all it says), never a day the seed does not give. Participants only where the seed names them.
 */
export function engagement(fields) {
  for (const date of [fields.date, fields.until].filter(Boolean))
    if (!PARTIAL_DATE.test(date)) throw new Error(`data/build: engagement "${fields.id}" has the date "${date}"`);
  bothLanguages(fields.topic, `${fields.id}.topic`);
  if (fields.outcome) bothLanguages(fields.outcome, `${fields.id}.outcome`);
  if (fields.place) bothLanguages(fields.place, `${fields.id}.place`);
  const record = {
    id: fields.id,
    kind: fields.kind,
    date: fields.date,
    ...(fields.until ? { until: fields.until } : {}),
    topic: fields.topic,
    region: fields.region ?? null,
    place: fields.place ?? '',
    participants: fields.participants ?? [],
    outcome: fields.outcome ?? '',
    sources: fields.sources,
    basis: fields.basis ?? 'documented',
  };
  recordChecks(record, 'engagement');
  return record;
}

/** Participants with one role: `as('attended', 'pnp', 'mre')`. */
export const as = (role, ...actors) => actors.map((actor) => ({ actor, role }));

/** A commitment: who promised what to whom, only where a seed states it. No due date the seed does not give. */
export function commitment(fields) {
  bothLanguages(fields.what, `${fields.id}.what`);
  if (fields.evidence) bothLanguages(fields.evidence, `${fields.id}.evidence`);
  const record = {
    id: fields.id,
    what: fields.what,
    by: fields.by ?? [],
    to: fields.to ?? [],
    ...(fields.engagement ? { engagement: fields.engagement } : {}),
    ...(fields.made ? { made: fields.made } : {}),
    ...(fields.due ? { due: fields.due } : {}),
    status: fields.status ?? 'pending',
    history: fields.history ?? [],
    evidence: fields.evidence ?? '',
    sources: fields.sources,
    basis: fields.basis ?? 'documented',
  };
  recordChecks(record, 'commitment');
  return record;
}

/** Stops the build when a record names an actor or an engagement the network does not have. */
export function checkRecords(network) {
  const actors = new Set(network.actors.map((a) => a.id));
  const engagements = new Set((network.engagements ?? []).map((e) => e.id));
  const ids = new Set();
  for (const field of ['engagements', 'commitments', 'incidents'])
    for (const record of network[field] ?? []) {
      if (ids.has(record.id)) throw new Error(`data/build: two records are called "${record.id}"`);
      ids.add(record.id);
      const named = [...(record.participants ?? []), ...(record.involved ?? [])].map((p) => p.actor);
      for (const id of [...named, ...(record.by ?? []), ...(record.to ?? [])])
        if (!actors.has(id)) throw new Error(`data/build: ${record.id} names "${id}", not an actor of ${network.id}`);
      if (record.engagement && !engagements.has(record.engagement))
        throw new Error(`data/build: ${record.id} was made at "${record.engagement}", not an engagement of ${network.id}`);
    }
  return network;
}
