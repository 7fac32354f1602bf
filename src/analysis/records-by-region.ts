/**
 * How many engagements were held, or incidents happened, in each region over a period of months: what the map's
 * choropleth by records colours regions with, and which incidents fall in one month (the time slider's, for the map
 * to mark them as it plays). Pure.
 */
import { endOf } from '../model/records';
import { dateEnd, dateStart, type Month } from '../model/time';
import type { Network } from '../model/types';

export type RecordCount = 'engagements' | 'incidents';

/** A period of whole months, each end optional (null: from the first record, or to the last). */
export interface MonthPeriod {
  from: Month | null;
  to: Month | null;
}

export const ALL_TIME: MonthPeriod = { from: null, to: null };

/** Whether a record spanning `start`…`end` (partial dates) overlaps the period: a meeting in 2017 is in June 2017. */
function overlaps(start: string, end: string, period: MonthPeriod): boolean {
  if (period.to !== null && dateStart(start) > dateEnd(period.to)) return false;
  if (period.from !== null && dateEnd(end) < dateStart(period.from)) return false;
  return true;
}

/** Each region's count of engagements held there, or incidents that happened there, in the period. */
export function recordsByRegion(
  network: Pick<Network, 'engagements' | 'incidents'>,
  what: RecordCount,
  period: MonthPeriod = ALL_TIME,
): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (region: string | null | undefined) => {
    if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
  };
  if (what === 'engagements') {
    for (const e of network.engagements ?? []) if (overlaps(e.date, endOf(e), period)) count(e.region);
  } else {
    for (const i of network.incidents ?? []) if (overlaps(i.date, i.date, period)) count(i.region);
  }
  return counts;
}

/**
 * The regions with an incident dated in `month`. Only incidents dated to the month or the day: one dated by its year
 * alone would light up every month of it.
 */
export function incidentRegionsIn(network: Pick<Network, 'incidents'>, month: Month): Map<string, number> {
  const regions = new Map<string, number>();
  for (const i of network.incidents ?? []) {
    if (i.date.length < 7 || i.date.slice(0, 7) !== month || !i.region) continue;
    regions.set(i.region, (regions.get(i.region) ?? 0) + 1);
  }
  return regions;
}
