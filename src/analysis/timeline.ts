/**
 * The engagement records as marks on one time axis: what the timeline view draws and lists. Pure: the view turns
 * the days into pixels.
 *
 * A record's dates keep their precision: a meeting "in 2010-02" is a span over February, not a false 1 February, and
 * the view draws it faint. A commitment runs from when it was made (or the engagement it was made at) to its due
 * date; an open one with no due date runs on to today.
 */
import { actorsOfRecord, isOverdue, isOpen, type RecordField } from '../model/records';
import { dateStart } from '../model/time';
import type { Commitment, EngagementRecord, Incident, Network } from '../model/types';

export type Precision = 'day' | 'month' | 'year';

/** The days a partial date may mean, first and last (real days, `YYYY-MM-DD`), and how precise it is. */
export interface Span {
  start: string;
  end: string;
  precision: Precision;
}

/** One record on the axis. */
export interface TimelineItem {
  field: RecordField;
  id: string;
  /** An engagement's or an incident's kind; a commitment's status. */
  kind: string;
  /** When it happened, or (a commitment) falls due; when it has no due date, when it was made. */
  when: Span;
  /** Where a range begins, before `when`: an engagement's first day before its `until`, a commitment's making. */
  from?: Span;
  /** An open commitment with no due date: it runs from `when` on to today. */
  toToday: boolean;
  /** Every actor the record names. */
  actors: string[];
  overdue: boolean;
  /** An incident's severity (1–3, null: not assessed); null for the others. */
  severity: number | null;
  /** Its region, where it has one (engagements, incidents). */
  region: string | null;
}

export function spanOf(date: string): Span {
  if (date.length === 4) return { start: `${date}-01-01`, end: `${date}-12-31`, precision: 'year' };
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { start: `${date}-01`, end: `${date}-${String(last).padStart(2, '0')}`, precision: 'month' };
  }
  return { start: date, end: date, precision: 'day' };
}

function engagementItem(e: EngagementRecord): TimelineItem {
  return {
    field: 'engagements',
    id: e.id,
    kind: e.kind,
    when: spanOf(e.until ?? e.date),
    ...(e.until !== undefined ? { from: spanOf(e.date) } : {}),
    toToday: false,
    actors: actorsOfRecord(e),
    overdue: false,
    severity: null,
    region: e.region ?? null,
  };
}

function commitmentItem(c: Commitment, engagements: ReadonlyMap<string, EngagementRecord>, today: string): TimelineItem | null {
  const made = c.made ?? (c.engagement !== undefined ? engagements.get(c.engagement)?.date : undefined);
  const anchor = c.due ?? made;
  if (anchor === undefined) return null;
  const from = c.due !== undefined && made !== undefined && dateStart(made) < dateStart(c.due) ? spanOf(made) : undefined;
  return {
    field: 'commitments',
    id: c.id,
    kind: c.status,
    when: spanOf(anchor),
    ...(from ? { from } : {}),
    toToday: c.due === undefined && isOpen(c) && dateStart(anchor) < today,
    actors: actorsOfRecord(c),
    overdue: isOverdue(c, today),
    severity: null,
    region: null,
  };
}

function incidentItem(i: Incident): TimelineItem {
  return {
    field: 'incidents',
    id: i.id,
    kind: i.kind,
    when: spanOf(i.date),
    toToday: false,
    actors: actorsOfRecord(i),
    overdue: false,
    severity: i.severity,
    region: i.region ?? null,
  };
}

/**
 * Every record that has a date, as marks, oldest first (by first day), and the commitments that have none (no due
 * date, no date made, no engagement): those cannot be placed and are listed apart.
 */
export function timelineItems(network: Pick<Network, RecordField>, today: string): { items: TimelineItem[]; undated: Commitment[] } {
  const engagements = new Map((network.engagements ?? []).map((e) => [e.id, e]));
  const undated: Commitment[] = [];
  const items: TimelineItem[] = [...engagements.values()].map(engagementItem);
  for (const c of network.commitments ?? []) {
    const item = commitmentItem(c, engagements, today);
    if (item) items.push(item);
    else undated.push(c);
  }
  items.push(...(network.incidents ?? []).map(incidentItem));
  items.sort((a, b) => firstDay(a).localeCompare(firstDay(b)));
  return { items, undated };
}

/** The first day a mark covers. */
export const firstDay = (item: TimelineItem) => (item.from ?? item.when).start;

/** The last day a mark covers (today, for a commitment running on). */
export const lastDay = (item: TimelineItem, today: string) => (item.toToday && today > item.when.end ? today : item.when.end);

/**
 * The first and last day the records' own dates cover; null when there are none. A commitment still running is
 * counted to its making, not to today: one open promise of 2017 would otherwise squeeze the records into a sliver.
 */
export function extentOf(items: readonly TimelineItem[]): { start: string; end: string } | null {
  if (items.length === 0) return null;
  let start = firstDay(items[0]!);
  let end = items[0]!.when.end;
  for (const item of items) {
    if (firstDay(item) < start) start = firstDay(item);
    if (item.when.end > end) end = item.when.end;
  }
  return { start, end };
}

/** What the timeline leaves out. */
export interface RecordFilter {
  /** Kinds left out, as `field:kind` (`engagements:call`, `commitments:done`, `incidents:protest`). */
  hiddenKinds: ReadonlySet<string>;
  /** The actors the session's filters let through; null when they restrict none. */
  actors: ReadonlySet<string> | null;
  /** The session's region filter: a record held in one of these regions passes even if none of its actors does. */
  regions: readonly string[];
}

export const kindKey = (item: Pick<TimelineItem, 'field' | 'kind'>) => `${item.field}:${item.kind}`;

/**
 * Whether a record passes: its kind is shown, and when the session's filters restrict the actors (a sector, a
 * region), it names one of those let through or is held in a region filtered for.
 */
export function passes(item: TimelineItem, filter: RecordFilter): boolean {
  if (filter.hiddenKinds.has(kindKey(item))) return false;
  if (!filter.actors) return true;
  return item.actors.some((id) => filter.actors!.has(id)) || (item.region !== null && filter.regions.includes(item.region));
}

/** Whether a record belongs to the history of any of these actors. */
export const inHistory = (item: TimelineItem, actors: ReadonlySet<string>) => item.actors.some((id) => actors.has(id));
