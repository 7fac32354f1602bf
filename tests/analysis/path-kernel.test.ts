import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toAdjacency } from '../../src/analysis/adjacency';
import { toAnalysisGraph } from '../../src/analysis/analysis-graph';
import { exactBetweenness, mergePathParts, runPathPart, runPaths } from '../../src/analysis/path-kernel';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { singleSource } from 'graphology-shortest-path/dijkstra';
import { generateNetwork } from '../bench/generate';
import { small } from './fixtures';

describe('exact betweenness in typed arrays', () => {
  it('a path a–b–c–d: b and c each lie on 2 of the 3 pairs not involving them', () => {
    // Normalised by (n − 1)(n − 2) / 2 = 3: b is on a–c and a–d, c on a–d and b–d: 2/3 each.
    const path = toAnalysisGraph(small(['a', 'b', 'c', 'd'], ['a-b', 'b-c', 'c-d']));
    expect(Object.fromEntries(exactBetweenness(toAdjacency(path), false))).toEqual({ a: 0, b: 2 / 3, c: 2 / 3, d: 0 });
  });

  it('two shortest paths share a pair: on a square a–b–c–d–a, b and d each carry half of a–c', () => {
    // Each of the four actors lies on half of one pair's two paths: 0.5 / 3.
    const square = toAnalysisGraph(small(['a', 'b', 'c', 'd'], ['a-b', 'b-c', 'c-d', 'd-a']));
    for (const value of exactBetweenness(toAdjacency(square), false).values()) expect(value).toBeCloseTo(0.5 / 3, 12);
  });

  // Random networks, connected or not (isolated actors and separate pieces), steps and weighted distances,
  // against graphology-metrics' implementation.
  it('equals graphology-metrics to 1e-9 on random networks, unweighted and weighted (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 90 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.boolean(),
        (n, perActor, seed, weighted) => {
          const network = generateNetwork(n, perActor, seed);
          // Drop a few ties so some networks fall apart; strengths 1 and 2 keep path lengths exact in floating point.
          network.ties = network.ties.filter((_, i) => (i + seed) % 7 !== 0);
          network.ties.forEach((t, i) => (t.strength = 1 + ((i + seed) % 2)));
          const graph = toAnalysisGraph(network);
          const reference = betweennessCentrality(graph, { normalized: true, getEdgeWeight: weighted ? (_e, a) => 1 / a.weight : null });
          const ours = exactBetweenness(toAdjacency(graph), weighted);
          for (const [id, value] of ours) expect(Math.abs(value - reference[id]!), id).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** A random network, connected or not, with strengths 1 and 2 so path lengths stay exact in floating point. */
function randomNetwork(n: number, perActor: number, seed: number) {
  const network = generateNetwork(n, perActor, seed);
  network.ties = network.ties.filter((_, i) => (i + seed) % 7 !== 0);
  network.ties.forEach((t, i) => (t.strength = 1 + ((i + seed) % 2)));
  return network;
}

describe('closeness and path lengths from the same passes', () => {
  it('equals graphology-metrics (Wasserman–Faust) counting steps, and a Dijkstra of graphology-shortest-path when weighted (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 70 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.boolean(),
        (n, perActor, seed, weighted) => {
          const graph = toAnalysisGraph(randomNetwork(n, perActor, seed));
          const adjacency = toAdjacency(graph);
          const ours = runPaths(adjacency, { weighted, betweenness: false, closeness: true });
          adjacency.ids.forEach((id, i) => {
            let expected: number;
            if (!weighted) expected = closenessCentrality(graph, { wassermanFaust: true })[id]!;
            else {
              // Sum the lengths (1 / weight) of the shortest paths Dijkstra returns from id.
              const paths = singleSource(graph, id, (_e, a) => 1 / a.weight);
              let sum = 0;
              let reached = 0;
              for (const [target, path] of Object.entries(paths)) {
                if (target === id) continue;
                reached++;
                for (let k = 1; k < path.length; k++) sum += 1 / graph.getEdgeAttribute(path[k - 1]!, path[k]!, 'weight');
              }
              expected = reached > 0 && sum > 0 ? (reached / (n - 1)) * (reached / sum) : 0;
            }
            expect(Math.abs(ours.closeness![i]! - expected), id).toBeLessThan(1e-9);
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('a network split into parts adds up to the same figures as one pass over all sources (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.boolean(),
        (n, parts, seed, weighted) => {
          const adjacency = toAdjacency(toAnalysisGraph(randomNetwork(n, 2, seed)));
          const job = { weighted, betweenness: true, closeness: true };
          const whole = runPaths(adjacency, job);
          const split = mergePathParts(
            n,
            job,
            Array.from({ length: parts }, (_, part) => runPathPart(adjacency, { ...job, part, parts })),
          );
          for (let i = 0; i < n; i++) {
            expect(Math.abs(split.betweenness![i]! - whole.betweenness![i]!)).toBeLessThan(1e-9);
            expect(split.closeness![i]).toBe(whole.closeness![i]);
          }
          expect(split.averagePathLength).toBeCloseTo(whole.averagePathLength, 12);
          expect(split.diameter).toBe(whole.diameter);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('path lengths of a–b–c plus an isolate d: mean 4/3 over the three linked pairs, longest 2', () => {
    // Pairs that reach each other: a–b 1, b–c 1, a–c 2 (each counted from both ends: 8 / 6); d reaches nobody.
    const adjacency = toAdjacency(toAnalysisGraph(small(['a', 'b', 'c', 'd'], ['a-b', 'b-c'])));
    const outcome = runPaths(adjacency, { weighted: false, betweenness: false, closeness: true });
    expect(outcome.averagePathLength).toBeCloseTo(4 / 3, 12);
    expect(outcome.diameter).toBe(2);
    // d is an isolate: closeness 0. a reaches 2 of 3 others at total distance 3: (2/3)·(2/3) = 4/9.
    expect(outcome.closeness![3]).toBe(0);
    expect(outcome.closeness![0]).toBeCloseTo(4 / 9, 12);
  });
});

describe('estimates are labelled', () => {
  it('a small network is exact; an estimated figure says so in the result and in the exported table', async () => {
    const { analyze } = await import('../../src/analysis/analyze');
    const { analysisTables } = await import('../../src/io/analysis-export');
    const network = small(['a', 'b', 'c'], ['a-b', 'b-c']);
    const result = analyze(network);
    expect(result.estimates).toEqual({ betweenness: null, paths: null });
    expect(analysisTables(result, network, 'es').actors.headers.join('|')).not.toContain('estimación');
    // As a 20,000-actor run reports it: betweenness and closeness from 500 sources.
    const estimated = { ...result, estimates: { betweenness: 500, paths: 500 } };
    const headers = analysisTables(estimated, network, 'es').actors.headers;
    expect(headers.filter((h) => h.includes('(estimación, 500 fuentes)'))).toHaveLength(2);
    expect(analysisTables(estimated, network, 'en').actors.headers.filter((h) => h.includes('(estimate, 500 sources)'))).toHaveLength(2);
  });
});
