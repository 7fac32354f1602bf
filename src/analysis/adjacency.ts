/**
 * A compact, index-based copy of the analysis graph (CSR: offsets into one
 * neighbour array) for the loops that visit every actor from every actor —
 * closeness, path lengths, key players — where graphology's callbacks and
 * string keys would cost more than the work itself.
 */
import type { AnalysisGraph } from './analysis-graph';

export interface Adjacency {
  ids: string[];
  /** Neighbours of node i are `neighbours[offsets[i] .. offsets[i + 1])`. */
  offsets: Int32Array;
  neighbours: Int32Array;
  /** Tie weight (sum of strengths) for each entry of `neighbours`. */
  weights: Float64Array;
}

export function toAdjacency(graph: AnalysisGraph): Adjacency {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const offsets = new Int32Array(ids.length + 1);
  ids.forEach((id, i) => {
    offsets[i + 1] = offsets[i]! + graph.degree(id);
  });
  const neighbours = new Int32Array(offsets[ids.length]!);
  const weights = new Float64Array(offsets[ids.length]!);
  ids.forEach((id, i) => {
    let at = offsets[i]!;
    graph.forEachEdge(id, (_edge, attributes, source, target) => {
      neighbours[at] = index.get(source === id ? target : source)!;
      weights[at] = attributes.weight;
      at++;
    });
  });
  return { ids, offsets, neighbours, weights };
}
