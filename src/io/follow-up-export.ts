/**
 * The follow-up list in words, in one language: each line as the view shows it and as the exported table holds it
 * (one table, a section per row, for CSV and Excel), so the printed page and the file say the same thing.
 */
import { basisOf } from '../model/basis';
import type { CommitmentLine, ContactLine, FollowUp } from '../analysis/follow-up';
import { localize, type Locale } from '../model/localized';
import { regionLabel } from '../model/regions';
import type { Actor } from '../model/types';
import { COMMITMENT_STATUS_LABELS, INCIDENT_KIND_LABELS, INCIDENT_ROLE_LABELS } from '../model/vocabularies';
import { formatDate } from '../text/languages';
import { label, translate, type PlainKey } from '../text/translate';
import type { Table } from './table-cells';

const shortNames = (actors: readonly Actor[], locale: Locale) => actors.map((a) => localize(a.shortName ?? a.name, locale)).join(', ');

/** A commitment line's cells: who, what, to whom, due, status. */
export function commitmentWords(line: CommitmentLine, locale: Locale) {
  const { commitment: c } = line;
  return {
    by: line.by.length > 0 ? shortNames(line.by, locale) : translate(locale, 'gap.overdue-commitment.nobody'),
    what: localize(c.what, locale),
    to: line.to.length > 0 ? shortNames(line.to, locale) : translate(locale, 'gap.overdue-commitment.group'),
    due: c.due ? formatDate(c.due, locale) : '',
    status: label(locale, COMMITMENT_STATUS_LABELS[c.status]),
  };
}

/** Days as a person counts them: "hoy", "1 día", "15 días". */
export const daysWords = (days: number, locale: Locale) =>
  days === 0 ? translate(locale, 'followup.today') : translate(locale, 'followup.days', { count: days });

/** Why an actor is to be contacted: quiet for months or never engaged, and each incident not followed up. */
export function whyWords(contact: ContactLine, locale: Locale): string[] {
  const { actor } = contact;
  // An influence only assumed is said to be so, as in the gap rules.
  const influence = `${actor.influence ?? 0}${basisOf(actor, 'influence') === 'assumed' ? label(locale, 'gap.quiet-influential.assumed') : ''}`;
  const reasons: string[] = [];
  if (contact.quiet) {
    reasons.push(
      contact.months === null
        ? translate(locale, 'followup.why.never', { influence })
        : translate(locale, 'followup.why.quiet', { influence, count: contact.months }),
    );
  }
  for (const { incident, role } of contact.incidents) {
    reasons.push(
      translate(locale, 'followup.why.incident', {
        kind: label(locale, INCIDENT_KIND_LABELS[incident.kind]),
        place: incident.region ? translate(locale, 'gap.incident-not-followed.in', { region: regionLabel(incident.region)[locale] }) : '',
        date: formatDate(incident.date, locale),
        role: label(locale, INCIDENT_ROLE_LABELS[role]),
      }),
    );
  }
  return reasons;
}

/** When an actor was last engaged, and at what; or that no engagement is recorded (which is not "0 months"). */
export function lastWords(contact: ContactLine, locale: Locale): string {
  if (!contact.last || contact.months === null) return translate(locale, 'followup.neverEngaged');
  const { last } = contact;
  return translate(locale, 'followup.last', {
    date: formatDate(last.until ?? last.date, locale),
    topic: localize(last.topic, locale),
    count: contact.months,
  });
}

/** The whole list as one table: a section column, then who, what (or why), to whom, the date, how late or near. */
export function followUpTable(list: FollowUp, locale: Locale, fileName: string): Table {
  const t = (key: PlainKey) => label(locale, key);
  const headers = [
    t('followup.col.section'),
    t('followup.col.by'),
    t('followup.col.what'),
    t('followup.col.to'),
    t('followup.col.date'),
    t('followup.col.days'),
    t('followup.col.status'),
  ];
  const commitments = (lines: CommitmentLine[], section: string) =>
    lines.map((line) => {
      const w = commitmentWords(line, locale);
      return [section, w.by, w.what, w.to, w.due, daysWords(line.days, locale), w.status];
    });
  const rows = [
    ...commitments(list.overdue, t('followup.section.overdue')),
    ...commitments(list.dueSoon, t('followup.section.dueSoon')),
    ...list.contact.map((c) => [
      t('followup.section.contact'),
      localize(c.actor.name, locale),
      whyWords(c, locale).join(' · '),
      '',
      c.last ? formatDate(c.last.until ?? c.last.date, locale) : '',
      c.months === null ? translate(locale, 'followup.neverEngaged') : translate(locale, 'followup.months', { count: c.months }),
      '',
    ]),
  ];
  return { fileName, headers, rows };
}
