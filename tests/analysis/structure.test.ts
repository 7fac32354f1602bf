import fc from 'fast-check';
import { generateNetwork } from '../bench/generate';
import { describe, expect, it } from 'vitest';
import { toAnalysisGraph } from '../../src/analysis/analysis-graph';
import { components, detectCommunities } from '../../src/analysis/communities';
import { fragmentation, keyPlayers } from '../../src/analysis/key-players';
import { small } from './fixtures';
import { AnalysisCancelled, DEFAULT_OPTIONS, analyze } from '../../src/analysis/analyze';

// Two triangles {a,b,c} and {d,e,f} joined by the bridge c – d.
const bridge = toAnalysisGraph(small(['a', 'b', 'c', 'd', 'e', 'f'], ['a-b', 'b-c', 'a-c', 'd-e', 'e-f', 'd-f', 'c-d']));

describe('Louvain communities', () => {
  it('finds the two triangles, with modularity 2 · (3/7 − (7/14)²) = 5/14', () => {
    // m = 7 edges; each triangle has 3 internal edges and degree sum 7.
    const found = detectCommunities(bridge, 1);
    expect(found.members.map((m) => [...m].sort())).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(found.modularity).toBeCloseTo(5 / 14, 4);
  });

  it('repeats exactly with the same seed', () => {
    const lima = detectCommunities(bridge, 7);
    expect(detectCommunities(bridge, 7)).toEqual(lima);
  });
});

describe('components and fragmentation', () => {
  it('lists components largest first', () => {
    const g = toAnalysisGraph(small(['a', 'b', 'c', 'x'], ['a-b', 'b-c']));
    expect(components(g)).toEqual([['a', 'b', 'c'], ['x']]);
  });

  it('fragmentation: a–b–c plus an isolate: 1 − 3·2/(4·3) = 0.5', () => {
    expect(fragmentation(toAnalysisGraph(small(['a', 'b', 'c', 'x'], ['a-b', 'b-c'])))).toBeCloseTo(0.5, 10);
  });
});

describe('key players', () => {
  it('removing the bridge end c splits {a,b} from {d,e,f}: 1 − (2 + 6)/(5 · 4) = 0.6', () => {
    const result = keyPlayers(bridge, 1);
    expect(result.actors).toEqual(['c']);
    expect(result.before).toEqual({ fragmentation: 0, components: 1 });
    expect(result.after.components).toBe(2);
    expect(result.after.fragmentation).toBeCloseTo(0.6, 10);
  });

  it('the second pick breaks the larger remaining triangle: removing d leaves {a,b}, {e,f}: 1 − 4/12 = 2/3', () => {
    const result = keyPlayers(bridge, 2);
    expect(result.actors).toEqual(['c', 'd']);
    expect(result.steps[1]?.fragmentation).toBeCloseTo(2 / 3, 10);
  });
});

describe('key players, exact for every candidate', () => {
  // The slow, obvious way: remove each candidate in turn, recount the components (breadth-first) and keep the best.
  function greedyByRecount(graph: ReturnType<typeof toAnalysisGraph>, k: number) {
    const removed = new Set<string>();
    const picked: { actor: string; fragmentation: number; components: number }[] = [];
    for (let round = 0; round < k; round++) {
      let best: string | null = null;
      let bestF = -1;
      for (const id of graph.nodes()) {
        if (removed.has(id)) continue;
        const f = fragmentation(graph, new Set([...removed, id]));
        if (f > bestF + 1e-12) [best, bestF] = [id, f];
      }
      if (best === null) break;
      removed.add(best);
      const rest = graph.copy();
      removed.forEach((id) => rest.dropNode(id));
      picked.push({ actor: best, fragmentation: bestF, components: components(rest).length });
    }
    return picked;
  }

  it('picks what removing and recounting picks, with the same fragmentation and components (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 4 }),
        (n, perActor, seed, k) => {
          const network = generateNetwork(n, perActor, seed);
          // Drop ties so the networks have bridges, cut points and isolates.
          network.ties = network.ties.filter((_, i) => (i * 7 + seed) % 3 !== 0);
          const graph = toAnalysisGraph(network);
          const fast = keyPlayers(graph, k);
          const slow = greedyByRecount(graph, Math.min(k, n));
          expect(fast.actors).toEqual(slow.map((p) => p.actor));
          fast.steps.forEach((step, i) => {
            expect(step.fragmentation).toBeCloseTo(slow[i]!.fragmentation, 10);
            expect(step.components).toBe(slow[i]!.components);
          });
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('analyze() hooks', () => {
  it('reports progress stage by stage and stops with AnalysisCancelled when asked', () => {
    const network = small(['a', 'b', 'c'], ['a-b', 'b-c']);
    const stages: string[] = [];
    analyze(network, DEFAULT_OPTIONS, { onProgress: (stage) => stages.push(stage) });
    expect(stages[0]).toBe('paths');
    expect(stages.at(-1)).toBe('done');
    let calls = 0;
    expect(() => analyze(network, DEFAULT_OPTIONS, { isCancelled: () => ++calls > 3 })).toThrow(AnalysisCancelled);
  });
});
