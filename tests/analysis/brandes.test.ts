import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toAdjacency } from '../../src/analysis/adjacency';
import { toAnalysisGraph } from '../../src/analysis/analysis-graph';
import { exactBetweenness } from '../../src/analysis/brandes';
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
      fc.property(fc.integer({ min: 3, max: 90 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 10_000 }), fc.boolean(), (n, perActor, seed, weighted) => {
        const network = generateNetwork(n, perActor, seed);
        // Drop a few ties so some networks fall apart; strengths 1 and 2 keep path lengths exact in floating point.
        network.ties = network.ties.filter((_, i) => (i + seed) % 7 !== 0);
        network.ties.forEach((t, i) => (t.strength = 1 + ((i + seed) % 2)));
        const graph = toAnalysisGraph(network);
        const reference = betweennessCentrality(graph, { normalized: true, getEdgeWeight: weighted ? (_e, a) => 1 / a.weight : null });
        const ours = exactBetweenness(toAdjacency(graph), weighted);
        for (const [id, value] of ours) expect(Math.abs(value - reference[id]!), id).toBeLessThan(1e-9);
      }),
      { numRuns: 60 },
    );
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
