/**
 * A record as one line of a list (an actor's history, a tie's details): its date or range as the language writes
 * dates, and what it was.
 */
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../model/localized';
import type { EngagementRecord } from '../../model/types';

/** "25/02/2010", or "25/02/2010 – 26/02/2010" for an engagement over several days. */
export function whenOf(record: Pick<EngagementRecord, 'date' | 'until'>, locale: Locale): string {
  const from = formatDate(record.date, locale);
  return record.until ? `${from} – ${formatDate(record.until, locale)}` : from;
}
