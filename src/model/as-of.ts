/**
 * The network as it stood in a month, read from the ties' dates and from the engagement records together. Playing
 * the time slider over a network with engagements, actors appear as they first appear in one and ties as their two
 * ends first meet; without engagements this is `standsAt` alone (model/time.ts), and every actor shows throughout.
 *
 * - An actor named in an engagement (in any role: an invitation declined still says the group knew of it) appears on
 *   the first day of its first engagement, or earlier when one of its ties says so by its `since`: a tie that stood
 *   needs both its ends. An actor in no engagement is shown throughout, as an undated tie stands throughout.
 * - A tie begins at the earliest of its `since` and the first engagement both its ends took part in (convened or
 *   attended); with neither, nothing says when it began and it stands throughout (while both ends are shown). It ends
 *   with its `until`, whatever the meetings say: meeting once does not keep a tie alive.
 */
import { presentAt } from './records';
import { dateEnd, dateStart, type Month } from './time';
import type { Network, Tie } from './types';

/** When actors and ties first appear, as far as the engagements say (days, `YYYY-MM-DD`). */
export interface Appearances {
  /** Actors named in an engagement → the first day they are known to be there. Absent: shown throughout. */
  actors: ReadonlyMap<string, string>;
  /** Ties whose two ends took part in the same engagement → the first day they did. */
  ties: ReadonlyMap<string, string>;
}

type Dated = Pick<Network, 'ties' | 'engagements'>;

const memo = new WeakMap<Dated, Appearances>();

/** The appearances of a network's actors and ties, worked out once per network (a network is replaced on each edit). */
export function appearancesOf(network: Dated): Appearances {
  let found = memo.get(network);
  if (!found) memo.set(network, (found = appearances(network)));
  return found;
}

export function appearances(network: Dated): Appearances {
  const engagements = [...(network.engagements ?? [])].sort((a, b) => dateStart(a.date).localeCompare(dateStart(b.date)));
  const actors = new Map<string, string>();
  /** Per actor, the engagements it took part in, as indices into the sorted list (so in date order). */
  const present = new Map<string, number[]>();
  engagements.forEach((engagement, i) => {
    const day = dateStart(engagement.date);
    for (const p of engagement.participants) if (!actors.has(p.actor)) actors.set(p.actor, day);
    for (const actor of new Set(presentAt(engagement))) {
      const list = present.get(actor);
      if (list) list.push(i);
      else present.set(actor, [i]);
    }
  });
  const ties = new Map<string, string>();
  for (const tie of network.ties) {
    // The first engagement in both lists: walk the shorter one in date order and look each up in the other.
    const a = present.get(tie.source);
    const b = present.get(tie.target);
    if (!a || !b) continue;
    const [shorter, longer] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
    const first = shorter.find((i) => longer.has(i));
    if (first !== undefined) ties.set(tie.id, dateStart(engagements[first]!.date));
  }
  // A tie whose `since` is earlier than its ends' first engagement brings them in with it.
  for (const tie of network.ties) {
    if (tie.since === undefined) continue;
    const since = dateStart(tie.since);
    for (const end of [tie.source, tie.target]) {
      const first = actors.get(end);
      if (first !== undefined && since < first) actors.set(end, since);
    }
  }
  return { actors, ties };
}

/** Whether an actor is shown as of a month: it had appeared by the month's end, or it is in no engagement. */
export function actorShownAt(appeared: Appearances, actor: string, month: Month): boolean {
  const first = appeared.actors.get(actor);
  return first === undefined || first <= dateEnd(month);
}

/** Whether a tie stood in a month, by its dates or by its ends' first meeting, whichever says it began earlier. */
export function tieStandsAt(appeared: Appearances, tie: Pick<Tie, 'id' | 'since' | 'until'>, month: Month): boolean {
  if (tie.until !== undefined && dateEnd(tie.until) < dateStart(month)) return false;
  const met = appeared.ties.get(tie.id);
  if (tie.since === undefined && met === undefined) return true;
  const end = dateEnd(month);
  return (tie.since !== undefined && dateStart(tie.since) <= end) || (met !== undefined && met <= end);
}

/** Ties nothing dates: no `since` or `until`, and ends that never met at an engagement. They stand throughout. */
export function undatedTies(network: Dated): number {
  const appeared = appearancesOf(network);
  return network.ties.filter((t) => t.since === undefined && t.until === undefined && !appeared.ties.has(t.id)).length;
}
