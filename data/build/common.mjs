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
  const annex3 = /^Annex 3 \(Interviewees\), row (.+)$/.exec(en);
  if (annex3) return { es: `Anexo 3 (Entrevistados), fila ${annex3[1].replace('second row numbered 4', 'segunda fila numerada 4')}`, en };
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
