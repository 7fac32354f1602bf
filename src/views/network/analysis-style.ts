/**
 * What the analysis gives the map's styling: per-actor values for the
 * stylesheet (`community`, `m_<metric>`) and the range of the metric the
 * nodes are sized by. Pure, so it is tested without a browser.
 */
import type { AnalysisResult } from '../../analysis/result';
import type { MetricId } from '../../analysis/metric-definitions';
import type { NodeValues } from './elements';

export function nodeValuesOf(result: AnalysisResult): NodeValues {
  return new Map(
    result.actors.map((a) => [
      a.id,
      {
        community: a.community,
        ...Object.fromEntries(Object.entries(a.metrics).flatMap(([k, v]) => (v === null ? [] : [[`m_${k}`, v]]))),
      },
    ]),
  );
}

/** The smallest and largest value of a metric (actors without one left out), or undefined when none has one. */
export function metricRangeOf(result: AnalysisResult, metric: MetricId): { min: number; max: number } | undefined {
  const values = result.actors.map((a) => a.metrics[metric]).filter((v): v is number => v !== null);
  return values.length ? { min: Math.min(...values), max: Math.max(...values) } : undefined;
}
