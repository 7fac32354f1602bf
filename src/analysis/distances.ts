/**
 * Shortest-path distances: breadth-first search counting steps, or Dijkstra
 * where a stronger tie is a shorter step (length = 1 / weight). Used for
 * closeness and the average path length.
 */
import type { AnalysisGraph } from './analysis-graph';
import { toAdjacency, type Adjacency } from './adjacency';

export type DistanceMode = 'steps' | 'weighted';

/** Distances from node `source` (an index) to every node; Infinity where it cannot reach. */
function distancesFromIndex(adjacency: Adjacency, source: number, mode: DistanceMode, distance: Float64Array, queue: Int32Array): void {
  const { offsets, neighbours, weights } = adjacency;
  distance.fill(Infinity);
  distance[source] = 0;
  if (mode === 'steps') {
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    while (head < tail) {
      const node = queue[head++]!;
      const next = distance[node]! + 1;
      for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
        const other = neighbours[k]!;
        if (distance[other] === Infinity) {
          distance[other] = next;
          queue[tail++] = other;
        }
      }
    }
    return;
  }
  // Dijkstra with a binary heap of (distance, node).
  const heap: [number, number][] = [[0, source]];
  const push = (item: [number, number]) => {
    heap.push(item);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (heap[parent]![0] <= heap[i]![0]) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let smallest = i;
        if (l < heap.length && heap[l]![0] < heap[smallest]![0]) smallest = l;
        if (r < heap.length && heap[r]![0] < heap[smallest]![0]) smallest = r;
        if (smallest === i) break;
        [heap[smallest], heap[i]] = [heap[i]!, heap[smallest]!];
        i = smallest;
      }
    }
    return top;
  };
  while (heap.length > 0) {
    const [d, node] = pop();
    if (d > distance[node]!) continue;
    for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
      const other = neighbours[k]!;
      const next = d + 1 / weights[k]!;
      if (next < distance[other]!) {
        distance[other] = next;
        push([next, other]);
      }
    }
  }
}

/** Distances from `source` to every actor it can reach (itself included, at 0). */
export function distancesFrom(graph: AnalysisGraph, source: string, mode: DistanceMode): Map<string, number> {
  const adjacency = toAdjacency(graph);
  const n = adjacency.ids.length;
  const distance = new Float64Array(n);
  distancesFromIndex(adjacency, adjacency.ids.indexOf(source), mode, distance, new Int32Array(n));
  const result = new Map<string, number>();
  distance.forEach((d, i) => {
    if (d !== Infinity) result.set(adjacency.ids[i]!, d);
  });
  return result;
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
  const adjacency = toAdjacency(graph);
  const n = adjacency.ids.length;
  const distance = new Float64Array(n);
  const queue = new Int32Array(n);
  const closeness = new Map<string, number>();
  let total = 0;
  let pairs = 0;
  let diameter = 0;
  for (let i = 0; i < n; i++) {
    if (i % 64 === 0) shouldStop?.();
    distancesFromIndex(adjacency, i, mode, distance, queue);
    let sum = 0;
    let reached = 0;
    for (let j = 0; j < n; j++) {
      const d = distance[j]!;
      if (d === Infinity || j === i) continue;
      sum += d;
      reached++;
      if (d > diameter) diameter = d;
    }
    closeness.set(adjacency.ids[i]!, reached > 0 && n > 1 ? (reached / (n - 1)) * (reached / sum) : 0);
    total += sum;
    pairs += reached;
  }
  return { closeness, averagePathLength: pairs > 0 ? total / pairs : 0, diameter };
}
