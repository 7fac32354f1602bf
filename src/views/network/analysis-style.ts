/**
 * What the analysis gives the map's styling: per-actor values for the
 * stylesheet (`community`, `m_<metric>`) and the range of the metric the
 * nodes are sized by. Pure, so it is tested without a browser.
 */
import type { AnalysisResult } from '../../analysis/result';
import { METRIC_IDS, type MetricId } from '../../analysis/metric-definitions';
import type { NodeValues } from './elements';
import type { StyleOptions } from './stylesheet';

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
