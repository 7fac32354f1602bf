/**
 * An actor's history as its details show it: when it was last engaged and how long ago, its open commitments (the
 * overdue first), its incidents and its engagements, newest first. Pure: what the panel draws, tested without it.
 */
import { commitmentsOf, endOf, engagementsOf, incidentsOf, isOpen, isOverdue, lastEngagements, monthsSince } from '../../model/records';
import { dateEnd, dateStart } from '../../model/time';
import type { Commitment, EngagementRecord, Incident, NetworkMeta } from '../../model/types';

type WithRecords = Pick<NetworkMeta, 'engagements' | 'commitments' | 'incidents'>;

export interface OpenCommitment {
  commitment: Commitment;
  overdue: boolean;
}

export interface ActorHistory {
  /** The last engagement the actor took part in (convened or attended) as of today, and whole months since it ended. */
  last: { engagement: EngagementRecord; months: number } | null;
  open: OpenCommitment[];
  incidents: Incident[];
  /** Every engagement it was part of, invitations it did not take up included, newest first. */
  engagements: EngagementRecord[];
}

/** Records newest first by when they started (a record dated by a month counts from its first day); ties by id. */
export function newestFirst<T extends { id: string; date: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => dateStart(b.date).localeCompare(dateStart(a.date)) || a.id.localeCompare(b.id));
}

/** Open commitments: overdue first, then by due date (undated last), each marked whether overdue `today`. */
function openCommitments(commitments: readonly Commitment[], today: string): OpenCommitment[] {
  const due = (c: Commitment) => (c.due === undefined ? '9999' : dateEnd(c.due));
  return commitments
    .filter(isOpen)
    .map((commitment) => ({ commitment, overdue: isOverdue(commitment, today) }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || due(a.commitment).localeCompare(due(b.commitment)));
}

export function actorHistory(network: WithRecords, actor: string, today: string): ActorHistory {
  const last = lastEngagements(network, today).get(actor);
  return {
    last: last ? { engagement: last, months: monthsSince(endOf(last), today) } : null,
    open: openCommitments(commitmentsOf(network, actor), today),
    incidents: newestFirst(incidentsOf(network, actor)),
    engagements: newestFirst(engagementsOf(network, actor)),
  };
}
