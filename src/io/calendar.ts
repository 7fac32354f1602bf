/**
 * The engagements and commitments' due dates as a calendar file (iCalendar, RFC 5545), for a facilitator's calendar
 * (Google, Outlook, Thunderbird, a phone). Incidents are never written: they are sensitive.
 *
 * What the file says, and why:
 * - Records carry days, not hours, so every event is all-day (`DTSTART;VALUE=DATE`), shown on its own day whatever
 *   the reader's time zone; the end is exclusive (RFC 5545 §3.6.1), so a meeting on 15 March 2017 runs
 *   `20170315`–`20170316`, and a workshop from 15 to 17 March ends `20170318`.
 * - The calendar is Lima's: it declares `America/Lima` (a `VTIMEZONE`, UTC−5 all year, Peru keeping no daylight
 *   saving time since 1994, and `X-WR-TIMEZONE`), so a calendar that gives an event a time puts it in Lima's.
 * - A partial date is not made more precise than it is. An engagement known only by its month (or year) spans that
 *   whole month (or year), and its title says so ("(marzo de 2017)"). A commitment due in a month is shown on the
 *   month's last day — it is overdue only after it (model/records.ts `isOverdue`) — and one due in a year on
 *   31 December; its description says which day was chosen and why.
 * - Every event's UID is made of the network's id and the record's, so exporting again updates the events instead
 *   of adding them twice; `DTSTAMP` is when the file was written, in UTC.
 * - Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 character); text is escaped (`\\ \; \, \n`).
 */
import { localize, type Locale } from '../model/localized';
import { addDays } from '../model/records';
import { regionName } from '../model/regions';
import type { Commitment, EngagementRecord, LocalizedText, Network } from '../model/types';
import { COMMITMENT_STATUS_LABELS, ENGAGEMENT_KIND_LABELS, type ParticipantRole } from '../model/vocabularies';
import type { MessageKey } from '../text/catalogues';
import { say as sayIn } from '../text/translate';

export const CALENDAR_TIME_ZONE = 'America/Lima';

/** `\`, `;`, `,` and line breaks escaped as a TEXT value needs (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** A content line folded at 75 octets (RFC 5545 §3.1): each further part starts with a space, which it counts. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const room = parts.length === 0 ? 75 : 74;
    if (octets + size > room) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

const basic = (day: string) => day.replace(/-/g, '');

/** The last day a partial date can mean, a real one: `2017-02` → `2017-02-28`, `2017` → `2017-12-31`. */
export function lastDayOf(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

const firstDayOf = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/** "marzo de 2017", "2017": a partial date in words. */
function inWords(date: string, locale: Locale): string {
  if (date.length === 4) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number?];
  const format = new Intl.DateTimeFormat(locale === 'es' ? 'es-PE' : 'en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(d ? { day: 'numeric' } : {}),
  });
  return format.format(new Date(Date.UTC(y, m - 1, d ?? 1)));
}

function stamp(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${CALENDAR_TIME_ZONE}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0500',
  'TZNAME:-05',
  'END:STANDARD',
  'END:VTIMEZONE',
];

interface Event {
  uid: string;
  /** First day, and the day after the last (exclusive). */
  start: string;
  end: string;
  summary: string;
  description: string[];
  location?: string;
  category: string;
  status?: 'CONFIRMED' | 'CANCELLED';
  transparent?: boolean;
}

function eventLines(event: Event, dtstamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${basic(event.start)}`,
    `DTEND;VALUE=DATE:${basic(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description.length ? [`DESCRIPTION:${escapeText(event.description.join('\n'))}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `CATEGORIES:${escapeText(event.category)}`,
    ...(event.status ? [`STATUS:${event.status}`] : []),
    ...(event.transparent ? ['TRANSP:TRANSPARENT'] : []),
    'END:VEVENT',
  ];
}

/** The calendar of the network's engagements and commitments' due dates, in `locale`'s words. */
export function writeCalendar(network: Network, locale: Locale, now = new Date()): string {
  const say = (key: MessageKey, args: Record<string, string> = {}) => sayIn(locale, { key, args });
  const text = (value: LocalizedText | undefined) => (value === undefined ? '' : localize(value, locale));
  const actors = new Map(network.actors.map((a) => [a.id, a]));
  const nameOf = (id: string) => {
    const actor = actors.get(id);
    return actor ? text(actor.shortName ?? actor.name) : id;
  };
  const names = (ids: readonly string[]) => ids.map(nameOf).join(', ');
  const sourceLine = (sources: Network['sources']) =>
    sources.length
      ? [say('calendar.sources', { sources: sources.map((s) => [s.doc, text(s.locator)].filter(Boolean).join(', ')).join('; ') })]
      : [];
  const uid = (kind: string, id: string) => `${network.id}/${kind}/${id}@puentes`;
  const events: Event[] = [];

  const engagementsById = new Map((network.engagements ?? []).map((e) => [e.id, e]));
  for (const e of network.engagements ?? []) events.push(engagementEvent(e));
  for (const c of network.commitments ?? []) if (c.due) events.push(commitmentEvent(c, c.due));

  function engagementEvent(e: EngagementRecord): Event {
    const partial = e.date.length < 10 && !e.until;
    const summary = say('calendar.engagement', { kind: say(ENGAGEMENT_KIND_LABELS[e.kind]), topic: text(e.topic) });
    const withRole = (role: ParticipantRole) => e.participants.filter((p) => p.role === role).map((p) => p.actor);
    const roles: [ParticipantRole, MessageKey][] = [
      ['convened', 'calendar.convened'],
      ['attended', 'calendar.attended'],
      ['invited', 'calendar.invited'],
    ];
    return {
      uid: uid('engagement', e.id),
      start: firstDayOf(e.date),
      end: addDays(lastDayOf(e.until ?? e.date), 1),
      summary: partial ? `${summary} (${inWords(e.date, locale)})` : summary,
      description: [
        ...(partial ? [say(e.date.length === 4 ? 'calendar.onlyYear' : 'calendar.onlyMonth', { date: inWords(e.date, locale) })] : []),
        ...roles.flatMap(([role, key]) => (withRole(role).length ? [say(key, { actors: names(withRole(role)) })] : [])),
        ...(text(e.outcome) ? [say('calendar.outcome', { outcome: text(e.outcome) })] : []),
        ...sourceLine(e.sources),
      ],
      location: [text(e.place), e.region ? regionName(e.region, locale) : ''].filter(Boolean).join(', '),
      category: say(ENGAGEMENT_KIND_LABELS[e.kind]),
      status: 'CONFIRMED',
    };
  }

  function commitmentEvent(c: Commitment, due: string): Event {
    const day = lastDayOf(due);
    const at = c.engagement ? engagementsById.get(c.engagement) : undefined;
    return {
      uid: uid('commitment', c.id),
      start: day,
      end: addDays(day, 1),
      summary: say('calendar.due', { what: text(c.what), status: say(COMMITMENT_STATUS_LABELS[c.status]) }),
      description: [
        ...(due.length < 10 ? [say(due.length === 4 ? 'calendar.dueYear' : 'calendar.dueMonth', { date: inWords(due, locale) })] : []),
        ...(c.by.length ? [say('calendar.by', { actors: names(c.by) })] : []),
        ...(c.to.length ? [say('calendar.to', { actors: names(c.to) })] : []),
        ...(at ? [say('calendar.madeAt', { topic: text(at.topic), date: inWords(at.date, locale) })] : []),
        ...(text(c.evidence) ? [say('calendar.evidence', { evidence: text(c.evidence) })] : []),
        ...sourceLine(c.sources),
      ],
      category: say('calendar.commitment'),
      ...(c.status === 'dropped' ? { status: 'CANCELLED' as const } : {}),
      transparent: true,
    };
  }

  const dtstamp = stamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Puentes//Puentes//ES',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(text(network.title))}`,
    `X-WR-TIMEZONE:${CALENDAR_TIME_ZONE}`,
    ...VTIMEZONE,
    ...events.flatMap((event) => eventLines(event, dtstamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
