/**
 * A participant's proposal accepted: exactly what the facilitator's table
 * would have recorded had the participant said it aloud (session-record.ts).
 * The participant joins the session's informants; their answer is recorded;
 * a proposed actor the map lacks is added, with the session as its source.
 * "Es el mismo que…" merges a proposed actor into one of the map's: the
 * answer goes to that actor. Pure.
 */
import { checkActor } from '../model/validate';
import { slugId, type Edit } from '../model/edits';
import type { Answer } from '../model/informants';
import { actorRefs, informantOf, resolveActor, type Proposal, type Verdict } from '../model/proposals';
import type { Actor, Network } from '../model/types';
import { recordAnswers, type Recorded } from './session-record';

/** Why a proposal cannot be accepted as it stands. */
export type AcceptProblem =
  /** It names an actor the same participant proposed, not accepted yet: accept that one first. */
  | 'actor-open'
  /** It names an actor proposal that was declined. */
  | 'actor-declined'
  /** It names an actor the map no longer has, a link type or goal the session lacks, or a session the map lacks. */
  | 'missing';

export interface Acceptance {
  /** The call to `recordAnswers` it becomes. */
  answers: Answer[];
  recorded: Recorded;
  /** The actor an actor proposal became (new), or was merged into. */
  actor?: string;
}

/**
 * What accepting `proposal` records, as `recordAnswers(network, proposal.session, answers, recorded)`. `label` is
 * what the participant is called in the session (model/proposals.ts `participantLabels`); `mergeInto`, for an
 * actor proposal, is the map's actor it is the same as (else the actor the participant picked, else a new one).
 */
export function acceptance(
  network: Network,
  proposal: Proposal,
  options: { label: string; verdicts: ReadonlyMap<string, Verdict>; mergeInto?: string },
): Acceptance | { problem: AcceptProblem } {
  const session = network.mapping?.sessions.find((s) => s.id === proposal.session);
  if (!session) return { problem: 'missing' };
  const ids = new Set(network.actors.map((a) => a.id));
  const has = (actor: string) => ids.has(actor);
  const body = proposal.body;
  const ends: string[] = [];
  for (const ref of actorRefs(body)) {
    const resolved = resolveActor(ref, options.verdicts, has);
    if ('problem' in resolved) return { problem: resolved.problem === 'missing' ? 'missing' : (`actor-${resolved.problem}` as const) };
    ends.push(resolved.actor);
  }
  const base = { session: session.id, informant: informantOf(proposal.by.id, options.label).id };
  const recorded: Recorded = { informants: [informantOf(proposal.by.id, options.label)] };
  switch (body.kind) {
    case 'actor': {
      const merged = options.mergeInto ?? body.existing;
      if (merged !== undefined) {
        if (!has(merged)) return { problem: 'missing' };
        return { answers: [{ ...base, kind: 'actor', actor: merged }], recorded, actor: merged };
      }
      const actor = newActor(network, body.name, body.sector, ids);
      return { answers: [{ ...base, kind: 'actor', actor: actor.id }], recorded: { ...recorded, actors: [actor] }, actor: actor.id };
    }
    case 'tie':
      if (!session.linkTypes.some((l) => l.id === body.linkType)) return { problem: 'missing' };
      return { answers: [{ ...base, kind: 'tie', source: ends[0]!, target: ends[1]!, linkType: body.linkType }], recorded };
    case 'influence':
      return { answers: [{ ...base, kind: 'influence', actor: ends[0]!, tower: body.tower }], recorded };
    case 'stance':
      if (!session.goals.some((g) => g.id === body.goal)) return { problem: 'missing' };
      return { answers: [{ ...base, kind: 'stance', actor: ends[0]!, goal: body.goal, stance: body.stance }], recorded };
  }
}

/** A new actor of the name and sector proposed, its id a slug of the name free in the map. */
function newActor(network: Network, name: string, sector: Actor['sector'], taken: ReadonlySet<string>): Actor {
  const { record, problems } = checkActor({ id: slugId(name, taken), name, sector, basis: 'documented', sources: [] }, network);
  if (!record) throw new Error(`analysis/proposal-answers: a proposed actor does not check: ${problems[0]?.message ?? ''}`);
  return record;
}

/** The edit accepting a proposal makes, and its verdict; or why it cannot be accepted. */
export function acceptProposal(
  network: Network,
  proposal: Proposal,
  options: { label: string; verdicts: ReadonlyMap<string, Verdict>; mergeInto?: string; now: number },
): { edit: Edit | null; verdict: Verdict } | { problem: AcceptProblem } {
  const accepted = acceptance(network, proposal, options);
  if ('problem' in accepted) return accepted;
  const edit = recordAnswers(network, proposal.session, accepted.answers, accepted.recorded);
  const verdict: Verdict = { status: 'accepted', at: options.now, ...(accepted.actor ? { actor: accepted.actor } : {}) };
  return { edit, verdict };
}

/**
 * Whether the map still holds what accepting `proposal` recorded: an answer of its participant in its session of
 * the same kind (the same actor for an actor, link type for a link, tower for influence, goal and stance for a
 * stance). False once the acceptance was undone.
 */
export function stillRecorded(network: Network, proposal: Proposal, verdict: Verdict): boolean {
  const informant = informantOf(proposal.by.id, '').id;
  const body = proposal.body;
  return (network.mapping?.answers ?? []).some((a) => {
    if (a.session !== proposal.session || a.informant !== informant || a.kind !== body.kind) return false;
    switch (body.kind) {
      case 'actor':
        return a.kind === 'actor' && (verdict.actor === undefined || a.actor === verdict.actor);
      case 'tie':
        return a.kind === 'tie' && a.linkType === body.linkType;
      case 'influence':
        return a.kind === 'influence' && a.tower === body.tower;
      case 'stance':
        return a.kind === 'stance' && a.goal === body.goal && a.stance === body.stance;
    }
  });
}
