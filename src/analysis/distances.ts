/**
 * Shortest-path distances from one actor: breadth-first search counting
 * steps, or Dijkstra where a stronger tie is a shorter step (length =
 * 1 / weight). Used for closeness and the average path length.
 */
import type { AnalysisGraph } from './analysis-graph';

export type DistanceMode = 'steps' | 'weighted';

/** Distances from `source` to every actor it can reach (itself included, at 0). */
export function distancesFrom(graph: AnalysisGraph, source: string, mode: DistanceMode): Map<string, number> {
  const distance = new Map<string, number>([[source, 0]]);
  if (mode === 'steps') {
    const queue = [source];
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i]!;
      const d = distance.get(node)!;
      graph.forEachNeighbor(node, (neighbour) => {
        if (!distance.has(neighbour)) {
          distance.set(neighbour, d + 1);
          queue.push(neighbour);
        }
      });
    }
    return distance;
  }
  // Dijkstra with a simple array-backed frontier: fine for the sizes a facilitator maps.
  const done = new Set<string>();
  const frontier = new Map<string, number>([[source, 0]]);
  while (frontier.size > 0) {
    let node = '';
    let best = Infinity;
    for (const [candidate, d] of frontier) {
      if (d < best) {
        best = d;
        node = candidate;
      }
    }
    frontier.delete(node);
    done.add(node);
    graph.forEachNeighbor(node, (neighbour, _attributes) => {
      if (done.has(neighbour)) return;
      const length = 1 / graph.getEdgeAttribute(node, neighbour, 'weight');
      const next = best + length;
      if (next < (distance.get(neighbour) ?? Infinity)) {
        distance.set(neighbour, next);
        frontier.set(neighbour, next);
      }
    });
  }
  return distance;
}

export interface PathStatistics {
  /** Closeness per actor, Wasserman–Faust variant (0 for isolates). */
  closeness: Map<string, number>;
  /** Mean distance over all pairs of actors that can reach each other. */
  averagePathLength: number;
  /** The longest such distance. */
  diameter: number;
}

/**
 * Closeness and path lengths in one pass over all sources. Closeness is the
 * Wasserman–Faust variant, correct for networks in several components:
 * C(i) = (r / (n − 1)) · (r / Σ d(i, j)), where r is the number of actors i
 * reaches; in a connected network it is the usual (n − 1) / Σ d(i, j).
 */
export function pathStatistics(graph: AnalysisGraph, mode: DistanceMode, shouldStop?: () => void): PathStatistics {
  const n = graph.order;
  const closeness = new Map<string, number>();
  let total = 0;
  let pairs = 0;
  let diameter = 0;
  graph.forEachNode((node) => {
    shouldStop?.();
    const distance = distancesFrom(graph, node, mode);
    let sum = 0;
    for (const d of distance.values()) {
      sum += d;
      if (d > diameter) diameter = d;
    }
    const reached = distance.size - 1;
    closeness.set(node, reached > 0 && n > 1 ? (reached / (n - 1)) * (reached / sum) : 0);
    total += sum;
    pairs += reached;
  });
  return { closeness, averagePathLength: pairs > 0 ? total / pairs : 0, diameter };
}
