/**
 * Exact betweenness (Brandes) over the compact adjacency, in typed arrays:
 * one shortest-path pass from every actor, breadth-first when distances are
 * steps, Dijkstra when a tie of strength s is 1/s long. No predecessor lists:
 * the accumulation walks back over neighbours one step closer to the source,
 * and only the actors reached are reset between passes. Undirected,
 * normalised by 2 / ((n − 1)(n − 2)) like graphology's `normalized`.
 */
import type { Adjacency } from './adjacency';
import { MinHeap } from './min-heap';

/** Two path lengths this close are the same length (weights are sums of small integers, lengths their inverses). */
const EPSILON = 1e-12;

export function exactBetweenness(adjacency: Adjacency, weighted: boolean, shouldStop?: () => void): Map<string, number> {
  if (!weighted) return unweightedBetweenness(adjacency, shouldStop);
  const { ids, offsets, neighbours, weights } = adjacency;
  const n = ids.length;
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Float64Array(n).fill(Infinity);
  const delta = new Float64Array(n);
  /** Actors in the order they were settled (non-decreasing distance). */
  const order = new Int32Array(n);
  const settled = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    if ((s & 63) === 0) shouldStop?.();
    let count = 0;
    sigma[s] = 1;
    distance[s] = 0;
    if (!weighted) {
      // The order array doubles as the breadth-first queue.
      order[count++] = s;
      for (let head = 0; head < count; head++) {
        const v = order[head]!;
        const next = distance[v]! + 1;
        for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
          const w = neighbours[k]!;
          if (distance[w] === Infinity) {
            distance[w] = next;
            order[count++] = w;
          }
          if (distance[w] === next) sigma[w]! += sigma[v]!;
        }
      }
    } else {
      const heap = new MinHeap();
      heap.push(0, s);
      while (heap.size > 0) {
        const [d, v] = heap.pop();
        if (settled[v] || d > distance[v]! + EPSILON) continue;
        settled[v] = 1;
        order[count++] = v;
        for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
          const w = neighbours[k]!;
          if (settled[w]) continue;
          const length = distance[v]! + 1 / weights[k]!;
          if (length < distance[w]! - EPSILON) {
            distance[w] = length;
            sigma[w] = sigma[v]!;
            heap.push(length, w);
          } else if (Math.abs(length - distance[w]!) <= EPSILON) {
            sigma[w]! += sigma[v]!;
          }
        }
      }
    }
    // Back from the farthest: each actor passes its dependency to the neighbours one shortest step nearer the source.
    for (let i = count - 1; i > 0; i--) {
      const w = order[i]!;
      const share = (1 + delta[w]!) / sigma[w]!;
      for (let k = offsets[w]!; k < offsets[w + 1]!; k++) {
        const v = neighbours[k]!;
        const before = weighted ? Math.abs(distance[v]! + 1 / weights[k]! - distance[w]!) <= EPSILON : distance[v] === distance[w]! - 1;
        if (before) delta[v]! += sigma[v]! * share;
      }
      centrality[w]! += delta[w]!;
    }
    for (let i = 0; i < count; i++) {
      const v = order[i]!;
      sigma[v] = 0;
      distance[v] = Infinity;
      delta[v] = 0;
      settled[v] = 0;
    }
  }
  // Every unordered pair was counted from both ends: halve, then normalise.
  const scale = n > 2 ? 0.5 * (2 / ((n - 1) * (n - 2))) : 0;
  return new Map(ids.map((id, i) => [id, centrality[i]! * scale]));
}

/** The breadth-first case, with whole-number distances (−1: not reached) and nothing else per pass. */
function unweightedBetweenness(adjacency: Adjacency, shouldStop?: () => void): Map<string, number> {
  const { ids, offsets, neighbours } = adjacency;
  const n = ids.length;
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if ((s & 63) === 0) shouldStop?.();
    let count = 0;
    sigma[s] = 1;
    distance[s] = 0;
    order[count++] = s;
    for (let head = 0; head < count; head++) {
      const v = order[head]!;
      const next = distance[v]! + 1;
      const sv = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let k = offsets[v]!; k < end; k++) {
        const w = neighbours[k]!;
        const dw = distance[w]!;
        if (dw < 0) {
          distance[w] = next;
          order[count++] = w;
          sigma[w] = sv;
        } else if (dw === next) sigma[w]! += sv;
      }
    }
    for (let i = count - 1; i > 0; i--) {
      const w = order[i]!;
      const share = (1 + delta[w]!) / sigma[w]!;
      const previous = distance[w]! - 1;
      const end = offsets[w + 1]!;
      for (let k = offsets[w]!; k < end; k++) {
        const v = neighbours[k]!;
        if (distance[v] === previous) delta[v]! += sigma[v]! * share;
      }
      centrality[w]! += delta[w]!;
    }
    for (let i = 0; i < count; i++) {
      const v = order[i]!;
      sigma[v] = 0;
      distance[v] = -1;
      delta[v] = 0;
    }
  }
  const scale = n > 2 ? 0.5 * (2 / ((n - 1) * (n - 2))) : 0;
  return new Map(ids.map((id, i) => [id, centrality[i]! * scale]));
}
