/**
 * A merge of informants' answers (merge-sessions.ts) as one undoable edit of
 * the scenario: the actors the sessions brought in are inserted after the
 * scenario's, and the network's mapping becomes the merged one. Each new
 * actor carries as sources the sessions whose answers name it (answered-network.ts's
 * sessionSource): an informant naming an actor is the evidence that it takes
 * part, so its basis is `documented`, and only its sector stays assumed. The
 * actors the scenario had are left as they were: what the informants said
 * of them is in the answers, which the agreement reads. Pure.
 */
import { updateMeta, type Edit } from '../model/edits';
import type { Answer } from '../model/informants';
import type { Network } from '../model/types';
import { sessionSource } from './answered-network';
import type { SessionMerge } from './merge-sessions';

/** The actors an answer speaks of. */
const actorsOf = (answer: Answer): string[] => (answer.kind === 'tie' ? [answer.source, answer.target] : [answer.actor]);

export function sessionMergeEdit(target: Network, merge: SessionMerge): Edit {
  const mapping = merge.network.mapping ?? { sessions: [], answers: [] };
  const sessionsOf = new Map<string, Set<string>>();
  for (const answer of mapping.answers) {
    for (const actor of actorsOf(answer)) {
      const sessions = sessionsOf.get(actor) ?? new Set<string>();
      sessions.add(answer.session);
      sessionsOf.set(actor, sessions);
    }
  }
  const added = new Set(merge.added);
  const actors = merge.network.actors
    .filter((actor) => added.has(actor.id))
    .map((actor) => {
      const named = sessionsOf.get(actor.id) ?? new Set<string>();
      const sources = mapping.sessions.filter((s) => named.has(s.id)).map(sessionSource);
      return { ...actor, sources: [...actor.sources, ...sources.filter((s) => !actor.sources.some((h) => h.doc === s.doc))] };
    });
  const edits: Edit[] = [];
  if (actors.length > 0) {
    edits.push({ kind: 'insertActors', items: actors.map((actor, i) => ({ index: target.actors.length + i, actor })) });
  }
  edits.push(updateMeta(target, { mapping }));
  return edits.length === 1 ? edits[0]! : { kind: 'batch', edits };
}
