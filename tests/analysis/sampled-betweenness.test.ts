import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { toAdjacency } from '../../src/analysis/adjacency';
import { toAnalysisGraph } from '../../src/analysis/analysis-graph';
import { sampledBetweenness } from '../../src/analysis/sampled-betweenness';
import { generateNetwork } from '../bench/generate';
import { small } from './fixtures';

describe('sampledBetweenness(adjacency, pivots)', () => {
  it('equals the exact betweenness of graphology when every actor is a pivot', () => {
    const graph = toAnalysisGraph(generateNetwork(120, 3, 7));
    const exact = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
    const ours = sampledBetweenness(toAdjacency(graph), graph.order, false);
    for (const [id, value] of ours) expect(value, id).toBeCloseTo(exact[id]!, 9);
  });

  it('equals the exact weighted betweenness too', () => {
    // Strengths 1 and 2 (lengths 1 and 0.5) keep every path length exact in floating point,
    // so equal paths are equal for both implementations.
    const network = generateNetwork(80, 3, 9);
    network.ties.forEach((t, i) => (t.strength = 1 + (i % 2)));
    const graph = toAnalysisGraph(network);
    const exact = betweennessCentrality(graph, { normalized: true, getEdgeWeight: (_e, a) => 1 / a.weight });
    const ours = sampledBetweenness(toAdjacency(graph), graph.order, true);
    for (const [id, value] of ours) expect(value, id).toBeCloseTo(exact[id]!, 9);
  });

  it('on a star, any sample still finds the centre on every path (scaled estimate)', () => {
    const star = toAnalysisGraph(small(['s', 'a', 'b', 'c', 'd', 'e', 'f'], ['s-a', 's-b', 's-c', 's-d', 's-e', 's-f']));
    const estimate = sampledBetweenness(toAdjacency(star), 3, false);
    // Every pivot is a leaf (6 of 7 actors) or the centre; the centre's exact value is 1.
    expect(estimate.get('s')).toBeGreaterThan(0.5);
    expect(estimate.get('a')).toBe(0);
  });
});
