/**
 * What informants said in mapping sessions (Net-Map: a group or one informant
 * around a table answering who is involved, who is linked to whom and how,
 * how much influence each has, what each wants). Every answer is kept with
 * the informant who gave it and the session it was given in, so that where
 * informants disagree stays visible; analysis/agreement.ts combines them.
 * The types are those of the native file's schema (schema.ts). Pure.
 */
import type * as v from 'valibot';
import type { AnswerSchema, MappingSchema, MappingSessionSchema } from './schema';

export { TOWER_MAX } from './schema';

/** One mapping session: its question, where and when, the link types and goals it asked about, who answered. */
export type MappingSession = v.InferOutput<typeof MappingSessionSchema>;
/** A link type asked about in a session, as the group named it, and the kind of tie it records. */
export type LinkType = MappingSession['linkTypes'][number];
/** A goal the group was asked about (what each actor wants). */
export type Goal = MappingSession['goals'][number];
/** Who answered: a role or a pseudonym by default; a name only if one was entered. */
export type Informant = MappingSession['informants'][number];
/** An informant's answer: an actor named, a link reported, an influence tower (0–8), a stance on a goal. */
export type Answer = v.InferOutput<typeof AnswerSchema>;
/** Every session of a network, and every answer given in them. */
export type Mapping = v.InferOutput<typeof MappingSchema>;

/** One informant across sessions: `session/informant`. */
export const informantKey = (a: { session: string; informant: string }) => `${a.session}/${a.informant}`;
