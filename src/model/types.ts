/**
 * The stakeholder model's types, inferred from the schemas in `schema.ts`.
 * See docs/data.md, "The model", for what each field means.
 */
import type * as v from 'valibot';
import type {
  ActorSchema,
  CommitmentSchema,
  EngagementSchema,
  IncidentSchema,
  ContactSchema,
  FactSchema,
  LocalizedTextSchema,
  NetworkMetaSchema,
  SourceSchema,
  TieSchema,
} from './schema';

/** Where a record comes from: a document and a place in it. */
export type Source = v.InferOutput<typeof SourceSchema>;
/** A person reached through an institution. Personal data: redacted when presenting. */
export type Contact = v.InferOutput<typeof ContactSchema>;
/** Plain text, or `{en, es}`. */
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
/** A figure about the network as a whole. */
export type Fact = v.InferOutput<typeof FactSchema>;

/** A stakeholder: an institution, a group, a platform. Scores left out are `null`, "not assessed". */
export type Actor = v.InferOutput<typeof ActorSchema>;

/** A relationship between two actors. `directed` is always set once a tie is read. */
export type Tie = Omit<v.InferOutput<typeof TieSchema>, 'directed'> & { directed: boolean };

/** A meeting, workshop, call, letter or visit, with who took part. */
export type EngagementRecord = v.InferOutput<typeof EngagementSchema>;
/** Who promised what to whom, and how it stands. */
export type Commitment = v.InferOutput<typeof CommitmentSchema>;
/** A protest, clash, detention or complaint, with the actors involved. Sensitive: redacted by profile. */
export type Incident = v.InferOutput<typeof IncidentSchema>;

/** Metadata of a network: title, scope, date, sources, facts. */
export type NetworkMeta = v.InferOutput<typeof NetworkMetaSchema>;

/** A network: its metadata, its actors and its ties. This is the native file format. */
export interface Network extends NetworkMeta {
  actors: Actor[];
  ties: Tie[];
}

/** One thing wrong with an input, located precisely enough to fix it. */
export interface Problem {
  /** Where: `actors[12].sector`, or a file name with row and column for tabular files. */
  path: string;
  /** What, in English (the UI may translate by `code`). */
  message: string;
  /** The same in Spanish, where the writer of the problem composed it (importers); otherwise built from `code` and `params`. */
  messageEs?: string;
  code: ProblemCode;
  /** `error`: the record was left out; `warning`: it was kept. */
  severity: 'error' | 'warning';
  /** What the message is built from, so the interface can say it in another language. */
  params?: ProblemParams;
}

export interface ProblemParams {
  /** The offending value, as text. */
  value?: string;
  /** The nearest known value, for an unknown one. */
  suggestion?: string;
  /** For out-of-range: which bound was crossed, and the limit. */
  bound?: 'min' | 'max' | 'integer';
  limit?: number;
  /** The field the problem is about (last part of the path). */
  field?: string;
  /** Another place involved: the first record with a duplicate id, the rejected actor a tie points at. */
  other?: string;
  /** The record was kept with this value left empty (an importer's choice, said in the message). */
  emptied?: boolean;
}

export type ProblemCode =
  | 'not-json'
  | 'wrong-type'
  | 'missing'
  | 'unknown-value'
  | 'out-of-range'
  | 'bad-format'
  | 'unsupported-version'
  | 'duplicate-id'
  | 'missing-actor'
  | 'self-loop'
  | 'unsourced'
  | 'invalid';
