/**
 * Proposals from participants' phones during a mapping session: an actor, a
 * link, an influence tower or a stance one participant puts forward, which
 * the facilitator accepts (it becomes that participant's answer in the
 * session), merges (a proposed actor is one the map has) or declines. A
 * proposal is the phone's; its verdict is the facilitator's, kept apart so
 * neither overwrites the other. Phones are not trusted to send well-formed
 * values: `readProposal` and `readVerdict` check what arrives. Pure.
 */
import * as v from 'valibot';
import { SECTORS, type Sector } from './vocabularies';
import { TOWER_MAX, type Informant, type MappingSession } from './informants';

/** An actor a proposal speaks of: one of the map's (`id`), or one the same participant proposed (`proposal`). */
export type ActorRef = { id: string } | { proposal: string };

/** What a participant proposes. */
export type ProposalBody =
  /** An actor taking part; `existing`: the participant picked one the map has from the suggestions. */
  | { kind: 'actor'; name: string; sector: Sector; existing?: string }
  /** A link of one of the session's link types. */
  | { kind: 'tie'; source: ActorRef; target: ActorRef; linkType: string }
  /** An influence tower, 0–8 steps. */
  | { kind: 'influence'; actor: ActorRef; tower: number }
  /** A stance on one of the session's goals: for (1), neutral (0), against (−1). */
  | { kind: 'stance'; actor: ActorRef; goal: string; stance: -1 | 0 | 1 };

/** Who proposes: an id made on their phone, and the pseudonym they chose (none: they are numbered). */
export interface Participant {
  id: string;
  pseudonym?: string;
}

/** One proposal, as a phone leaves it: unique `id` (the participant's id and a counter), for one session. */
export interface Proposal {
  id: string;
  session: string;
  by: Participant;
  /** When it was made (ms since 1970), for the order they are shown in. */
  at: number;
  body: ProposalBody;
}

/** The facilitator's answer to a proposal; `actor`: the actor an accepted actor proposal became or was merged into. */
export interface Verdict {
  status: 'accepted' | 'declined';
  actor?: string;
  at: number;
}

export type ProposalStatus = 'open' | Verdict['status'];

/** The most a name or pseudonym typed on a phone keeps. */
export const NAME_MAX = 120;

const text = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(NAME_MAX));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const ActorRefSchema = v.union([v.strictObject({ id }), v.strictObject({ proposal: id })]);

const ProposalSchema = v.object({
  id,
  session: id,
  by: v.object({ id, pseudonym: v.optional(text) }),
  at: v.number(),
  body: v.variant('kind', [
    v.object({ kind: v.literal('actor'), name: text, sector: v.picklist(SECTORS), existing: v.optional(id) }),
    v.object({ kind: v.literal('tie'), source: ActorRefSchema, target: ActorRefSchema, linkType: id }),
    v.object({
      kind: v.literal('influence'),
      actor: ActorRefSchema,
      tower: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(TOWER_MAX)),
    }),
    v.object({ kind: v.literal('stance'), actor: ActorRefSchema, goal: id, stance: v.picklist([-1, 0, 1]) }),
  ]),
});

const VerdictSchema = v.object({
  status: v.picklist(['accepted', 'declined']),
  actor: v.optional(id),
  at: v.number(),
});

/** A proposal as it arrived, checked: null when it is not one, or not stored under its own id. */
export function readProposal(value: unknown, key: string): Proposal | null {
  const result = v.safeParse(ProposalSchema, value);
  if (!result.success || result.output.id !== key) return null;
  return result.output as Proposal;
}

/** A verdict as it arrived, checked: null when it is not one. */
export function readVerdict(value: unknown): Verdict | null {
  const result = v.safeParse(VerdictSchema, value);
  return result.success ? result.output : null;
}

/** The informant a participant becomes in a session once a proposal of theirs is accepted. */
export const informantId = (participant: string) => `p-${participant}`;

/**
 * What each participant is called in a session, by participant id: the label they have as an informant of the
 * session once they joined it; else their pseudonym (the latest they gave); else `numbered(n)` ("Participante 3"),
 * n their place in the order participants first proposed, after the session's participants who proposed nothing.
 */
export function participantLabels(
  session: Pick<MappingSession, 'informants'>,
  proposals: readonly Proposal[],
  numbered: (n: number) => string,
): Map<string, string> {
  const joined = new Map(session.informants.map((i) => [i.id, i.label]));
  const participants = new Map<string, { first: number; latest: number; pseudonym?: string }>();
  for (const p of proposals) {
    const seen = participants.get(p.by.id);
    if (!seen) participants.set(p.by.id, { first: p.at, latest: p.at, pseudonym: p.by.pseudonym });
    else {
      seen.first = Math.min(seen.first, p.at);
      if (p.at >= seen.latest) Object.assign(seen, { latest: p.at, pseudonym: p.by.pseudonym });
    }
  }
  // Numbered in the order participants first proposed, after the session's participants who proposed nothing
  // here: the number a participant is shown with stays theirs when they, or others, join the session.
  const earlier = session.informants.filter((i) => i.id.startsWith('p-') && !participants.has(i.id.slice(2))).length;
  const labels = new Map<string, string>();
  const order = [...participants].sort(([a, x], [b, y]) => x.first - y.first || (a < b ? -1 : 1));
  order.forEach(([participant, { pseudonym }], i) => {
    labels.set(participant, joined.get(informantId(participant)) ?? pseudonym ?? numbered(earlier + i + 1));
  });
  return labels;
}

/** The informant a participant becomes, under the label shown for them. */
export function informantOf(participant: string, label: string): Informant {
  return { id: informantId(participant), label };
}

/** The status of a proposal. */
export const statusOf = (verdicts: ReadonlyMap<string, Verdict>, proposal: string): ProposalStatus =>
  verdicts.get(proposal)?.status ?? 'open';

/**
 * The map's actor a reference stands for: the actor itself, or the actor an accepted actor proposal became;
 * `open` or `declined` when it refers to a proposal not accepted (yet), `missing` when there is no such actor.
 */
export function resolveActor(
  ref: ActorRef,
  verdicts: ReadonlyMap<string, Verdict>,
  has: (actor: string) => boolean,
): { actor: string } | { problem: 'open' | 'declined' | 'missing' } {
  if ('id' in ref) return has(ref.id) ? { actor: ref.id } : { problem: 'missing' };
  const verdict = verdicts.get(ref.proposal);
  if (!verdict) return { problem: 'open' };
  if (verdict.status === 'declined') return { problem: 'declined' };
  return verdict.actor && has(verdict.actor) ? { actor: verdict.actor } : { problem: 'missing' };
}

/** The actor references of a proposal (a link has two). */
export function actorRefs(body: ProposalBody): ActorRef[] {
  switch (body.kind) {
    case 'actor':
      return [];
    case 'tie':
      return [body.source, body.target];
    default:
      return [body.actor];
  }
}
