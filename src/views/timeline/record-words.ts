/**
 * A record in words, for the timeline's marks, list and details: its kind, what it was about, and its dates as the
 * language writes them, keeping their precision ("02/2010", not a false 1 February).
 */
import type { TimelineItem } from '../../analysis/timeline';
import { formatDate } from '../../i18n/format';
import { localize, type Locale } from '../../model/localized';
import type { RecordField, Records } from '../../model/records';
import { regionName } from '../../model/regions';
import { translate } from '../../text/translate';
import {
  COMMITMENT_STATUS_LABELS,
  ENGAGEMENT_KIND_LABELS,
  INCIDENT_KIND_LABELS,
  type CommitmentStatus,
  type EngagementKind,
  type IncidentKind,
  type LabelKey,
} from '../../model/vocabularies';

/** The label of a record's kind (engagements, incidents) or status (commitments). */
export function kindLabel(field: RecordField, kind: string): LabelKey {
  if (field === 'engagements') return ENGAGEMENT_KIND_LABELS[kind as EngagementKind];
  if (field === 'commitments') return COMMITMENT_STATUS_LABELS[kind as CommitmentStatus];
  return INCIDENT_KIND_LABELS[kind as IncidentKind];
}

export type AnyRecord = Records[RecordField][number];

/** A row of the records' list: a mark of the axis, or a commitment with no date (`item` null). */
export interface RecordRow {
  item: TimelineItem | null;
  field: RecordField;
  id: string;
  kind: string;
  date: string;
  what: string;
  where: string;
  actors: string[];
  overdue: boolean;
}

/** The record an item stands for; undefined when it is gone (deleted meanwhile). */
export function recordOf(records: Records, field: RecordField, id: string): AnyRecord | undefined {
  return (records[field] as AnyRecord[]).find((r) => r.id === id);
}

/** What a record is about: an engagement's topic, a commitment's promise, an incident's kind and place. */
export function recordTitle(field: RecordField, record: AnyRecord, locale: Locale): string {
  if ('topic' in record) return localize(record.topic, locale);
  if ('what' in record) return localize(record.what, locale);
  const where = recordPlace(record, locale);
  const kind = translate(locale, kindLabel(field, record.kind));
  return where ? `${kind} · ${where}` : kind;
}

/** Where an engagement or an incident was: its place, else its region; '' when neither is known (commitments). */
export function recordPlace(record: AnyRecord, locale: Locale): string {
  if ('what' in record) return '';
  return localize(record.place, locale) || (record.region ? regionName(record.region, locale) : '');
}

/** A mark's label on the axis: an engagement's topic after its place (four workshops on one topic, told apart). */
export function markLabel(field: RecordField, record: AnyRecord, locale: Locale): string {
  const where = 'topic' in record ? recordPlace(record, locale) : '';
  return where ? `${where}: ${recordTitle(field, record, locale)}` : recordTitle(field, record, locale);
}

/** A record's kind in words: the kind of an engagement or an incident; "Compromiso · Pendiente" for a commitment. */
export function kindWords(field: RecordField, kind: string, locale: Locale): string {
  const label = translate(locale, kindLabel(field, kind));
  return field === 'commitments' ? `${translate(locale, 'timeline.addCommitment')} · ${label}` : label;
}

/** An item's dates: one date, or a range ("25/02/2010 al 27/02/2010"). */
export function itemDate(item: TimelineItem, locale: Locale): string {
  const date = (day: string, precision: TimelineItem['when']['precision']) =>
    formatDate(precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day, locale);
  const when = date(item.when.start, item.when.precision);
  return item.from ? translate(locale, 'timeline.dateRange', { from: date(item.from.start, item.from.precision), to: when }) : when;
}
