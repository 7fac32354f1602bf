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

/**
 * The mapping as it travels to a shared map's room: an informant's name, entered beside a role or pseudonym, stays on
 * the device it was entered on (anyone with the map's link, a participant's phone among them, reads the room).
 */
export function withoutInformantNames(mapping: Mapping): Mapping {
  if (!mapping.sessions.some((s) => s.informants.some((i) => i.name !== undefined))) return mapping;
  return {
    ...mapping,
    sessions: mapping.sessions.map((s) => ({ ...s, informants: s.informants.map(({ id, label }) => ({ id, label })) })),
  };
}

/** The room's mapping with the names this device holds for the same informants put back. */
export function withInformantNamesOf(mapping: Mapping, local: Mapping | undefined): Mapping {
  const names = new Map(
    (local?.sessions ?? []).flatMap((s) =>
      s.informants.flatMap((i) => (i.name !== undefined ? [[`${s.id}/${i.id}`, i.name] as const] : [])),
    ),
  );
  if (names.size === 0) return mapping;
  return {
    ...mapping,
    sessions: mapping.sessions.map((s) => ({
      ...s,
      informants: s.informants.map((i) => {
        const name = names.get(`${s.id}/${i.id}`);
        return name !== undefined && i.name === undefined ? { ...i, name } : i;
      }),
    })),
  };
}
