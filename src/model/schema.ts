/**
 * The native network file, described once with valibot. The types in
 * `types.ts` are inferred from these schemas, so the validator and the
 * TypeScript types cannot drift apart.
 *
 * Optional fields get their defaults here (`aliases: []`, `trust: null` …):
 * a value the file does not give is "not assessed", never a guess.
 */
import * as v from 'valibot';
import { closest } from './closest';
import {
  BASES,
  ENGAGEMENT_STAGES,
  LEVELS,
  SECTORS,
  TIE_TYPES,
  VP_STATUSES,
  type Scale,
  INFLUENCE,
  VP_KNOWLEDGE,
  VP_INTEREST,
  STANCE,
  TRUST,
  STRENGTH,
  CAPACITY,
  ENGAGEMENT_KINDS,
  PARTICIPANT_ROLES,
  COMMITMENT_STATUSES,
  INCIDENT_KINDS,
  INCIDENT_ROLES,
  SEVERITY,
} from './vocabularies';

/** The version of the native file format this build writes. */
export const SCHEMA_VERSION = 3;

export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
const ISO_COUNTRY = /^[A-Z]{2}$/;
const ISO_SUBDIVISION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
/** A year, a year-month or a full date: `2010`, `2010-02`, `2010-02-25`. */
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const text = v.pipe(v.string('must be text'));
const nonEmptyText = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));
const slug = v.pipe(nonEmptyText, v.regex(ID_PATTERN, 'must be a slug (lower-case letters, digits, - _ .)'));
/** Whether a date of the right shape is a real one: a month 01–12, a day that month has (29 February in leap years). */
function isRealDate(date: string): boolean {
  if (date.length === 4) return true;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number | undefined];
  if (month < 1 || month > 12) return false;
  return day === undefined || (day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
}
const partialDate = v.pipe(
  text,
  v.regex(PARTIAL_DATE, 'must be a date such as 2010, 2010-02 or 2010-02-25'),
  v.check(isRealDate, 'is not a date of the calendar (a month 01–12, a day that month has)'),
);

function vocabulary<const T extends readonly string[]>(values: T, what: string) {
  return v.picklist(values, (issue) => {
    const suggestion = typeof issue.input === 'string' ? closest(issue.input, values) : null;
    const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
    return `${JSON.stringify(issue.input) ?? String(issue.input)} is not a known ${what}${hint}`;
  });
}

/** A whole number on a scale. */
function scaleStep(scale: Scale) {
  const range = `must be between ${scale.min} and ${scale.max}`;
  return v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(scale.min, range),
    v.maxValue(scale.max, range),
  );
}

/** A value that may be left out; when it is, it is "not assessed" (null). */
function assessed(scale: Scale) {
  return v.optional(v.nullable(scaleStep(scale)), null);
}

export const LabelSchema = v.object({ en: nonEmptyText, es: nonEmptyText });
/** Plain text, or the same text in English and Spanish. */
export const LocalizedTextSchema = v.union([text, LabelSchema], 'must be text or {en, es}');
/** A name: non-empty plain text (the same in every language), or `{es, en}`, both non-empty. */
export const LocalizedNameSchema = v.union([nonEmptyText, LabelSchema], 'must be text or {es, en}');
/** Free text that may be empty in one language: plain text, or `{es, en}`. */
export const LocalizedNoteSchema = v.union([text, v.object({ en: text, es: text })], 'must be text or {es, en}');

export const SourceSchema = v.object({
  /** The document: a seed file name or a URL. */
  doc: nonEmptyText,
  /** The document's title, for people. */
  title: v.optional(text),
  /** Where in it: section, annex, row (in Spanish and English, or plain text). */
  locator: LocalizedNameSchema,
  /** The words the record rests on, when short enough to quote: always in the document's own language. */
  quote: v.optional(text),
});

export const BasisSchema = vocabulary(BASES, 'basis (documented, inferred, assumed)');

/** Fields of an actor or tie whose value may rest on a different basis than the record. */
export const ASSESSED_FIELDS = [
  'influence',
  'vpKnowledge',
  'vpInterest',
  'stance',
  'engagement',
  'vpStatus',
  'capacities',
  'technical',
  'humanRights',
  'conflictPrevention',
  'impartiality',
  'region',
  'country',
  'sector',
  'trust',
  'strength',
] as const;
export type AssessedField = (typeof ASSESSED_FIELDS)[number];

/** Attributes from an imported file that the model has no field for, kept so nothing is lost. */
const ExtraSchema = v.optional(v.record(v.string(), v.union([v.string(), v.number(), v.boolean()]), 'must be an object of simple values'));

const FieldBasisSchema = v.optional(v.record(vocabulary(ASSESSED_FIELDS, 'assessed field'), BasisSchema), {});

export const ContactSchema = v.object({
  name: nonEmptyText,
  /** The contact's role in the institution, e.g. {es: 'Entrevistado', en: 'Interviewee'}. */
  role: v.optional(LocalizedNoteSchema, ''),
});

export const CapacitiesSchema = v.object({
  technical: assessed(CAPACITY),
  humanRights: assessed(CAPACITY),
  conflictPrevention: assessed(CAPACITY),
  /** How far the other parties see it as neutral, from a finding; not assessed unless a source says so. */
  impartiality: assessed(CAPACITY),
});

export const ActorSchema = v.object({
  id: slug,
  /** The official name (Spanish for Peruvian and Latin American bodies) and an English rendering, or one plain name. */
  name: LocalizedNameSchema,
  shortName: v.optional(LocalizedNameSchema),
  aliases: v.optional(v.array(text, 'must be a list of names'), []),
  sector: vocabulary(SECTORS, 'sector'),
  level: v.optional(v.nullable(vocabulary(LEVELS, 'level')), null),
  country: v.optional(v.nullable(v.pipe(text, v.regex(ISO_COUNTRY, 'must be an ISO 3166-1 alpha-2 code such as "PE"'))), null),
  region: v.optional(v.nullable(v.pipe(text, v.regex(ISO_SUBDIVISION, 'must be an ISO 3166-2 code such as "PE-CUS"'))), null),
  influence: assessed(INFLUENCE),
  vpKnowledge: assessed(VP_KNOWLEDGE),
  vpInterest: assessed(VP_INTEREST),
  stance: assessed(STANCE),
  engagement: v.optional(v.nullable(vocabulary(ENGAGEMENT_STAGES, 'engagement stage')), null),
  vpStatus: v.optional(v.nullable(vocabulary(VP_STATUSES, 'VPs status')), null),
  capacities: v.optional(CapacitiesSchema, { technical: null, humanRights: null, conflictPrevention: null, impartiality: null }),
  contacts: v.optional(v.array(ContactSchema, 'must be a list of contacts'), []),
  tags: v.optional(v.array(text, 'must be a list of tags'), []),
  notes: v.optional(LocalizedNoteSchema, ''),
  sources: v.optional(v.array(SourceSchema, 'must be a list of sources'), []),
  basis: BasisSchema,
  /** The basis of single fields where it differs from the record's basis. */
  fieldBasis: FieldBasisSchema,
  extra: ExtraSchema,
});

export const TieSchema = v.object({
  id: slug,
  source: nonEmptyText,
  target: nonEmptyText,
  type: vocabulary(TIE_TYPES, 'tie type'),
  /** Defaults to the tie type's direction (see DIRECTED_TIE_TYPES) when left out. */
  directed: v.optional(v.boolean('must be true or false')),
  trust: assessed(TRUST),
  /** 1–3, or `null` when not assessed (the analyses then count the tie as 1 and say so). */
  strength: assessed(STRENGTH),
  since: v.optional(partialDate),
  until: v.optional(partialDate),
  notes: v.optional(LocalizedNoteSchema, ''),
  sources: v.optional(v.array(SourceSchema, 'must be a list of sources'), []),
  basis: BasisSchema,
  fieldBasis: FieldBasisSchema,
  extra: ExtraSchema,
});

/** A figure about the network as a whole, e.g. "72 stakeholders interviewed". */
export const FactSchema = v.object({
  id: nonEmptyText,
  label: LocalizedTextSchema,
  value: v.union([v.number(), text], 'must be a number or text'),
  sources: v.optional(v.array(SourceSchema, 'must be a list of sources'), []),
});

/** The highest step of a Net-Map influence tower (0: no influence on the question). */
export const TOWER_MAX = 8;
const colour = v.pipe(text, v.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #1f77b4'));
const answerId = { session: nonEmptyText, informant: nonEmptyText };

/** A mapping session (Net-Map): its question, where and when, the links and goals it asked about, who answered. */
export const MappingSessionSchema = v.object({
  id: nonEmptyText,
  question: LocalizedTextSchema,
  date: v.optional(partialDate),
  place: v.optional(text),
  linkTypes: v.array(
    v.object({ id: nonEmptyText, name: LocalizedTextSchema, colour, tieType: vocabulary(TIE_TYPES, 'tie type') }),
    'must be a list of link types',
  ),
  goals: v.optional(v.array(v.object({ id: nonEmptyText, label: LocalizedTextSchema }), 'must be a list of goals'), []),
  /** A role or a pseudonym by default; a name only if one was entered. */
  informants: v.array(v.object({ id: nonEmptyText, label: nonEmptyText, name: v.optional(text) }), 'must be a list of informants'),
  /** Where each actor's card lay on the table (0–1 across and down): the picture of the table the session leaves. */
  board: v.optional(
    v.record(
      nonEmptyText,
      v.object({ x: v.pipe(v.number(), v.minValue(0), v.maxValue(1)), y: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) }),
    ),
  ),
});

/** One informant's answer in one session: an actor named, a link reported, an influence tower, a stance on a goal. */
export const AnswerSchema = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('actor'), ...answerId, actor: nonEmptyText }),
    v.object({ kind: v.literal('tie'), ...answerId, source: nonEmptyText, target: nonEmptyText, linkType: nonEmptyText }),
    v.object({ kind: v.literal('influence'), ...answerId, actor: nonEmptyText, tower: scaleStep({ min: 0, max: TOWER_MAX, labels: {} }) }),
    v.object({
      kind: v.literal('stance'),
      ...answerId,
      actor: nonEmptyText,
      goal: nonEmptyText,
      stance: v.picklist([-1, 0, 1], 'must be -1, 0 or 1'),
      sure: v.optional(v.boolean('must be true or false')),
    }),
  ],
  'must be an answer (actor, tie, influence or stance)',
);

/** Every mapping session of a network, and every answer given in them (model/informants.ts). */
export const MappingSchema = v.object({
  sessions: v.array(MappingSessionSchema, 'must be a list of sessions'),
  answers: v.array(AnswerSchema, 'must be a list of answers'),
});

const subdivision = v.pipe(text, v.regex(ISO_SUBDIVISION, 'must be an ISO 3166-2 code such as "PE-CUS"'));
const sources = v.optional(v.array(SourceSchema, 'must be a list of sources'), []);

/**
 * A meeting, workshop, call, letter or visit: when (a day, a month or a year, or a range), where, what about, who took
 * part and how, what came of it, and where that is written.
 */
export const EngagementSchema = v.object({
  id: slug,
  kind: vocabulary(ENGAGEMENT_KINDS, 'engagement kind'),
  /** The first (or only) day; a month or a year where that is all a source gives. */
  date: partialDate,
  /** The last day of an engagement that ran over several. */
  until: v.optional(partialDate),
  /** What it was about. */
  topic: LocalizedNameSchema,
  region: v.optional(v.nullable(subdivision), null),
  /** A place name within the region. */
  place: v.optional(LocalizedNoteSchema, ''),
  participants: v.optional(
    v.array(v.object({ actor: nonEmptyText, role: vocabulary(PARTICIPANT_ROLES, 'participant role') }), 'must be a list of participants'),
    [],
  ),
  outcome: v.optional(LocalizedNoteSchema, ''),
  sources,
  basis: BasisSchema,
});

/** A dated change of a commitment's status. */
export const StatusChangeSchema = v.object({ date: partialDate, status: vocabulary(COMMITMENT_STATUSES, 'commitment status') });

/** Who promised what to whom, at which engagement, by when, and how it stands. */
export const CommitmentSchema = v.object({
  id: slug,
  what: LocalizedNameSchema,
  /** The actors who promised. */
  by: v.optional(v.array(nonEmptyText, 'must be a list of actor ids'), []),
  /** The actors it was promised to (none: to the group as a whole). */
  to: v.optional(v.array(nonEmptyText, 'must be a list of actor ids'), []),
  /** The engagement it was made at. */
  engagement: v.optional(nonEmptyText),
  made: v.optional(partialDate),
  due: v.optional(partialDate),
  status: v.optional(vocabulary(COMMITMENT_STATUSES, 'commitment status'), 'pending'),
  /** Every change of status, oldest first. */
  history: v.optional(v.array(StatusChangeSchema, 'must be a list of status changes'), []),
  evidence: v.optional(LocalizedNoteSchema, ''),
  sources,
  basis: BasisSchema,
});

/** Something that happened on the ground and changed relationships: a protest, a clash, a complaint. Sensitive. */
export const IncidentSchema = v.object({
  id: slug,
  kind: vocabulary(INCIDENT_KINDS, 'incident kind'),
  date: partialDate,
  region: v.optional(v.nullable(subdivision), null),
  place: v.optional(LocalizedNoteSchema, ''),
  involved: v.optional(
    v.array(v.object({ actor: nonEmptyText, role: vocabulary(INCIDENT_ROLES, 'incident role') }), 'must be a list of actors involved'),
    [],
  ),
  severity: assessed(SEVERITY),
  description: v.optional(LocalizedNoteSchema, ''),
  sources,
  basis: BasisSchema,
});

/** The three kinds of engagement record, by the field of the network that holds them. */
export const RECORD_SCHEMAS = { engagements: EngagementSchema, commitments: CommitmentSchema, incidents: IncidentSchema } as const;

/** Everything about the network but its actors and ties. */
export const NetworkMetaSchema = v.object({
  schemaVersion: v.literal(
    SCHEMA_VERSION,
    (issue) => `${JSON.stringify(issue.input)} is not a supported schemaVersion (this version reads ${SCHEMA_VERSION})`,
  ),
  id: slug,
  title: LocalizedTextSchema,
  description: v.optional(LocalizedTextSchema, ''),
  scope: v.optional(LocalizedTextSchema, ''),
  date: v.optional(partialDate),
  sources: v.optional(v.array(SourceSchema, 'must be a list of sources'), []),
  facts: v.optional(v.array(FactSchema, 'must be a list of facts'), []),
  /** What informants said in mapping sessions, kept apart per informant; absent: none. */
  mapping: v.optional(MappingSchema),
  /** Engagement records (model/records.ts); absent: none recorded. */
  engagements: v.optional(v.array(EngagementSchema, 'must be a list of engagements')),
  commitments: v.optional(v.array(CommitmentSchema, 'must be a list of commitments')),
  incidents: v.optional(v.array(IncidentSchema, 'must be a list of incidents')),
});

/** The shell of a file: actors and ties are checked one by one so that one bad row does not hide the rest. */
export const NetworkShellSchema = v.object({
  ...NetworkMetaSchema.entries,
  actors: v.array(v.unknown(), 'must be a list of actors'),
  ties: v.array(v.unknown(), 'must be a list of ties'),
  // Records are read one by one too (validate.ts).
  engagements: v.optional(v.array(v.unknown(), 'must be a list of engagements')),
  commitments: v.optional(v.array(v.unknown(), 'must be a list of commitments')),
  incidents: v.optional(v.array(v.unknown(), 'must be a list of incidents')),
});
