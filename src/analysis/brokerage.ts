/**
 * Cross-pillar brokerage: for each actor, the pairs of its neighbours that
 * belong to different pillars (State, business, civil society, external,
 * platforms) and are not tied to each other — the bridges only this actor
 * provides between them.
 */
import type { Pillar } from '../model/vocabularies';
import type { AnalysisGraph } from './analysis-graph';

export function crossPillarBrokerage(graph: AnalysisGraph, pillarOf: (id: string) => Pillar): Map<string, number> {
  const result = new Map<string, number>();
  graph.forEachNode((node) => {
    const neighbours = graph.neighbors(node);
    let pairs = 0;
    for (let a = 0; a < neighbours.length; a++) {
      for (let b = a + 1; b < neighbours.length; b++) {
        const [j, k] = [neighbours[a]!, neighbours[b]!];
        if (pillarOf(j) !== pillarOf(k) && !graph.hasEdge(j, k)) pairs++;
      }
    }
    result.set(node, pairs);
  });
  return result;
}
