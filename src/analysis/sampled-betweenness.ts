/**
 * Betweenness for large networks: Brandes' algorithm from a sample of source
 * actors (pivots), scaled up by n / pivots (Brandes & Pich 2007). With every
 * actor as a pivot it is exact. Unweighted (steps) or weighted (a tie of
 * strength s is 1/s long), normalised like the exact measure by
 * 2 / ((n − 1)(n − 2)).
 */
import type { Adjacency } from './adjacency';
import { MinHeap } from './min-heap';
import { mulberry32 } from './random';

export function sampledBetweenness(
  adjacency: Adjacency,
  pivots: number,
  weighted: boolean,
  seed = 1,
  shouldStop?: () => void,
): Map<string, number> {
  const { ids, offsets, neighbours, weights } = adjacency;
  const n = ids.length;
  const centrality = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i);
  // A seeded shuffle picks the pivots, so a run repeats.
  const random = mulberry32(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const sources = order.slice(0, Math.min(pivots, n));
  const sigma = new Float64Array(n);
  const distance = new Float64Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const predecessors: number[][] = Array.from({ length: n }, () => []);
  for (const [count, s] of sources.entries()) {
    if (count % 32 === 0) shouldStop?.();
    sigma.fill(0);
    distance.fill(Infinity);
    delta.fill(0);
    for (const list of predecessors) list.length = 0;
    sigma[s] = 1;
    distance[s] = 0;
    let top = 0;
    if (!weighted) {
      const queue = new Int32Array(n);
      let head = 0;
      let tail = 0;
      queue[tail++] = s;
      while (head < tail) {
        const v = queue[head++]!;
        stack[top++] = v;
        for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
          const w = neighbours[k]!;
          if (distance[w] === Infinity) {
            distance[w] = distance[v]! + 1;
            queue[tail++] = w;
          }
          if (distance[w] === distance[v]! + 1) {
            sigma[w]! += sigma[v]!;
            predecessors[w]!.push(v);
          }
        }
      }
    } else {
      // Dijkstra over a binary heap; equal lengths (within rounding) count as the same shortest path.
      const settled = new Uint8Array(n);
      const heap = new MinHeap();
      heap.push(0, s);
      while (heap.size > 0) {
        const d0 = heap.peekKey();
        const v = heap.pop();
        if (settled[v] || d0 > distance[v]!) continue;
        settled[v] = 1;
        stack[top++] = v;
        for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
          const w = neighbours[k]!;
          const d = distance[v]! + 1 / weights[k]!;
          if (d < distance[w]! - 1e-12) {
            distance[w] = d;
            sigma[w] = sigma[v]!;
            predecessors[w] = [v];
            heap.push(d, w);
          } else if (Math.abs(d - distance[w]!) <= 1e-12) {
            sigma[w]! += sigma[v]!;
            predecessors[w]!.push(v);
          }
        }
      }
    }
    while (top > 0) {
      const w = stack[--top]!;
      for (const v of predecessors[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) centrality[w]! += delta[w]!;
    }
  }
  // Each unordered pair was counted from both ends when every actor is a source: halve, scale, normalise.
  const scale = (n / sources.length) * 0.5 * (n > 2 ? 2 / ((n - 1) * (n - 2)) : 0);
  return new Map(ids.map((id, i) => [id, centrality[i]! * scale]));
}
