/**
 * What every view's styling reads (the network drawing, the map of Peru, the
 * grids, the table): the style options chosen, each actor's ties, and the
 * values the analysis gives (`community`, `m_<metric>`), with the range of the
 * metric the actors are sized by. Pure, so it is tested without a browser.
 */
import type { AnalysisResult } from '../analysis/result';
import { METRIC_IDS, type MetricId } from '../analysis/metric-definitions';
import { endOf, isOpen, isOverdue, lastEngagements, monthsSince } from '../model/records';
import type { Network } from '../model/types';

/** What actors are coloured by: their sector or pillar, their community, or what the engagement records say. */
export type ColorBy = 'sector' | 'pillar' | 'community' | 'lastEngaged' | 'commitments';

/** The colourings read from the engagement records rather than from the actor or the analysis. */
export const isRecordColouring = (colorBy: ColorBy) => colorBy === 'lastEngaged' || colorBy === 'commitments';

export interface StyleOptions {
  colorBy: ColorBy;
  /** `none`, `influence`, `degree`, or another metric whose values are in the node data as `m_<id>`. */
  sizeBy: string;
  /** The largest degree in the network, for sizing by degree. */
  maxDegree: number;
  /** The range of the metric sized by, when it is not influence or degree. */
  metricRange?: { min: number; max: number };
  /** How many communities the analysis found, when colouring by community. */
  communities?: number;
  /** The projector's dark theme: light labels on a dark canvas. */
  dark?: boolean;
}

export const DEFAULT_STYLE: StyleOptions = { colorBy: 'sector', sizeBy: 'none', maxDegree: 1 };

/** Values from the analysis to put in the node data: `community` and `m_<metric>`. */
export type NodeValues = Map<string, Record<string, number>>;

/** Ties per actor, counting each tie once whatever its direction. */
export function degrees(network: Network): Map<string, number> {
  const degree = new Map(network.actors.map((a) => [a.id, 0]));
  for (const t of network.ties) {
    degree.set(t.source, (degree.get(t.source) ?? 0) + 1);
    degree.set(t.target, (degree.get(t.target) ?? 0) + 1);
  }
  return degree;
}

/**
 * The values the styling reads: `community` when colouring by community, `m_<metric>` when sizing by a metric. Only
 * those, so that an edit's new analysis (which changes every actor's metrics) rewrites no actor's data unless its look
 * depends on it; null when the styling reads none.
 */
export function nodeValuesOf(result: AnalysisResult, style: Pick<StyleOptions, 'colorBy' | 'sizeBy'>): NodeValues | null {
  const community = style.colorBy === 'community';
  // Sizing by degree or influence reads the actor's own `degree` and `influence` (elements.ts).
  const metric = style.sizeBy !== 'degree' && (METRIC_IDS as readonly string[]).includes(style.sizeBy) ? (style.sizeBy as MetricId) : null;
  if (!community && !metric) return null;
  return new Map(
    result.actors.map((a) => {
      const values: Record<string, number> = {};
      if (community) values.community = a.community;
      const value = metric && a.metrics[metric];
      if (metric && typeof value === 'number') values[`m_${metric}`] = value;
      return [a.id, values];
    }),
  );
}

/** The smallest and largest value of a metric (actors without one left out), or undefined when none has one. */
export function metricRangeOf(result: AnalysisResult, metric: MetricId): { min: number; max: number } | undefined {
  const values = result.actors.map((a) => a.metrics[metric]).filter((v): v is number => v !== null);
  return values.length ? { min: Math.min(...values), max: Math.max(...values) } : undefined;
}

/**
 * The values the engagement records give the styling, as of `today`: `engagedMonths`, whole months since the actor's
 * last engagement (absent when none is recorded: not 0); or `openCommitments`, how many open commitments it made or
 * was promised, and `overdue` (1) when one of them is past due. Only what `colorBy` reads, as for the analysis.
 */
export function recordValuesOf(network: Network, colorBy: ColorBy, today: string): NodeValues | null {
  if (!isRecordColouring(colorBy)) return null;
  const values: NodeValues = new Map(network.actors.map((a) => [a.id, {}]));
  if (colorBy === 'lastEngaged') {
    for (const [id, engagement] of lastEngagements(network, today)) {
      const record = values.get(id);
      if (record) record.engagedMonths = monthsSince(endOf(engagement), today);
    }
    return values;
  }
  for (const record of values.values()) record.openCommitments = 0;
  for (const commitment of network.commitments ?? []) {
    if (!isOpen(commitment)) continue;
    for (const id of new Set([...commitment.by, ...commitment.to])) {
      const record = values.get(id);
      if (!record) continue;
      record.openCommitments! += 1;
      if (isOverdue(commitment, today)) record.overdue = 1;
    }
  }
  return values;
}

/** Two sets of node values as one (the analysis's and the records'), or whichever there is. */
export function mergeValues(a: NodeValues | null, b: NodeValues | null): NodeValues | null {
  if (!a || !b) return a ?? b;
  return new Map([...new Set([...a.keys(), ...b.keys()])].map((id) => [id, { ...a.get(id), ...b.get(id) }]));
}
