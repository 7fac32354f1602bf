/**
 * "¿Qué vemos?": the picture a mapping session drew, read back (Net-Map's last
 * step). The session's own network is the actors it named and the links its
 * informants reported (any of them), with the towers' mean as influence; on it
 * run the project's analysis and gap rules (analyze.ts), and the questions
 * Net-Map asks of the table:
 *
 * - influential actors with few links: a mean tower of 5 or more (of 8) and at
 *   most one other actor linked;
 * - brokers: the actors with the highest betweenness, above 0 (at most 3);
 * - actors in silos: no link at all;
 * - camps apart: for each goal, those for it (+) and those against it (−) with
 *   no link between any of the one and any of the other;
 * - each camp's total influence (the "super tower"): the towers summed per
 *   stance, an actor whose informants gave different stances counted apart.
 *
 * Pure; small networks (a table holds tens of cards), so it runs where it is asked.
 */
import type { Network } from '../model/types';
import { agreement } from './agreement';
import { answeredNetwork } from './answered-network';
import { analyze } from './analyze';
import type { Gap } from './gaps';

export interface CampTotals {
  goal: string;
  /** Sum of the mean towers of the actors for (+1), neutral (0), against (−1) the goal, and of those given different stances. */
  for: number;
  neutral: number;
  against: number;
  mixed: number;
  /** Actors per camp. */
  members: { for: string[]; neutral: string[]; against: string[]; mixed: string[] };
}

export interface Readback {
  /** The actors and links of this session only. */
  network: Network;
  influentialFewLinks: { actor: string; tower: number; links: number }[];
  brokers: { actor: string; betweenness: number }[];
  silos: string[];
  campsApart: { goal: string; supporters: string[]; opponents: string[] }[];
  superTowers: CampTotals[];
  gaps: Gap[];
}

/** The actors a session named or answered about, and what its informants reported of them. */
export function sessionNetwork(network: Network, sessionId: string): Network {
  const mapping = network.mapping;
  const session = mapping?.sessions.find((s) => s.id === sessionId);
  if (!mapping || !session) return { ...network, actors: [], ties: [], mapping: undefined };
  // Answers about an actor removed from the scenario since are left out (its tower no longer counts).
  const present = new Set(network.actors.map((a) => a.id));
  const answers = mapping.answers.filter(
    (a) => a.session === sessionId && (a.kind === 'tie' ? present.has(a.source) && present.has(a.target) : present.has(a.actor)),
  );
  const named = new Set(answers.flatMap((a) => (a.kind === 'tie' ? [a.source, a.target] : [a.actor])));
  const actors = network.actors.filter((a) => named.has(a.id));
  return answeredNetwork({ ...network, actors, ties: [], mapping: { sessions: [session], answers } }, { atLeast: 1 });
}

export function readBack(network: Network, sessionId: string): Readback {
  const own = sessionNetwork(network, sessionId);
  const mapping = own.mapping ?? { sessions: [], answers: [] };
  const combined = agreement(mapping);
  const towers = new Map(combined.influence.map((i) => [i.actor, i.mean]));
  const neighbours = new Map(own.actors.map((a) => [a.id, new Set<string>()]));
  for (const tie of own.ties) {
    if (tie.source === tie.target) continue;
    neighbours.get(tie.source)?.add(tie.target);
    neighbours.get(tie.target)?.add(tie.source);
  }
  const links = (id: string) => neighbours.get(id)?.size ?? 0;
  const linked = (a: string, b: string) => neighbours.get(a)?.has(b) ?? false;

  const influentialFewLinks = own.actors
    .filter((a) => (towers.get(a.id) ?? 0) >= 5 && links(a.id) <= 1)
    .map((a) => ({ actor: a.id, tower: towers.get(a.id)!, links: links(a.id) }))
    .sort((a, b) => b.tower - a.tower || a.actor.localeCompare(b.actor));
  const silos = own.actors.filter((a) => links(a.id) === 0).map((a) => a.id);

  const result = own.actors.length > 0 ? analyze(own) : null;
  const brokers = (result?.actors ?? [])
    .map((a) => ({ actor: a.id, betweenness: a.metrics.betweenness ?? 0 }))
    .filter((a) => a.betweenness > 0)
    .sort((a, b) => b.betweenness - a.betweenness || a.actor.localeCompare(b.actor))
    .slice(0, 3);

  const session = mapping.sessions[0];
  const superTowers: CampTotals[] = [];
  const campsApart: Readback['campsApart'] = [];
  for (const goal of session?.goals ?? []) {
    const totals: CampTotals = {
      goal: goal.id,
      for: 0,
      neutral: 0,
      against: 0,
      mixed: 0,
      members: { for: [], neutral: [], against: [], mixed: [] },
    };
    for (const stance of combined.stances.filter((s) => s.goal === goal.id)) {
      const camp = !stance.agree ? 'mixed' : stance.given[0]!.stance === 1 ? 'for' : stance.given[0]!.stance === -1 ? 'against' : 'neutral';
      totals[camp] += towers.get(stance.actor) ?? 0;
      totals.members[camp].push(stance.actor);
    }
    superTowers.push(totals);
    const { for: supporters, against: opponents } = totals.members;
    if (supporters.length > 0 && opponents.length > 0 && !supporters.some((s) => opponents.some((o) => linked(s, o))))
      campsApart.push({ goal: goal.id, supporters, opponents });
  }
  return { network: own, influentialFewLinks, brokers, silos, campsApart, superTowers, gaps: result?.gaps ?? [] };
}
