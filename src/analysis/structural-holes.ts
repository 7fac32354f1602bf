/**
 * Burt's constraint: how much an actor's contacts are tied to each other.
 * Low constraint means the actor bridges structural holes; 1 means a single
 * contact (or a closed clique) fully constrains it.
 *
 * c(i) = Σ_j ( p(i,j) + Σ_q p(i,q)·p(q,j) )², over i's neighbours j, q ≠ i, j,
 * where p(i,j) = w(i,j) / Σ_k w(i,k) is the share of i's tie weight spent on j.
 * Isolates have no constraint (null).
 */
import type { AnalysisGraph } from './analysis-graph';

export function constraint(graph: AnalysisGraph): Map<string, number | null> {
  const share = (i: string, j: string): number => {
    if (!graph.hasEdge(i, j)) return 0;
    let total = 0;
    graph.forEachEdge(i, (_edge, attributes) => {
      total += attributes.weight;
    });
    return graph.getEdgeAttribute(i, j, 'weight') / total;
  };
  const result = new Map<string, number | null>();
  graph.forEachNode((i) => {
    const neighbours = graph.neighbors(i);
    if (neighbours.length === 0) return result.set(i, null);
    let c = 0;
    for (const j of neighbours) {
      let indirect = 0;
      for (const q of neighbours) if (q !== j) indirect += share(i, q) * share(q, j);
      c += (share(i, j) + indirect) ** 2;
    }
    result.set(i, c);
  });
  return result;
}
