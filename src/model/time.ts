/**
 * Ties over time. A tie carries `since` and `until` as a year, a year-month
 * or a full date; "as of" a month, a tie stands when it had begun by the end
 * of that month and had not ended before its start. A tie without dates
 * always stands: nothing says when it began or ended.
 */
import type { Network, Tie } from './types';

/** A month, `YYYY-MM`. */
export type Month = string;

/** The first day a partial date can mean: `2010` → `2010-01-01`. */
export function dateStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial date can mean, as a string that sorts correctly: `2010` → `2010-12-31`, `2010-02` → `2010-02-31`. */
export function dateEnd(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

export function standsAt(tie: Pick<Tie, 'since' | 'until'>, month: Month): boolean {
  if (tie.since !== undefined && dateStart(tie.since) > dateEnd(month)) return false;
  if (tie.until !== undefined && dateEnd(tie.until) < dateStart(month)) return false;
  return true;
}

/**
 * The months from the earliest to the latest date any tie or record gives (an engagement's days, a commitment's
 * making, due date and changes of status, an incident's day), or null when nothing is dated. `dated`: the ties dated.
 */
export function timeSpan(network: Pick<Network, 'ties' | 'engagements' | 'commitments' | 'incidents'>): {
  from: Month;
  to: Month;
  dated: number;
} | null {
  let from: string | null = null;
  let to: string | null = null;
  let dated = 0;
  const add = (date: string | undefined) => {
    if (date === undefined) return;
    // Its first month, as `standsAt` counts it: a tie or a meeting "in 2018" is shown from January 2018.
    const month = dateStart(date).slice(0, 7);
    if (from === null || month < from) from = month;
    if (to === null || month > to) to = month;
  };
  for (const tie of network.ties) {
    if (tie.since !== undefined || tie.until !== undefined) dated++;
    add(tie.since);
    add(tie.until);
  }
  for (const e of network.engagements ?? []) [e.date, e.until].forEach(add);
  for (const c of network.commitments ?? []) [c.made, c.due, ...c.history.map((h) => h.date)].forEach(add);
  for (const i of network.incidents ?? []) add(i.date);
  return from !== null && to !== null ? { from, to, dated } : null;
}

/** Months from `from` to `to` inclusive. */
export function monthsBetween(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = to.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}
