/**
 * Shortest-path distances: breadth-first search counting steps, or Dijkstra
 * where a stronger tie is a shorter step (length = 1 / weight). Used for
 * closeness and the average path length.
 */
import type { AnalysisGraph } from './analysis-graph';
import { toAdjacency, type Adjacency } from './adjacency';
import { MinHeap } from './min-heap';
import { mulberry32 } from './random';
import { EXACT_PATHS_LIMIT, PATH_PIVOTS } from './metric-definitions';

export type DistanceMode = 'steps' | 'weighted';

/**
 * Distances from node `source` (an index). `distance` must hold Infinity for
 * every node on entry; on return it holds the distance of every node reached,
 * and `visited[0 .. count)` lists them (the source first), so the caller can
 * read and reset only those instead of the whole array.
 */
function distancesFromIndex(adjacency: Adjacency, source: number, mode: DistanceMode, distance: Float64Array, visited: Int32Array): number {
  const { offsets, neighbours, weights } = adjacency;
  distance[source] = 0;
  if (mode === 'steps') {
    let head = 0;
    let tail = 0;
    visited[tail++] = source;
    while (head < tail) {
      const node = visited[head++]!;
      const next = distance[node]! + 1;
      for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
        const other = neighbours[k]!;
        if (distance[other] === Infinity) {
          distance[other] = next;
          visited[tail++] = other;
        }
      }
    }
    return tail;
  }
  // Dijkstra over a binary heap of (distance, node).
  let count = 0;
  const heap = new MinHeap();
  heap.push(0, source);
  const settled = new Set<number>();
  while (heap.size > 0) {
    const d = heap.peekKey();
    const node = heap.pop();
    if (d > distance[node]! || settled.has(node)) continue;
    settled.add(node);
    visited[count++] = node;
    for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
      const other = neighbours[k]!;
      const next = d + 1 / weights[k]!;
      if (next < distance[other]!) {
        distance[other] = next;
        heap.push(next, other);
      }
    }
  }
  return count;
}

export interface PathStatistics {
  /** Closeness per actor, Wasserman–Faust variant (0 for isolates). */
  closeness: Map<string, number>;
  /** Mean distance over all pairs of actors that can reach each other. */
  averagePathLength: number;
  /** The longest such distance (when estimated: the longest seen from the sampled sources). */
  diameter: number;
  /** Whether closeness and path lengths were estimated from sampled sources. */
  estimated: boolean;
}

export interface PathOptions {
  /** Above this many actors, components larger than `smallComponent` are estimated from pivots. */
  exactLimit?: number;
  /** How many sources are sampled in each large component. */
  pivots?: number;
  /** Components up to this size are always computed exactly. */
  smallComponent?: number;
  seed?: number;
}

export { EXACT_PATHS_LIMIT, PATH_PIVOTS };

/**
 * Closeness and path lengths. Closeness is the Wasserman–Faust variant,
 * correct for networks in several components:
 * C(i) = (r / (n − 1)) · (r / Σ d(i, j)), where r is the number of actors i
 * reaches; in a connected network it is the usual (n − 1) / Σ d(i, j).
 * Exact (one search from every actor) up to `exactLimit` actors; above, in
 * large components, Σ d(i, j) is estimated from searches from sampled
 * sources, scaled up (Eppstein & Wang), which distances being symmetric
 * makes a sample of i's own distances.
 */
export function pathStatistics(
  graph: AnalysisGraph,
  mode: DistanceMode,
  shouldStop?: () => void,
  options: PathOptions = {},
): PathStatistics {
  const { exactLimit = EXACT_PATHS_LIMIT, pivots = PATH_PIVOTS, smallComponent = 2000, seed = 1 } = options;
  const adjacency = toAdjacency(graph);
  const n = adjacency.ids.length;
  const distance = new Float64Array(n).fill(Infinity);
  const visited = new Int32Array(n);
  const closeness = new Map<string, number>();
  let total = 0;
  let pairs = 0;
  let diameter = 0;
  const wassermanFaust = (reached: number, sum: number) => (reached > 0 && n > 1 && sum > 0 ? (reached / (n - 1)) * (reached / sum) : 0);

  /** One search from `i`: its exact closeness, and its distances added to the totals. */
  const exact = (i: number) => {
    const count = distancesFromIndex(adjacency, i, mode, distance, visited);
    let sum = 0;
    for (let k = 0; k < count; k++) {
      const j = visited[k]!;
      sum += distance[j]!;
      if (distance[j]! > diameter) diameter = distance[j]!;
      distance[j] = Infinity;
    }
    closeness.set(adjacency.ids[i]!, wassermanFaust(count - 1, sum));
    total += sum;
    pairs += count - 1;
  };

  if (n <= exactLimit) {
    for (let i = 0; i < n; i++) {
      if (i % 64 === 0) shouldStop?.();
      exact(i);
    }
    return { closeness, averagePathLength: pairs > 0 ? total / pairs : 0, diameter, estimated: false };
  }

  // Large networks: components first; small ones exactly, large ones from pivots.
  const component = new Int32Array(n).fill(-1);
  const members: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (component[i] !== -1) continue;
    const count = distancesFromIndex(adjacency, i, 'steps', distance, visited);
    const list: number[] = [];
    for (let k = 0; k < count; k++) {
      component[visited[k]!] = members.length;
      distance[visited[k]!] = Infinity;
      list.push(visited[k]!);
    }
    members.push(list);
  }
  const random = mulberry32(seed);
  let estimated = false;
  for (const list of members) {
    if (list.length <= smallComponent) {
      list.forEach((i, k) => {
        if (k % 64 === 0) shouldStop?.();
        exact(i);
      });
      continue;
    }
    estimated = true;
    const c = list.length;
    const sample = [...list];
    for (let k = sample.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [sample[k], sample[j]] = [sample[j]!, sample[k]!];
    }
    const sources = sample.slice(0, Math.min(pivots, c));
    const sums = new Float64Array(n);
    const isSource = new Uint8Array(n);
    let sampledTotal = 0;
    sources.forEach((p, k) => {
      if (k % 16 === 0) shouldStop?.();
      isSource[p] = 1;
      const count = distancesFromIndex(adjacency, p, mode, distance, visited);
      for (let q = 0; q < count; q++) {
        const j = visited[q]!;
        sums[j]! += distance[j]!;
        sampledTotal += distance[j]!;
        if (distance[j]! > diameter) diameter = distance[j]!;
        distance[j] = Infinity;
      }
    });
    for (const i of list) {
      // i's distances to the sources other than itself stand for its distances to all c − 1 others.
      const samples = sources.length - (isSource[i] ? 1 : 0);
      const estimate = samples > 0 ? (sums[i]! * (c - 1)) / samples : 0;
      closeness.set(adjacency.ids[i]!, wassermanFaust(c - 1, estimate));
    }
    total += (sampledTotal / sources.length) * c;
    pairs += c * (c - 1);
  }
  return { closeness, averagePathLength: pairs > 0 ? total / pairs : 0, diameter, estimated };
}
