/**
 * Two networks compared: their summaries side by side with the difference,
 * the actors they share with their measures in each, which ties they share,
 * and which gap rules fire in one, the other or both. The engagement records
 * ride along: each side's counts, and each shared actor's engagements in each
 * network (found under its id there, so through the matching), which says who
 * was engaged in both processes. Pure: the compare worker and the CLI call it
 * with the analyses of both networks and the day to read the records as of.
 */
import { commitmentsOf, endOf, incidentsOf, isOpen, lastEngagements, presentAt } from '../../model/records';
import { dateStart } from '../../model/time';
import type { Network, Tie } from '../../model/types';
import { BASES, ENGAGEMENT_STAGES, PILLARS, SECTORS, pillarOf } from '../../model/vocabularies';
import type { AnalysisResult, NetworkSummary } from '../analyze';
import type { Gap, GapRuleId } from '../gaps';
import { message, type Message } from '../../text/translate';
import { matchMaps, type Match } from './match';

/** How many records (actors and ties) rest on each basis. */
export type Counts = Record<string, number>;

export interface SideSummary extends NetworkSummary {
  /** Share of actors and ties whose record is documented (0–1). */
  documentedShare: number;
  basis: Counts;
  pillars: Counts;
  sectors: Counts;
  /** Engagement stage of each actor; `none`: not assessed. */
  engagement: Counts;
  /** VPs knowledge 0–3 of each actor; `none`: not assessed. */
  vpKnowledge: Counts;
  vpInterest: Counts;
  /** Engagement records in the network (all of them, whatever their date). */
  engagements: number;
  commitments: number;
  incidents: number;
}

/** The rows of the summary table, in order: a scalar figure, or a distribution over named keys. */
export const SUMMARY_FIGURES = [
  'actors',
  'ties',
  'density',
  'components',
  'largestComponent',
  'averagePathLength',
  'modularity',
  'communities',
  'documentedShare',
  'engagements',
  'commitments',
  'incidents',
] as const;
export type SummaryFigure = (typeof SUMMARY_FIGURES)[number];

export const DISTRIBUTIONS = {
  pillars: [...PILLARS],
  sectors: [...SECTORS],
  basis: [...BASES],
  engagement: [...ENGAGEMENT_STAGES, 'none'],
  vpKnowledge: ['0', '1', '2', '3', 'none'],
  vpInterest: ['0', '1', '2', '3', 'none'],
} as const;
export type DistributionId = keyof typeof DISTRIBUTIONS;
export const DISTRIBUTION_IDS = Object.keys(DISTRIBUTIONS) as DistributionId[];

/** The measures compared for shared actors. */
export const SHARED_MEASURES = ['degree', 'betweenness', 'constraint', 'brokerage', 'convener'] as const;
export type SharedMeasure = (typeof SHARED_MEASURES)[number];

/** Where an actor stands in its network by number of ties. */
export type Standing = 'central' | 'middle' | 'peripheral';

/** An actor's engagement records in one network. */
export interface ActorRecords {
  /** Engagements it took part in (convened or attended), up to the day read as of. */
  engagements: number;
  /** The last of them: its id and its date as recorded (its last day when it ran over several); null: none. */
  last: { id: string; date: string } | null;
  /** Commitments it made or was promised that are still open. */
  openCommitments: number;
  incidents: number;
}

export interface SharedActor {
  a: string;
  b: string;
  match: Match;
  values: Record<SharedMeasure, [number | null, number | null]>;
  standing: [Standing, Standing];
  /** Its records in the first network and in the second (under its id there). */
  records: [ActorRecords, ActorRecords];
}

export interface GapInstance {
  key: string;
  rule: GapRuleId;
  in: 'a' | 'b' | 'both';
  detail: Message;
}

export interface GapComparison {
  rule: GapRuleId;
  a: number;
  b: number;
  instances: GapInstance[];
}

export interface TieMatch {
  /** Ties in both (the first network's tie id, the second's). */
  shared: [string, string][];
  onlyA: string[];
  onlyB: string[];
}

export interface Comparison {
  summary: { a: SideSummary; b: SideSummary };
  matches: Match[];
  shared: SharedActor[];
  onlyA: string[];
  onlyB: string[];
  ties: TieMatch;
  gaps: GapComparison[];
  method: Message[];
}

function count<T>(items: readonly T[], keyOf: (item: T) => string, keys: readonly string[]): Counts {
  const counts: Counts = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const item of items) {
    const key = keyOf(item);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export function sideSummary(network: Network, summary: NetworkSummary): SideSummary {
  const records = [...network.actors, ...network.ties];
  const basis = count(records, (r) => r.basis, DISTRIBUTIONS.basis);
  const scale = (value: number | null) => (value === null ? 'none' : String(value));
  return {
    ...summary,
    documentedShare: records.length > 0 ? basis.documented! / records.length : 0,
    basis,
    pillars: count(network.actors, (a) => pillarOf(a.sector), DISTRIBUTIONS.pillars),
    sectors: count(network.actors, (a) => a.sector, DISTRIBUTIONS.sectors),
    engagement: count(network.actors, (a) => a.engagement ?? 'none', DISTRIBUTIONS.engagement),
    vpKnowledge: count(network.actors, (a) => scale(a.vpKnowledge), DISTRIBUTIONS.vpKnowledge),
    vpInterest: count(network.actors, (a) => scale(a.vpInterest), DISTRIBUTIONS.vpInterest),
    engagements: network.engagements?.length ?? 0,
    commitments: network.commitments?.length ?? 0,
    incidents: network.incidents?.length ?? 0,
  };
}

/** The last day there is: with no day given, every record counts, whatever its date. */
const NO_DAY = '9999-12-31';

/**
 * Each actor's records in a network as of `today` (engagements dated after it are planned, not held). Only taking
 * part counts as engagement, as in the actor's history: an invitation declined is not contact.
 */
export function actorRecords(network: Network, today: string = NO_DAY): (id: string) => ActorRecords {
  const last = lastEngagements(network, today);
  const held = new Map<string, number>();
  for (const engagement of network.engagements ?? []) {
    if (dateStart(engagement.date) > today) continue;
    for (const actor of new Set(presentAt(engagement))) held.set(actor, (held.get(actor) ?? 0) + 1);
  }
  return (id) => {
    const engagement = last.get(id);
    return {
      engagements: held.get(id) ?? 0,
      last: engagement ? { id: engagement.id, date: endOf(engagement) } : null,
      openCommitments: commitmentsOf(network, id).filter(isOpen).length,
      incidents: incidentsOf(network, id).length,
    };
  };
}

/** Whether a shared actor took part in engagements in both networks. */
export const engagedInBoth = (shared: SharedActor) => shared.records[0].engagements > 0 && shared.records[1].engagements > 0;

/**
 * Central: among the quarter of actors with the most ties; peripheral: one
 * tie or none, or in the half with the fewest; middle otherwise. Ranks count
 * actors with more ties strictly, so equal degrees stand equally.
 */
export function standings(degrees: ReadonlyMap<string, number>): Map<string, Standing> {
  const values = [...degrees.values()];
  const n = values.length;
  const result = new Map<string, Standing>();
  for (const [id, degree] of degrees) {
    const above = values.filter((d) => d > degree).length;
    const position = n > 0 ? above / n : 0;
    result.set(id, degree <= 1 || position >= 0.5 ? 'peripheral' : position < 0.25 ? 'central' : 'middle');
  }
  return result;
}

const tieKey = (tie: Pick<Tie, 'type' | 'directed'>, source: string, target: string) =>
  `${tie.type}|${tie.directed || source < target ? `${source}|${target}` : `${target}|${source}`}`;

/** Ties match when both ends match and the type is the same (parallel ties pair off in order). */
export function matchTies(first: Network, second: Network, bToA: ReadonlyMap<string, string>): TieMatch {
  const waiting = new Map<string, string[]>();
  for (const tie of first.ties) {
    const key = tieKey(tie, tie.source, tie.target);
    waiting.set(key, [...(waiting.get(key) ?? []), tie.id]);
  }
  const shared: [string, string][] = [];
  const onlyB: string[] = [];
  for (const tie of second.ties) {
    const source = bToA.get(tie.source);
    const target = bToA.get(tie.target);
    const candidates = source !== undefined && target !== undefined ? waiting.get(tieKey(tie, source, target)) : undefined;
    const partner = candidates?.shift();
    if (partner !== undefined) shared.push([partner, tie.id]);
    else onlyB.push(tie.id);
  }
  const matched = new Set(shared.map(([a]) => a));
  return { shared, onlyA: first.ties.filter((t) => !matched.has(t.id)).map((t) => t.id), onlyB };
}

/**
 * An instance of a gap, named by what it concerns: the parties or regions it
 * is about when it is about some (the actors it names there only illustrate
 * it, e.g. the platform where two parties meet), else its actors, the second
 * network's named by their match in the first.
 */
function gapKey(gap: Gap, toA: (id: string) => string): string {
  const about =
    gap.pillars.length > 0 || gap.regions.length > 0
      ? [[...gap.pillars].sort().join(','), [...gap.regions].sort().join(',')]
      : [gap.actors.map(toA).sort().join(',')];
  return [gap.rule, ...about].join('|');
}

export function compareGaps(gapsA: readonly Gap[], gapsB: readonly Gap[], bToA: ReadonlyMap<string, string>): GapComparison[] {
  const instances = new Map<string, GapInstance>();
  for (const gap of gapsA)
    instances.set(
      gapKey(gap, (id) => id),
      { key: gapKey(gap, (id) => id), rule: gap.rule, in: 'a', detail: gap.detail },
    );
  for (const gap of gapsB) {
    // An actor of the second network without a match keeps its own id, marked so it cannot collide with the first's.
    const key = gapKey(gap, (id) => bToA.get(id) ?? `b:${id}`);
    const seen = instances.get(key);
    if (seen) seen.in = 'both';
    else instances.set(key, { key, rule: gap.rule, in: 'b', detail: gap.detail });
  }
  const rules = [...new Set([...gapsA, ...gapsB].map((g) => g.rule))];
  return rules.map((rule) => ({
    rule,
    a: gapsA.filter((g) => g.rule === rule).length,
    b: gapsB.filter((g) => g.rule === rule).length,
    instances: [...instances.values()].filter((i) => i.rule === rule),
  }));
}

function measuresOf(result: AnalysisResult): Map<string, Record<SharedMeasure, number | null>> {
  const convener = new Map(result.conveners.actors.map((id, i) => [id, result.conveners.scores[i]!]));
  return new Map(
    result.actors.map((a) => [
      a.id,
      {
        degree: a.metrics.degree,
        betweenness: a.metrics.betweenness,
        constraint: a.metrics.constraint,
        brokerage: a.metrics.brokerage,
        convener: convener.get(a.id) ?? null,
      },
    ]),
  );
}

export function compareNetworks(
  first: Network,
  second: Network,
  resultA: AnalysisResult,
  resultB: AnalysisResult,
  matches: Match[],
  /** The day the records are read as of (`YYYY-MM-DD`), given by the caller; absent, every record counts. */
  today?: string,
): Comparison {
  const { aToB, bToA } = matchMaps(matches);
  const recordsA = actorRecords(first, today);
  const recordsB = actorRecords(second, today);
  const measuresA = measuresOf(resultA);
  const measuresB = measuresOf(resultB);
  const degreeOf = (result: AnalysisResult) => new Map(result.actors.map((a) => [a.id, a.metrics.degree ?? 0]));
  const standingA = standings(degreeOf(resultA));
  const standingB = standings(degreeOf(resultB));
  const shared: SharedActor[] = matches
    .filter((m) => m.status === 'accepted')
    .map((match) => {
      const va = measuresA.get(match.a);
      const vb = measuresB.get(match.b);
      const values = Object.fromEntries(SHARED_MEASURES.map((m) => [m, [va?.[m] ?? null, vb?.[m] ?? null]])) as SharedActor['values'];
      return {
        a: match.a,
        b: match.b,
        match,
        values,
        standing: [standingA.get(match.a) ?? 'peripheral', standingB.get(match.b) ?? 'peripheral'],
        records: [recordsA(match.a), recordsB(match.b)],
      };
    });
  return {
    summary: { a: sideSummary(first, resultA.summary), b: sideSummary(second, resultB.summary) },
    matches,
    shared,
    onlyA: first.actors.filter((a) => !aToB.has(a.id)).map((a) => a.id),
    onlyB: second.actors.filter((a) => !bToA.has(a.id)).map((a) => a.id),
    ties: matchTies(first, second, bToA),
    gaps: compareGaps(resultA.gaps, resultB.gaps, bToA),
    method: [message('compare.note.actors'), message('compare.note.ties'), message('compare.note.records'), ...resultA.method.slice(0, 1)],
  };
}
