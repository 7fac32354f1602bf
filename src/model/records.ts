/**
 * Engagement records: the meetings held, the promises made, and what happened on the ground, beside the network.
 * Everything here reads them; nothing changes a network (edits are built at the end, as `updateMeta` edits of one
 * list, so they are undone, journalled and shared like any edit).
 *
 * Dates are partial (`2010`, `2010-02`, `2010-02-25`, see model/time.ts). "As of" a day, a record dated by a month
 * or a year counts from its last possible day when asking "is it past?" (a commitment due in March 2025 is not
 * overdue before April), and from its first when asking "has it happened?".
 */
import { updateMeta, type Edit } from './edits';
import { dateEnd, dateStart } from './time';
import { OPEN_STATUSES } from './vocabularies';
import type { Commitment, EngagementRecord, Incident, Network, NetworkMeta } from './types';

export type RecordField = 'engagements' | 'commitments' | 'incidents';
export const RECORD_FIELDS: readonly RecordField[] = ['engagements', 'commitments', 'incidents'];

export interface Records {
  engagements: EngagementRecord[];
  commitments: Commitment[];
  incidents: Incident[];
}

type WithRecords = Pick<NetworkMeta, RecordField>;

/** The network's records, each list empty when none are recorded. */
export function recordsOf(network: WithRecords): Records {
  return { engagements: network.engagements ?? [], commitments: network.commitments ?? [], incidents: network.incidents ?? [] };
}

export function hasRecords(network: WithRecords): boolean {
  return RECORD_FIELDS.some((field) => (network[field]?.length ?? 0) > 0);
}

/** A day, `YYYY-MM-DD`, in local time. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The actors who took part in an engagement: those who convened or attended (not those invited who did not come). */
export function presentAt(engagement: EngagementRecord): string[] {
  return engagement.participants.filter((p) => p.role !== 'invited').map((p) => p.actor);
}

/** When an engagement ended: its `until`, else its date. */
export const endOf = (engagement: EngagementRecord) => engagement.until ?? engagement.date;

/**
 * Each actor's last engagement as of `today` (records dated after it are not counted): the engagement and its date.
 * Only taking part counts; an invitation declined is not contact.
 */
export function lastEngagements(network: WithRecords, today: string): Map<string, EngagementRecord> {
  const last = new Map<string, EngagementRecord>();
  for (const engagement of network.engagements ?? []) {
    if (dateStart(engagement.date) > today) continue;
    for (const actor of presentAt(engagement)) {
      const before = last.get(actor);
      if (!before || dateStart(endOf(before)) < dateStart(endOf(engagement))) last.set(actor, engagement);
    }
  }
  return last;
}

/**
 * Whole months from a partial date to `today` (both `YYYY-MM-DD`), counted from the date's last possible day, so a
 * meeting "in 2017" is not made older than it may be. Never negative.
 */
export function monthsSince(date: string, today: string): number {
  const end = dateEnd(date);
  const [y1, m1, d1] = end.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = today.split('-').map(Number) as [number, number, number];
  // A month has passed on the same day of the next month; `2010-02-31` (end of February) counts as the last day.
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < Math.min(d1, daysIn(y2, m2)) ? 1 : 0);
  return Math.max(0, months);
}

function daysIn(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

/** Whether a commitment is still to be kept. */
export const isOpen = (commitment: Commitment) => OPEN_STATUSES.has(commitment.status);

/** Open, with a due date whose last possible day is before `today`. */
export function isOverdue(commitment: Commitment, today: string): boolean {
  return isOpen(commitment) && commitment.due !== undefined && dateEnd(commitment.due) < today;
}

/**
 * Open, not overdue, and falling due within `days` days of `today` (inclusive). A due date given as a month or a
 * year falls due on its last day, as for overdue: "due in 2026" is not due soon in December 2025.
 */
export function isDueSoon(commitment: Commitment, today: string, days: number): boolean {
  if (!isOpen(commitment) || commitment.due === undefined || isOverdue(commitment, today)) return false;
  return dateEnd(commitment.due) <= addDays(today, days);
}

/** `YYYY-MM-DD` plus `days` (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** The commitments an actor made or was promised. */
export function commitmentsOf(network: WithRecords, actor: string): Commitment[] {
  return (network.commitments ?? []).filter((c) => c.by.includes(actor) || c.to.includes(actor));
}

export function engagementsOf(network: WithRecords, actor: string): EngagementRecord[] {
  return (network.engagements ?? []).filter((e) => e.participants.some((p) => p.actor === actor));
}

export function incidentsOf(network: WithRecords, actor: string): Incident[] {
  return (network.incidents ?? []).filter((i) => i.involved.some((p) => p.actor === actor));
}

/** The engagements both actors took part in (convened or attended). */
export function engagementsTogether(network: WithRecords, a: string, b: string): EngagementRecord[] {
  return (network.engagements ?? []).filter((e) => {
    const present = presentAt(e);
    return present.includes(a) && present.includes(b);
  });
}

/** The actors a record speaks of. */
export function actorsOfRecord(record: EngagementRecord | Commitment | Incident): string[] {
  if ('participants' in record) return record.participants.map((p) => p.actor);
  if ('involved' in record) return record.involved.map((p) => p.actor);
  return [...new Set([...record.by, ...record.to])];
}

/** The records with every mention of the given actors taken out (they are being deleted or hidden); `null`: no change. */
export function recordsWithout(network: WithRecords, actors: ReadonlySet<string>): Partial<Records> | null {
  const patch: Partial<Records> = {};
  const engagements = network.engagements;
  if (engagements?.some((e) => e.participants.some((p) => actors.has(p.actor)))) {
    patch.engagements = engagements.map((e) => ({ ...e, participants: e.participants.filter((p) => !actors.has(p.actor)) }));
  }
  const incidents = network.incidents;
  if (incidents?.some((i) => i.involved.some((p) => actors.has(p.actor)))) {
    patch.incidents = incidents.map((i) => ({ ...i, involved: i.involved.filter((p) => !actors.has(p.actor)) }));
  }
  const commitments = network.commitments;
  if (commitments?.some((c) => [...c.by, ...c.to].some((id) => actors.has(id)))) {
    patch.commitments = commitments.map((c) => ({
      ...c,
      by: c.by.filter((id) => !actors.has(id)),
      to: c.to.filter((id) => !actors.has(id)),
    }));
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

// ── Edits ──

/** Adds a record, or replaces the one with its id, in place. One undoable edit. */
export function putRecord<F extends RecordField>(network: Network, field: F, record: Records[F][number]): Edit {
  const list = [...((network[field] ?? []) as Records[F][number][])];
  const at = list.findIndex((r) => r.id === record.id);
  if (at >= 0) list[at] = record;
  else list.push(record);
  return updateMeta(network, { [field]: list });
}

/** Adds many records at once (an import): one edit. */
export function addRecords<F extends RecordField>(network: Network, field: F, records: Records[F][number][]): Edit {
  return updateMeta(network, { [field]: [...((network[field] ?? []) as Records[F][number][]), ...records] });
}

export function removeRecords(network: Network, field: RecordField, ids: ReadonlySet<string>): Edit {
  const list = (network[field] ?? []) as { id: string }[];
  return updateMeta(network, { [field]: list.filter((r) => !ids.has(r.id)) });
}

/** Sets a commitment's status on a day, keeping the change in its history. */
export function setCommitmentStatus(network: Network, id: string, status: Commitment['status'], day: string): Edit {
  const commitment = (network.commitments ?? []).find((c) => c.id === id);
  if (!commitment) throw new Error(`model/records: no commitment "${id}"`);
  return putRecord(network, 'commitments', { ...commitment, status, history: [...commitment.history, { date: day, status }] });
}
