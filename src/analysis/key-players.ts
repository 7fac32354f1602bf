/**
 * Key players (Borgatti's KPP-Neg): the k actors whose removal fragments the
 * network most, found greedily (remove the actor that raises fragmentation
 * most, then the next …).
 *
 * Fragmentation F = 1 − Σ_k s_k (s_k − 1) / (n (n − 1)), over the components
 * k of sizes s_k of the n actors that remain: 0 when everyone can reach
 * everyone, 1 when nobody can reach anybody.
 *
 * Every eligible actor is tried at each step, each in constant time after
 * one depth-first search (`cuts`).
 */
import type { AnalysisGraph } from './analysis-graph';
import { toAdjacency, type Adjacency } from './adjacency';

/** Component sizes of the graph without the `removed` actors (indexes), by breadth-first search. */
function componentSizes(adjacency: Adjacency, removed: Uint8Array, seen: Uint8Array, queue: Int32Array): number[] {
  const { offsets, neighbours } = adjacency;
  seen.set(removed);
  const sizes: number[] = [];
  for (let start = 0; start < seen.length; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const node = queue[head++]!;
      for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
        const next = neighbours[k]!;
        if (!seen[next]) {
          seen[next] = 1;
          queue[tail++] = next;
        }
      }
    }
    sizes.push(tail);
  }
  return sizes;
}

function fragmentationOf(sizes: number[]): number {
  const n = sizes.reduce((a, b) => a + b, 0);
  if (n < 2) return 0;
  return 1 - sizes.reduce((sum, s) => sum + s * (s - 1), 0) / (n * (n - 1));
}

/** Fragmentation of the whole network (or without the `removed` actors). */
export function fragmentation(graph: AnalysisGraph, removed: ReadonlySet<string> = new Set()): number {
  const adjacency = toAdjacency(graph);
  const n = adjacency.ids.length;
  const mask = new Uint8Array(n);
  adjacency.ids.forEach((id, i) => {
    if (removed.has(id)) mask[i] = 1;
  });
  return fragmentationOf(componentSizes(adjacency, mask, new Uint8Array(n), new Int32Array(n)));
}

export interface KeyPlayers {
  /** In the order they were picked. */
  actors: string[];
  before: { fragmentation: number; components: number };
  after: { fragmentation: number; components: number };
  /** Fragmentation and components after each removal. */
  steps: { actor: string; fragmentation: number; components: number }[];
  /** How many actors were tried at each step (every eligible actor). */
  candidates: number;
}

/**
 * What removing each actor would leave, from one depth-first search
 * (Hopcroft–Tarjan): an actor splits off each child subtree that has no tie
 * back above it, and the rest of its component stays together. So every
 * candidate is weighed exactly, in time proportional to the ties.
 */
interface Cuts {
  /** Sum of s (s − 1) over the components of the remaining actors. */
  pairs: number;
  components: number;
  /** Size of the component each actor is in. */
  componentSize: Int32Array;
  /** Per actor: how many actors and pieces its removal splits off, and their Σ s (s − 1). */
  splitSize: Int32Array;
  splitCount: Int32Array;
  splitPairs: Float64Array;
}

function cuts(adjacency: Adjacency, removed: Uint8Array): Cuts {
  const { offsets, neighbours } = adjacency;
  const n = offsets.length - 1;
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const stack = new Int32Array(n);
  const rootOf = new Int32Array(n);
  const componentSize = new Int32Array(n);
  const splitSize = new Int32Array(n);
  const splitCount = new Int32Array(n);
  const splitPairs = new Float64Array(n);
  let time = 0;
  let pairs = 0;
  let components = 0;
  for (let root = 0; root < n; root++) {
    if (removed[root] || discovered[root] !== -1) continue;
    let top = 0;
    stack[top++] = root;
    discovered[root] = low[root] = time++;
    size[root] = 1;
    next[root] = offsets[root]!;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (next[v]! < offsets[v + 1]!) {
        const w = neighbours[next[v]!++]!;
        if (removed[w]) continue;
        if (discovered[w] === -1) {
          parent[w] = v;
          discovered[w] = low[w] = time++;
          size[w] = 1;
          next[w] = offsets[w]!;
          stack[top++] = w;
        } else if (w !== parent[v] && discovered[w]! < low[v]!) low[v] = discovered[w]!;
        continue;
      }
      top--;
      rootOf[v] = root;
      const p = parent[v]!;
      if (p < 0) continue;
      size[p]! += size[v]!;
      if (low[v]! < low[p]!) low[p] = low[v]!;
      // No tie from v's subtree reaches above p: removing p splits it off.
      if (low[v]! >= discovered[p]!) {
        splitSize[p]! += size[v]!;
        splitCount[p]!++;
        splitPairs[p]! += size[v]! * (size[v]! - 1);
      }
    }
    pairs += size[root]! * (size[root]! - 1);
    components++;
  }
  for (let v = 0; v < n; v++) if (!removed[v]) componentSize[v] = size[rootOf[v]!]!;
  return { pairs, components, componentSize, splitSize, splitCount, splitPairs };
}

/**
 * `eligible` says which actors may be picked (all by default); the others
 * stay in the network, so fragmentation is always that of the whole network.
 */
export function keyPlayers(
  graph: AnalysisGraph,
  k: number,
  shouldStop?: () => void,
  eligible: (id: string) => boolean = () => true,
): KeyPlayers {
  const adjacency = toAdjacency(graph);
  const n = adjacency.ids.length;
  const removed = new Uint8Array(n);
  const pool = Array.from({ length: n }, (_, i) => i).filter((i) => eligible(adjacency.ids[i]!));
  const fragmentationFrom = (pairs: number, remaining: number) => (remaining < 2 ? 0 : 1 - pairs / (remaining * (remaining - 1)));
  const first = cuts(adjacency, removed);
  const before = { fragmentation: fragmentationFrom(first.pairs, n), components: first.components };
  const steps: KeyPlayers['steps'] = [];
  let current = first;
  for (let round = 0; round < Math.min(k, pool.length); round++) {
    shouldStop?.();
    const remaining = n - round - 1;
    let best = -1;
    let bestF = -1;
    let bestComponents = 0;
    for (const v of pool) {
      if (removed[v]) continue;
      const s = current.componentSize[v]!;
      const rest = s - 1 - current.splitSize[v]!;
      const pairs = current.pairs - s * (s - 1) + current.splitPairs[v]! + rest * (rest - 1);
      const f = fragmentationFrom(pairs, remaining);
      // Ties go to the actor that comes first, so results repeat.
      if (f > bestF + 1e-12) {
        best = v;
        bestF = f;
        bestComponents = current.components - 1 + current.splitCount[v]! + (rest > 0 ? 1 : 0);
      }
    }
    if (best < 0) break;
    removed[best] = 1;
    steps.push({ actor: adjacency.ids[best]!, fragmentation: bestF, components: bestComponents });
    current = cuts(adjacency, removed);
  }
  const last = steps.at(-1);
  return {
    actors: steps.map((s) => s.actor),
    before,
    after: last ? { fragmentation: last.fragmentation, components: last.components } : before,
    steps,
    candidates: pool.length,
  };
}
