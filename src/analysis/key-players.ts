/**
 * Key players (Borgatti's KPP-Neg): the k actors whose removal fragments the
 * network most, found greedily (remove the actor that raises fragmentation
 * most, then the next …).
 *
 * Fragmentation F = 1 − Σ_k s_k (s_k − 1) / (n (n − 1)), over the components
 * k of sizes s_k of the n actors that remain: 0 when everyone can reach
 * everyone, 1 when nobody can reach anybody.
 *
 * In networks of more than `candidateLimit` actors, only the best-connected
 * `candidateLimit` actors are tried at each step (an actor with few ties
 * rarely fragments a large network); the result says so.
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
  /** How many actors were tried at each step (all, or the best-connected when the network is large). */
  candidates: number;
}

/**
 * `eligible` says which actors may be picked (all by default); the others
 * stay in the network, so fragmentation is always that of the whole network.
 */
export function keyPlayers(
  graph: AnalysisGraph,
  k: number,
  shouldStop?: () => void,
  candidateLimit = 400,
  eligible: (id: string) => boolean = () => true,
): KeyPlayers {
  const adjacency = toAdjacency(graph);
  const n = adjacency.ids.length;
  const removed = new Uint8Array(n);
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  const sizes = componentSizes(adjacency, removed, seen, queue);
  const before = { fragmentation: fragmentationOf(sizes), components: sizes.length };
  const degree = (i: number) => adjacency.offsets[i + 1]! - adjacency.offsets[i]!;
  const all = Array.from({ length: n }, (_, i) => i).filter((i) => eligible(adjacency.ids[i]!));
  const pool = n > candidateLimit ? [...all].sort((a, b) => degree(b) - degree(a) || a - b).slice(0, candidateLimit) : all;
  const steps: KeyPlayers['steps'] = [];
  for (let round = 0; round < Math.min(k, pool.length); round++) {
    let best = -1;
    let bestSizes: number[] = [];
    let bestF = -1;
    for (const node of pool) {
      if (removed[node]) continue;
      shouldStop?.();
      removed[node] = 1;
      const trial = componentSizes(adjacency, removed, seen, queue);
      removed[node] = 0;
      const f = fragmentationOf(trial);
      // Ties go to the actor that comes first, so results repeat.
      if (f > bestF + 1e-12) {
        best = node;
        bestF = f;
        bestSizes = trial;
      }
    }
    if (best < 0) break;
    removed[best] = 1;
    steps.push({ actor: adjacency.ids[best]!, fragmentation: bestF, components: bestSizes.length });
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
