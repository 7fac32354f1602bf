/**
 * The functions that compute the per-actor metrics described in
 * `metric-definitions.ts` (re-exported here for the analysis code).
 *
 * All run on the analysis graph (undirected, parallel ties merged, weight =
 * sum of strengths). Distances count steps unless the user picks weighted
 * distances, where a tie of strength s is 1/s long.
 */
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { Pillar } from '../model/vocabularies';
import type { AnalysisGraph } from './analysis-graph';
import { crossPillarBrokerage } from './brokerage';
import { pathStatistics, type DistanceMode, type PathStatistics } from './distances';
import { EXACT_BETWEENNESS_LIMIT, BETWEENNESS_PIVOTS, type MetricId } from './metric-definitions';
import { constraint } from './structural-holes';
import { sampledBetweenness } from './sampled-betweenness';
import { exactBetweenness } from './path-kernel';
import { toAdjacency } from './adjacency';

export * from './metric-definitions';

export interface MetricContext {
  graph: AnalysisGraph;
  distances: DistanceMode;
  pillarOf: (id: string) => Pillar;
  /** Throws when the user cancelled, to stop long loops. */
  shouldStop?: () => void;
  /** Path statistics already computed for these distances, to share between closeness and the summary. */
  paths?: PathStatistics;
}

function fromRecord(record: Record<string, number>): Map<string, number | null> {
  return new Map(Object.entries(record).map(([k, v]) => [k, Number.isFinite(v) ? v : null]));
}

/** How each metric is computed. */
export const METRIC_COMPUTE: Record<MetricId, (context: MetricContext) => Map<string, number | null>> = {
  degree: ({ graph }) => new Map(graph.nodes().map((n) => [n, graph.degree(n)])),
  weightedDegree: ({ graph }) =>
    new Map(graph.nodes().map((n) => [n, graph.reduceEdges(n, (sum, _e, attributes) => sum + attributes.weight, 0)])),
  betweenness: ({ graph, distances, shouldStop }) =>
    graph.order > EXACT_BETWEENNESS_LIMIT
      ? sampledBetweenness(toAdjacency(graph), BETWEENNESS_PIVOTS, distances === 'weighted', 1, shouldStop)
      : exactBetweenness(toAdjacency(graph), distances === 'weighted', shouldStop),
  closeness: ({ graph, distances, shouldStop, paths }) => (paths ?? pathStatistics(graph, distances, shouldStop)).closeness,
  eigenvector: ({ graph }) => {
    if (graph.size === 0) return new Map(graph.nodes().map((n) => [n, 0]));
    try {
      return fromRecord(eigenvectorCentrality(graph, { getEdgeWeight: 'weight', maxIterations: 1000 }));
    } catch {
      return new Map(graph.nodes().map((n) => [n, null]));
    }
  },
  pagerank: ({ graph }) => (graph.order === 0 ? new Map() : fromRecord(pagerank(graph, { getEdgeWeight: 'weight', alpha: 0.85 }))),
  constraint: ({ graph }) => constraint(graph),
  brokerage: ({ graph, pillarOf }) => crossPillarBrokerage(graph, pillarOf),
};
