/**
 * What the engagement records say the next meeting should take up: influential actors nobody has met in months (or
 * ever), commitments past their due date, sectors and regions absent from every engagement of the period, and the
 * parties to an incident nobody has met since. Each is a finder that returns the facts (the follow-up list reads
 * them too, follow-up.ts) and a gap rule that puts them in a sentence.
 *
 * Everything is read as of a given day, never the clock, so results repeat. A network with no engagement recorded
 * up to that day has nobody "never engaged": the records are simply not kept, and the rules about contact say nothing.
 */
import { basisOf } from '../model/basis';
import { LOCALES, type Locale } from '../model/localized';
import { dayOf, endOf, isOverdue, lastEngagements, monthsSince, presentAt } from '../model/records';
import { dateEnd, dateStart } from '../model/time';
import type { Actor, Commitment, EngagementRecord, Incident, Network } from '../model/types';
import { INCIDENT_KIND_LABELS, SECTORS, SECTOR_LABELS, pillarOf, type Sector } from '../model/vocabularies';
import { formatDate } from '../text/languages';
import { message, type Message } from '../text/translate';
import { actorNames as names, type Gap, type GapRule } from './gap-rule';

/** Months without an engagement after which an influential actor is one to contact again, unless chosen otherwise. */
export const QUIET_MONTHS = 6;
/** Influence from which an actor counts as influential (the influence tower's top two levels, as gaps.ts reads it). */
export const INFLUENTIAL = 4;
/** A commitment this many days late, or an incident of this severity, is a gap of high severity. */
const VERY_LATE_DAYS = 90;

/** Whether an actor is a party one can meet: platforms and events stand for a process, not a party. */
const isParty = (actor: Actor) => pillarOf(actor.sector) !== 'platform';

/** The engagements held up to `today` (one scheduled later is not contact yet). */
function heldBy(network: Network, today: string): EngagementRecord[] {
  return (network.engagements ?? []).filter((e) => dateStart(e.date) <= today);
}

/** A partial date in each language's format, for a sentence: `2025-03-10` → 10/03/2025, 10 Mar 2025. */
export const dateWords = (date: string) => Object.fromEntries(LOCALES.map((l) => [l, formatDate(date, l)])) as Record<Locale, string>;

/** The last real day a partial date can mean: `2025-02` → `2025-02-28`. */
export function lastDay(date: string): string {
  if (date.length === 10) return date;
  const [year, month] = (date.length === 4 ? `${date}-12` : date).split('-').map(Number) as [number, number];
  return dayOf(new Date(year, month, 0));
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** `day` moved by whole months, on the same day of the month or its last: `2025-08-31` − 6 → `2025-02-28`. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

// ── The finders ──

/** Orders by months without contact, most first, never engaged (null) before any. */
export const longerUnheard = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : b - a);

export interface QuietActor {
  actor: Actor;
  /** Their last engagement as of the day asked; null: none recorded. */
  last: EngagementRecord | null;
  /** Whole months since it ended; null: never engaged. */
  months: number | null;
}

/**
 * Influential actors (influence ≥ 4, platforms aside) with no engagement in the last `months` months, or none ever
 * while the network records engagements: never engaged first, then the longest quiet, then the most influential.
 */
export function quietInfluential(network: Network, today: string, months = QUIET_MONTHS): QuietActor[] {
  if (heldBy(network, today).length === 0) return [];
  const last = lastEngagements(network, today);
  const quiet: QuietActor[] = [];
  for (const actor of network.actors) {
    if (!isParty(actor) || actor.influence === null || actor.influence < INFLUENTIAL) continue;
    const engagement = last.get(actor.id);
    if (!engagement) quiet.push({ actor, last: null, months: null });
    else {
      const since = monthsSince(endOf(engagement), today);
      if (since >= months) quiet.push({ actor, last: engagement, months: since });
    }
  }
  return quiet.sort((a, b) => longerUnheard(a.months, b.months) || b.actor.influence! - a.actor.influence!);
}

export interface LateCommitment {
  commitment: Commitment;
  /** Days since its due date's last possible day. */
  days: number;
}

/** Open commitments past their due date as of `today`, the latest first. */
export function overdueCommitments(network: Network, today: string): LateCommitment[] {
  return (network.commitments ?? [])
    .filter((c) => isOverdue(c, today))
    .map((commitment) => ({ commitment, days: daysBetween(lastDay(commitment.due!), today) }))
    .sort((a, b) => b.days - a.days);
}

export interface Absences {
  /** The period looked at, `YYYY-MM-DD` to `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** How many engagements were held in it. */
  engagements: number;
  /** Sectors with actors in the network, none of whom took part in any of them. */
  sectors: { sector: Sector; actors: Actor[] }[];
  /** Regions with actors in the network where none was held and from which nobody took part. */
  regions: { region: string; actors: Actor[] }[];
}

/**
 * Who the engagements of the period left out. The period is the last `months` months up to `today`; when nothing
 * was held in them, the `months` months up to the last engagement held, so the rule still speaks of the last
 * stretch of meetings. Null when no engagement is recorded.
 */
export function absentFromPeriod(network: Network, today: string, months = QUIET_MONTHS): Absences | null {
  const held = heldBy(network, today);
  if (held.length === 0) return null;
  const within = (from: string, to: string) => held.filter((e) => dateStart(e.date) <= to && dateEnd(endOf(e)) >= from);
  let to = today;
  let inPeriod = within(addMonths(to, -months), to);
  if (inPeriod.length === 0) {
    to = held.map((e) => lastDay(endOf(e))).reduce((a, b) => (a > b ? a : b));
    inPeriod = within(addMonths(to, -months), to);
  }
  const from = addMonths(to, -months);
  const present = new Set(inPeriod.flatMap(presentAt));
  const heldIn = new Set(inPeriod.flatMap((e) => (e.region ? [e.region] : [])));
  const parties = network.actors.filter(isParty);
  const sectors = SECTORS.flatMap((sector) => {
    const of = parties.filter((a) => a.sector === sector);
    return of.length > 0 && !of.some((a) => present.has(a.id)) ? [{ sector, actors: of }] : [];
  });
  const byRegion = new Map<string, Actor[]>();
  for (const actor of parties) if (actor.region) byRegion.set(actor.region, [...(byRegion.get(actor.region) ?? []), actor]);
  const regions = [...byRegion]
    .filter(([region, actors]) => !heldIn.has(region) && !actors.some((a) => present.has(a.id)))
    .map(([region, actors]) => ({ region, actors }))
    .sort((a, b) => a.region.localeCompare(b.region));
  return { from, to, engagements: inPeriod.length, sectors, regions };
}

export interface UnfollowedIncident {
  incident: Incident;
  /** The parties to it with no engagement on or after its day (as far as the dates tell). */
  actors: { actor: Actor; role: Incident['involved'][number]['role'] }[];
}

/**
 * Incidents up to `today` with parties nobody has met since, the latest first. A record dated by a month or a year
 * counts as "since" when it may be (a meeting in March 2025 may follow an incident of 10 March 2025).
 */
export function incidentsNotFollowed(network: Network, today: string): UnfollowedIncident[] {
  if (heldBy(network, today).length === 0) return [];
  const last = lastEngagements(network, today);
  const byId = new Map(network.actors.map((a) => [a.id, a]));
  const found: UnfollowedIncident[] = [];
  for (const incident of network.incidents ?? []) {
    if (dateStart(incident.date) > today) continue;
    const actors = incident.involved.flatMap(({ actor: id, role }) => {
      const actor = byId.get(id);
      const engagement = last.get(id);
      if (!actor || !isParty(actor) || (engagement && dateEnd(endOf(engagement)) >= dateStart(incident.date))) return [];
      return [{ actor, role }];
    });
    if (actors.length > 0) found.push({ incident, actors });
  }
  return found.sort((a, b) => dateStart(b.incident.date).localeCompare(dateStart(a.incident.date)));
}

// ── The rules ──

/** How late, in days under two months, else in months. */
function lateWords(days: number, due: string, today: string): Message {
  return days < 60
    ? message('gap.overdue-commitment.days', { count: days })
    : message('gap.overdue-commitment.months', { count: monthsSince(due, today) });
}

/** The actors of these ids in the network, in the order given (ids of actors no longer there left out). */
function actorsOf(network: Network, ids: readonly string[]): Actor[] {
  const byId = new Map(network.actors.map((a) => [a.id, a]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

const CORE_PILLARS = new Set(['state', 'business', 'civil_society']);

export const ENGAGEMENT_GAP_RULES: readonly GapRule[] = [
  {
    id: 'quiet-influential',
    label: 'gap.quiet-influential.label',
    explanation: 'gap.quiet-influential.explanation',
    find: ({ network, today, quietMonths = QUIET_MONTHS }) => {
      if (!today) return [];
      const held = heldBy(network, today);
      const quiet = quietInfluential(network, today, quietMonths);
      if (quiet.length === 0) return [];
      const assumed = (actor: Actor) => (basisOf(actor, 'influence') === 'assumed' ? message('gap.quiet-influential.assumed') : '');
      // Nothing at all was held in the last months (a record of past years): one sentence says so and names them
      // all, rather than one per actor each saying the same "nobody met them since".
      const latest = held.reduce((a, b) => (dateEnd(endOf(a)) >= dateEnd(endOf(b)) ? a : b));
      if (monthsSince(endOf(latest), today) >= quietMonths) {
        const actors = quiet.map((q) => q.actor);
        return [
          {
            rule: 'quiet-influential',
            severity: 'medium',
            detail: message('gap.quiet-influential.stale', {
              months: quietMonths,
              date: dateWords(endOf(latest)),
              topic: latest.topic,
              count: actors.length,
              names: names(actors),
            }),
            actors: actors.map((a) => a.id),
            pillars: [...new Set(actors.map((a) => pillarOf(a.sector)))],
            regions: [...new Set(actors.flatMap((a) => (a.region ? [a.region] : [])))],
          } satisfies Gap,
        ];
      }
      return quiet.map(({ actor, last, months }) => ({
        rule: 'quiet-influential',
        severity: months === null || months >= 2 * quietMonths ? 'high' : 'medium',
        detail: last
          ? message('gap.quiet-influential.detail', {
              name: names([actor]),
              influence: actor.influence!,
              assumed: assumed(actor),
              date: dateWords(endOf(last)),
              topic: last.topic,
              count: months!,
            })
          : message('gap.quiet-influential.never', {
              name: names([actor]),
              influence: actor.influence!,
              assumed: assumed(actor),
              count: held.length,
            }),
        actors: [actor.id],
        pillars: [pillarOf(actor.sector)],
        regions: actor.region ? [actor.region] : [],
      }));
    },
  },
  {
    id: 'overdue-commitment',
    label: 'gap.overdue-commitment.label',
    explanation: 'gap.overdue-commitment.explanation',
    find: ({ network, today }) => {
      if (!today) return [];
      return overdueCommitments(network, today).map(({ commitment: c, days }) => {
        const by = actorsOf(network, c.by);
        const to = actorsOf(network, c.to);
        return {
          rule: 'overdue-commitment',
          severity: days >= VERY_LATE_DAYS ? 'high' : 'medium',
          detail: message('gap.overdue-commitment.detail', {
            by: by.length > 0 ? names(by) : message('gap.overdue-commitment.nobody'),
            to: to.length > 0 ? names(to) : message('gap.overdue-commitment.group'),
            what: c.what,
            due: dateWords(c.due!),
            late: lateWords(days, c.due!, today),
          }),
          actors: [...new Set([...by, ...to].map((a) => a.id))],
          pillars: [...new Set([...by, ...to].map((a) => pillarOf(a.sector)))],
          regions: [],
        } satisfies Gap;
      });
    },
  },
  {
    id: 'absent-from-meetings',
    label: 'gap.absent-from-meetings.label',
    explanation: 'gap.absent-from-meetings.explanation',
    find: ({ network, today, quietMonths = QUIET_MONTHS, regionName }) => {
      const absent = today ? absentFromPeriod(network, today, quietMonths) : null;
      if (!absent) return [];
      const period = { from: dateWords(absent.from), to: dateWords(absent.to), count: absent.engagements };
      return [
        ...absent.sectors.map(({ sector, actors }): Gap => {
          const pillar = pillarOf(sector);
          return {
            rule: 'absent-from-meetings',
            severity: CORE_PILLARS.has(pillar) ? 'medium' : 'low',
            detail: message('gap.absent-from-meetings.sector', { sector: { key: SECTOR_LABELS[sector] }, names: names(actors), ...period }),
            actors: actors.map((a) => a.id),
            pillars: [pillar],
            regions: [],
          };
        }),
        ...absent.regions.map(({ region, actors }): Gap => ({
          rule: 'absent-from-meetings',
          severity: 'medium',
          detail: message('gap.absent-from-meetings.region', { region: regionName(region), names: names(actors), ...period }),
          actors: actors.map((a) => a.id),
          pillars: [...new Set(actors.map((a) => pillarOf(a.sector)))],
          regions: [region],
        })),
      ];
    },
  },
  {
    id: 'incident-not-followed',
    label: 'gap.incident-not-followed.label',
    explanation: 'gap.incident-not-followed.explanation',
    find: ({ network, today, regionName }) => {
      if (!today) return [];
      return incidentsNotFollowed(network, today).map(({ incident, actors }): Gap => ({
        rule: 'incident-not-followed',
        severity: incident.severity === 3 ? 'high' : 'medium',
        detail: message('gap.incident-not-followed.detail', {
          kind: { key: INCIDENT_KIND_LABELS[incident.kind] },
          place: incident.region ? message('gap.incident-not-followed.in', { region: regionName(incident.region) }) : '',
          date: dateWords(incident.date),
          names: names(actors.map((a) => a.actor)),
        }),
        actors: actors.map((a) => a.actor.id),
        pillars: [...new Set(actors.map((a) => pillarOf(a.actor.sector)))],
        regions: incident.region ? [incident.region] : [],
      }));
    },
  },
];
