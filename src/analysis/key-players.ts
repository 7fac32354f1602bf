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

/** Component sizes of the graph without the `removed` actors. */
function componentSizes(graph: AnalysisGraph, removed: ReadonlySet<string>): number[] {
  const seen = new Set<string>(removed);
  const sizes: number[] = [];
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    seen.add(start);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      graph.forEachNeighbor(queue[i]!, (next) => {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      });
    }
    sizes.push(queue.length);
  });
  return sizes;
}

function fragmentationOf(sizes: number[]): number {
  const n = sizes.reduce((a, b) => a + b, 0);
  if (n < 2) return 0;
  return 1 - sizes.reduce((sum, s) => sum + s * (s - 1), 0) / (n * (n - 1));
}

/** Fragmentation of the whole network (or without the `removed` actors). */
export function fragmentation(graph: AnalysisGraph, removed: ReadonlySet<string> = new Set()): number {
  return fragmentationOf(componentSizes(graph, removed));
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

export function keyPlayers(graph: AnalysisGraph, k: number, shouldStop?: () => void, candidateLimit = 400): KeyPlayers {
  const removed = new Set<string>();
  const sizes = componentSizes(graph, removed);
  const before = { fragmentation: fragmentationOf(sizes), components: sizes.length };
  const order = graph.nodes();
  const pool =
    order.length > candidateLimit
      ? [...order].sort((a, b) => graph.degree(b) - graph.degree(a) || order.indexOf(a) - order.indexOf(b)).slice(0, candidateLimit)
      : order;
  const steps: KeyPlayers['steps'] = [];
  for (let round = 0; round < Math.min(k, graph.order); round++) {
    let best: string | null = null;
    let bestSizes: number[] = [];
    let bestF = -1;
    for (const node of pool) {
      if (removed.has(node)) continue;
      shouldStop?.();
      removed.add(node);
      const trial = componentSizes(graph, removed);
      removed.delete(node);
      const f = fragmentationOf(trial);
      // Ties go to the actor that comes first, so results repeat.
      if (f > bestF + 1e-12) {
        best = node;
        bestF = f;
        bestSizes = trial;
      }
    }
    if (best === null) break;
    removed.add(best);
    steps.push({ actor: best, fragmentation: bestF, components: bestSizes.length });
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
