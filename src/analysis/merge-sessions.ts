/**
 * Bringing a mapping session's answers (typed at a table, imported from
 * Network Canvas, another facilitator's scenario) into a scenario. Its actors
 * are matched to the scenario's by id, then by name, short name and aliases
 * compared without case, accents or punctuation (compare/match.ts, as the
 * comparison does): a sure match is taken, a doubtful one is asked about
 * (`suggested`) and, until the facilitator confirms it, the incoming actor is
 * added as a new one. Its sessions and answers join the scenario's, their
 * actors renamed to the scenario's ids. Pure.
 */
import { slugId } from '../model/edits';
import { localize } from '../model/localized';
import type { Answer, Mapping } from '../model/informants';
import type { Network } from '../model/types';
import { matchActors, matchMaps, NO_DECISIONS, type Match, type MatchDecisions } from './compare/match';

export interface SessionMerge {
  network: Network;
  /** The incoming actors added as new ones, by their new id. */
  added: string[];
  /** Matches to ask the facilitator about (the incoming actor was added as a new one meanwhile). */
  suggested: Match[];
}

export function mergeSessions(target: Network, incoming: Network, decisions: MatchDecisions = NO_DECISIONS): SessionMerge {
  const matches = matchActors(target, incoming, decisions);
  const { bToA } = matchMaps(matches);
  const taken = new Set(target.actors.map((a) => a.id));
  const added: string[] = [];
  const actors = [...target.actors];
  for (const actor of incoming.actors) {
    if (bToA.has(actor.id)) continue;
    const id = taken.has(actor.id) ? slugId(localize(actor.name, 'es'), taken) : actor.id;
    taken.add(id);
    bToA.set(actor.id, id);
    actors.push({ ...actor, id });
    added.push(id);
  }
  const to = (id: string) => bToA.get(id) ?? id;

  // Sessions keep their ids unless the scenario has one already (another session typed the same day).
  const mapping: Mapping = target.mapping ?? { sessions: [], answers: [] };
  const sessionIds = new Set(mapping.sessions.map((s) => s.id));
  const sessionTo = new Map<string, string>();
  for (const session of incoming.mapping?.sessions ?? []) {
    let id = session.id;
    for (let n = 2; sessionIds.has(id); n++) id = `${session.id}-${n}`;
    sessionIds.add(id);
    sessionTo.set(session.id, id);
  }
  const renamed = (answer: Answer): Answer => {
    const session = sessionTo.get(answer.session) ?? answer.session;
    return answer.kind === 'tie'
      ? { ...answer, session, source: to(answer.source), target: to(answer.target) }
      : { ...answer, session, actor: to(answer.actor) };
  };
  const merged: Mapping = {
    sessions: [...mapping.sessions, ...(incoming.mapping?.sessions ?? []).map((s) => ({ ...s, id: sessionTo.get(s.id)! }))],
    answers: [...mapping.answers, ...(incoming.mapping?.answers ?? []).map(renamed)],
  };
  return {
    network: { ...target, actors, mapping: merged },
    added,
    suggested: matches.filter((m) => m.status === 'suggested'),
  };
}
