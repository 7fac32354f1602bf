/**
 * The shortest-path passes behind betweenness, closeness and path lengths,
 * in typed arrays over the compact adjacency (CSR). One pass per source:
 * breadth-first when distances count steps, Dijkstra when a tie of strength
 * s is 1/s long. A pass counts shortest paths (σ), accumulates Brandes'
 * dependencies back from the farthest actor (no predecessor lists: it walks
 * the neighbours one shortest step nearer the source), and sums the
 * source's distances for closeness. Only the actors a pass reached are reset.
 *
 * The passes are independent, so a run can be split: each part takes every
 * k-th source (interleaved, so parts get alike work) and the parts' sums add
 * up to the whole (`mergePathParts`). Workers run parts in parallel
 * (`parallel-paths.ts`); the CLI and the tests run one part of all sources.
 */
import type { Adjacency } from './adjacency';
import { MinHeap } from './min-heap';

/** The arrays of an adjacency, without the ids: what a worker receives. */
export type Csr = Pick<Adjacency, 'offsets' | 'neighbours' | 'weights'>;

/** Two path lengths this close are the same length (weights are sums of small integers, lengths their inverses). */
const EPSILON = 1e-12;

export interface PathJob {
  /** Distances weighted (1 / tie weight) rather than counted in steps. */
  weighted: boolean;
  betweenness: boolean;
  closeness: boolean;
  /** This part takes the sources s with s % parts === part. */
  part: number;
  parts: number;
}

/** What one part found: sums over its sources only. */
export interface PathPart {
  part: number;
  parts: number;
  /** Brandes dependencies summed over this part's sources (raw: each pair counted from both ends). */
  betweenness: Float64Array | null;
  /** Sum of distances from each of this part's sources (index: source / parts, floored), in the job's distances. */
  distanceSum: Float64Array;
  /** How many actors each of this part's sources reaches, itself excluded. */
  reached: Int32Array;
  /** Sum and longest of the step distances between the pairs reached, for the average path length and the diameter. */
  stepTotal: number;
  stepPairs: number;
  stepDiameter: number;
}

export interface PathOutcome {
  /** Normalised betweenness per actor index (2 / ((n − 1)(n − 2)), like graphology's `normalized`); null if not asked. */
  betweenness: Float64Array | null;
  /** Wasserman–Faust closeness per actor index; null if not asked. */
  closeness: Float64Array | null;
  averagePathLength: number;
  diameter: number;
}

export class PathsCancelled extends Error {
  constructor() {
    super('paths: cancelled');
  }
}

/**
 * Runs one part of the passes. `onProgress(done)` is called every few
 * sources with how many of this part's sources are done; `shouldStop` may
 * throw to cancel.
 */
export function runPathPart(csr: Csr, job: PathJob, onProgress?: (done: number) => void, shouldStop?: () => void): PathPart {
  const { offsets, neighbours, weights } = csr;
  const n = offsets.length - 1;
  const { weighted, part, parts } = job;
  const count = part < n ? Math.ceil((n - part) / parts) : 0;
  const centrality = job.betweenness ? new Float64Array(n) : null;
  const distanceSum = new Float64Array(count);
  const reachedOf = new Int32Array(count);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const steps = new Int32Array(n).fill(-1);
  const length = weighted ? new Float64Array(n).fill(Infinity) : null;
  const settled = weighted ? new Uint8Array(n) : null;
  const heap = weighted ? new MinHeap(neighbours.length + 1) : null;
  /** Each tie's length when distances are weighted: 1 / weight. */
  const span = weighted ? weights.map((w) => 1 / w) : null;
  let stepTotal = 0;
  let stepPairs = 0;
  let stepDiameter = 0;
  const every = Math.max(1, Math.min(256, Math.floor(count / 100)));

  for (let index = 0, s = part; s < n; index++, s += parts) {
    if (index % every === 0) {
      shouldStop?.();
      onProgress?.(index);
    }
    let reached = 0;
    let sum = 0;
    // Step distances: a breadth-first pass (with σ when betweenness is on steps). The order array is the queue.
    steps[s] = 0;
    order[reached++] = s;
    const countPaths = centrality !== null && !weighted;
    if (countPaths) sigma[s] = 1;
    for (let head = 0; head < reached; head++) {
      const v = order[head]!;
      const next = steps[v]! + 1;
      const sv = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let k = offsets[v]!; k < end; k++) {
        const w = neighbours[k]!;
        const dw = steps[w]!;
        if (dw < 0) {
          steps[w] = next;
          order[reached++] = w;
          sum += next;
          if (countPaths) sigma[w] = sv;
        } else if (countPaths && dw === next) sigma[w]! += sv;
      }
    }
    const farthest = steps[order[reached - 1]!]!;
    if (farthest > stepDiameter) stepDiameter = farthest;
    stepTotal += sum;
    stepPairs += reached - 1;

    if (!weighted) {
      if (centrality) {
        for (let i = reached - 1; i > 0; i--) {
          const w = order[i]!;
          const share = (1 + delta[w]!) / sigma[w]!;
          const previous = steps[w]! - 1;
          const end = offsets[w + 1]!;
          for (let k = offsets[w]!; k < end; k++) {
            const v = neighbours[k]!;
            if (steps[v] === previous) delta[v]! += sigma[v]! * share;
          }
          centrality[w]! += delta[w]!;
        }
      }
      for (let i = 0; i < reached; i++) {
        const v = order[i]!;
        steps[v] = -1;
        sigma[v] = 0;
        delta[v] = 0;
      }
    } else {
      // The same actors again, settled by Dijkstra in order of weighted length.
      for (let i = 0; i < reached; i++) steps[order[i]!] = -1;
      sum = 0;
      let settledCount = 0;
      length![s] = 0;
      sigma[s] = 1;
      heap!.push(0, s);
      while (heap!.size > 0) {
        const d = heap!.peekKey();
        const v = heap!.pop();
        if (settled![v] || d > length![v]! + EPSILON) continue;
        settled![v] = 1;
        order[settledCount++] = v;
        sum += d;
        const end = offsets[v + 1]!;
        for (let k = offsets[v]!; k < end; k++) {
          const w = neighbours[k]!;
          if (settled![w]) continue;
          const through = d + span![k]!;
          const known = length![w]!;
          if (through < known - EPSILON) {
            length![w] = through;
            sigma[w] = sigma[v]!;
            heap!.push(through, w);
          } else if (Math.abs(through - known) <= EPSILON) {
            sigma[w]! += sigma[v]!;
          }
        }
      }
      if (centrality) {
        for (let i = settledCount - 1; i > 0; i--) {
          const w = order[i]!;
          const share = (1 + delta[w]!) / sigma[w]!;
          const end = offsets[w + 1]!;
          for (let k = offsets[w]!; k < end; k++) {
            const v = neighbours[k]!;
            if (Math.abs(length![v]! + span![k]! - length![w]!) <= EPSILON) delta[v]! += sigma[v]! * share;
          }
          centrality[w]! += delta[w]!;
        }
      }
      for (let i = 0; i < settledCount; i++) {
        const v = order[i]!;
        length![v] = Infinity;
        settled![v] = 0;
        sigma[v] = 0;
        delta[v] = 0;
      }
    }
    distanceSum[index] = sum;
    reachedOf[index] = reached - 1;
  }
  onProgress?.(count);
  return { part, parts, betweenness: centrality, distanceSum, reached: reachedOf, stepTotal, stepPairs, stepDiameter };
}

/** Adds up the parts of one run (every part 0 .. parts − 1 once) into the measures per actor index. */
export function mergePathParts(n: number, job: Pick<PathJob, 'betweenness' | 'closeness'>, parts: readonly PathPart[]): PathOutcome {
  const raw = job.betweenness ? new Float64Array(n) : null;
  const closeness = job.closeness ? new Float64Array(n) : null;
  let total = 0;
  let pairs = 0;
  let diameter = 0;
  for (const p of parts) {
    if (raw && p.betweenness) for (let i = 0; i < n; i++) raw[i]! += p.betweenness[i]!;
    if (closeness) {
      for (let index = 0, s = p.part; s < n; index++, s += p.parts)
        closeness[s] = wassermanFaust(n, p.reached[index]!, p.distanceSum[index]!);
    }
    total += p.stepTotal;
    pairs += p.stepPairs;
    diameter = Math.max(diameter, p.stepDiameter);
  }
  if (raw) {
    // Every unordered pair was counted from both ends: halve, then normalise.
    const scale = n > 2 ? 0.5 * (2 / ((n - 1) * (n - 2))) : 0;
    for (let i = 0; i < n; i++) raw[i]! *= scale;
  }
  return { betweenness: raw, closeness, averagePathLength: pairs > 0 ? total / pairs : 0, diameter };
}

/**
 * Closeness for networks in several components (Wasserman & Faust):
 * (r / (n − 1)) · (r / Σ d), r = actors reached; 0 for isolates.
 */
export function wassermanFaust(n: number, reached: number, sum: number): number {
  return reached > 0 && n > 1 && sum > 0 ? (reached / (n - 1)) * (reached / sum) : 0;
}

/** All passes in this thread, as one part. */
export function runPaths(csr: Csr, job: Omit<PathJob, 'part' | 'parts'>, shouldStop?: () => void): PathOutcome {
  const full = { ...job, part: 0, parts: 1 };
  return mergePathParts(csr.offsets.length - 1, job, [runPathPart(csr, full, undefined, shouldStop)]);
}

/** Exact betweenness by actor id, in this thread. */
export function exactBetweenness(adjacency: Adjacency, weighted: boolean, shouldStop?: () => void): Map<string, number> {
  const { betweenness } = runPaths(adjacency, { weighted, betweenness: true, closeness: false }, shouldStop);
  return new Map(adjacency.ids.map((id, i) => [id, betweenness![i]!]));
}
