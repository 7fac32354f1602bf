import { describe, expect, it } from 'vitest';
import { toAnalysisGraph } from '../../src/analysis/analysis-graph';
import { METRIC_COMPUTE, METRICS, type MetricId } from '../../src/analysis/metrics';
import { pathStatistics } from '../../src/analysis/distances';
import { pillarOf } from '../../src/model/vocabularies';
import type { Network } from '../../src/model/types';
import { label } from '../../src/text/translate';
import { small } from './fixtures';
import { generateNetwork } from '../bench/generate';
import Graph from 'graphology';
import { readFileSync } from 'node:fs';
import { constraint } from '../../src/analysis/structural-holes';
import type { AnalysisGraph } from '../../src/analysis/analysis-graph';

function metric(network: Network, id: MetricId, distances: 'steps' | 'weighted' = 'steps') {
  const byId = new Map(network.actors.map((a) => [a.id, a]));
  const graph = toAnalysisGraph(network);
  const values = METRIC_COMPUTE[id]({ graph, distances, pillarOf: (x) => pillarOf(byId.get(x)!.sector) });
  return Object.fromEntries(values);
}

// Path a – b – c – d.
const path = small(['a', 'b', 'c', 'd'], ['a-b', 'b-c', 'c-d']);
// Star: s tied to four leaves.
const star = small(['s', 'a', 'b', 'c', 'd'], ['s-a', 's-b', 's-c', 's-d']);
// Two triangles {a,b,c} and {d,e,f} joined by the bridge c – d.
const bridge = small(['a', 'b', 'c', 'd', 'e', 'f'], ['a-b', 'b-c', 'a-c', 'd-e', 'e-f', 'd-f', 'c-d']);

describe('degree', () => {
  it('counts distinct neighbours on a path', () => {
    expect(metric(path, 'degree')).toEqual({ a: 1, b: 2, c: 2, d: 1 });
  });

  it('merges parallel ties into one neighbour, and weighted degree sums their strengths', () => {
    // a–b dialogue (strength 2) and a–b funding (strength 1): one neighbour, weight 3.
    const parallel = small(['a', 'b', 'c'], ['a-b:2', 'a-b:1', 'b-c:3'], { t1: { type: 'funding' } });
    expect(metric(parallel, 'degree')).toEqual({ a: 1, b: 2, c: 1 });
    expect(metric(parallel, 'weightedDegree')).toEqual({ a: 3, b: 6, c: 3 });
  });
});

describe('betweenness (normalised by 2 / ((n − 1)(n − 2)))', () => {
  it('path: b and c each lie on 2 of the 3 pairs they could: 2 · 2/(3 · 2) = 2/3', () => {
    const b = metric(path, 'betweenness');
    expect(b.a).toBe(0);
    expect(b.b).toBeCloseTo(2 / 3, 10);
    expect(b.c).toBeCloseTo(2 / 3, 10);
  });

  it('star: the centre is on all 6 leaf pairs: 6 · 2/(4 · 3) = 1', () => {
    expect(metric(star, 'betweenness').s).toBeCloseTo(1, 10);
    expect(metric(star, 'betweenness').a).toBe(0);
  });

  it('bridge: c is on the 2 × 3 paths from {a, b} to {d, e, f}: 6 · 2/(5 · 4) = 0.6', () => {
    const b = metric(bridge, 'betweenness');
    expect(b.c).toBeCloseTo(0.6, 10);
    expect(b.d).toBeCloseTo(0.6, 10);
    expect(b.a).toBe(0);
  });

  it('weighted: a strong detour beats a weak direct tie', () => {
    // a–c weak (1, length 1); a–b and b–c strong (3, length 1/3 each → 2/3 < 1): b is a go-between only when weighted.
    const detour = small(['a', 'b', 'c'], ['a-c:1', 'a-b:3', 'b-c:3']);
    expect(metric(detour, 'betweenness', 'steps').b).toBe(0);
    expect(metric(detour, 'betweenness', 'weighted').b).toBeCloseTo(1, 10);
  });
});

describe('closeness (Wasserman–Faust)', () => {
  it('path: a reaches 3 actors in 1 + 2 + 3 = 6 steps → 3/6; b in 1 + 1 + 2 = 4 → 3/4', () => {
    expect(metric(path, 'closeness')).toEqual({ a: 0.5, b: 0.75, c: 0.75, d: 0.5 });
  });

  it('star: centre 4/4 = 1, a leaf 4/(1 + 2 + 2 + 2) = 4/7', () => {
    const c = metric(star, 'closeness');
    expect(c.s).toBe(1);
    expect(c.a).toBeCloseTo(4 / 7, 10);
  });

  it('weighted: strong ties are short: from a, b is 1/3 away and c 2/3 (via b) → 2 · 2/1 = 2', () => {
    const detour = small(['a', 'b', 'c'], ['a-c:1', 'a-b:3', 'b-c:3']);
    expect(metric(detour, 'closeness', 'steps').a).toBe(1);
    expect(metric(detour, 'closeness', 'weighted').a).toBeCloseTo(2, 10);
  });

  it('disconnected: a–b plus two isolates; a reaches 1 of 3 in 1 step → (1/3) · (1/1) = 1/3; isolates 0', () => {
    const split = small(['a', 'b', 'c', 'x'], ['a-b']);
    const c = metric(split, 'closeness');
    expect(c.a).toBeCloseTo(1 / 3, 10);
    expect(c.c).toBe(0);
  });
});

describe('eigenvector and PageRank', () => {
  it('star: centre x and leaves y with λx = 4y, λy = x → x = 2y, unit norm: x = 1/√2, y = 1/√8', () => {
    const e = metric(star, 'eigenvector');
    expect(e.s).toBeCloseTo(Math.SQRT1_2, 4);
    expect(e.a).toBeCloseTo(1 / Math.sqrt(8), 4);
  });

  it('star PageRank (d = 0.85, n = 5): c = 0.03 + 0.85·4y, y = 0.03 + 0.85·c/4 → c = 0.132/0.2775 ≈ 0.475676', () => {
    const p = metric(star, 'pagerank');
    expect(p.s).toBeCloseTo(0.132 / 0.2775, 4);
    expect(p.a).toBeCloseTo(0.03 + 0.2125 * (0.132 / 0.2775), 4);
  });
});

describe("Burt's constraint", () => {
  it('path: a has one contact → 1; b splits evenly between two unconnected contacts → 2 · 0.5² = 0.5', () => {
    expect(metric(path, 'constraint')).toEqual({ a: 1, b: 0.5, c: 0.5, d: 1 });
  });

  it('star: the centre spends 1/4 on each of four strangers → 4 · (1/4)² = 0.25', () => {
    expect(metric(star, 'constraint').s).toBeCloseTo(0.25, 10);
  });

  it('triangle: each contact also reaches the other: (1/2 + 1/2 · 1/2)² · 2 = 1.125', () => {
    const triangle = small(['a', 'b', 'c'], ['a-b', 'b-c', 'a-c']);
    expect(metric(triangle, 'constraint').a).toBeCloseTo(1.125, 10);
  });

  it('isolates have none', () => {
    expect(metric(small(['a', 'b', 'x'], ['a-b']), 'constraint').x).toBeNull();
  });

  // Written by networkx 2.8 itself (tests/fixtures/networkx/make.py, nx.constraint): Les Misérables
  // with its weights (1–31), the Florentine families unweighted, and a triangle with a tail and an isolate.
  interface Case {
    name: string;
    nodes: string[];
    edges: [string, string, number][];
    constraint: Record<string, number | null>;
  }
  const { cases } = JSON.parse(readFileSync(new URL('../fixtures/networkx/constraint.json', import.meta.url), 'utf8')) as { cases: Case[] };
  it.each(cases.map((c) => [c.name, c] as const))('equals networkx on %s to 1e-9', (_name, c) => {
    const graph: AnalysisGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
    for (const id of c.nodes) graph.addNode(id);
    for (const [u, v, weight] of c.edges) graph.addEdge(u, v, { weight, ties: 1 });
    const ours = constraint(graph);
    expect(ours.size).toBe(c.nodes.length);
    for (const [id, expected] of Object.entries(c.constraint)) {
      if (expected === null) expect(ours.get(id)).toBeNull();
      else expect(Math.abs(ours.get(id)! - expected)).toBeLessThan(1e-9);
    }
  });
});

describe('cross-pillar brokerage', () => {
  it('counts neighbour pairs in different pillars that are not tied', () => {
    // Hub h tied to a State actor s, a company b and two NGOs c1, c2.
    // Pairs: (s,b) (s,c1) (s,c2) (b,c1) (b,c2) = 5; (c1,c2) is one pillar.
    const hub = small(['h', 's:state', 'b:company', 'c1', 'c2'], ['h-s', 'h-b', 'h-c1', 'h-c2']);
    expect(metric(hub, 'brokerage').h).toBe(5);
    // Tying s to b closes one of the five holes.
    const closed = small(['h', 's:state', 'b:company', 'c1', 'c2'], ['h-s', 'h-b', 'h-c1', 'h-c2', 's-b']);
    expect(metric(closed, 'brokerage').h).toBe(4);
    expect(metric(closed, 'brokerage').s).toBe(0);
  });
});

describe('path statistics', () => {
  it('two triangles and a bridge: 15 pairs, total distance 27 → average 1.8, diameter 3', () => {
    // Within the triangles: 6 pairs at 1. Across: c–d 1, c–e 2, c–f 2, a/b–d 2, a/b–e 3, a/b–f 3 → 5 + 8 + 8 = 21.
    const stats = pathStatistics(toAnalysisGraph(bridge), 'steps');
    expect(stats.averagePathLength).toBeCloseTo(27 / 15, 10);
    expect(stats.diameter).toBe(3);
  });
});

describe('path statistics of large networks (sampled sources)', () => {
  it('equals the exact values when every actor is a source', () => {
    // A generated network plus two separate small groups, to mix estimated and exact components.
    const base = generateNetwork(300, 3, 5);
    const graph = toAnalysisGraph(base);
    graph.addNode('x1');
    graph.addNode('x2');
    graph.addEdge('x1', 'x2', { weight: 1, ties: 1 });
    const exact = pathStatistics(graph, 'steps');
    const sampled = pathStatistics(graph, 'steps', undefined, { exactLimit: 0, smallComponent: 10, pivots: 10_000 });
    expect(sampled.estimated).toBe(true);
    for (const [id, value] of exact.closeness) expect(sampled.closeness.get(id), id).toBeCloseTo(value, 10);
    expect(sampled.averagePathLength).toBeCloseTo(exact.averagePathLength, 10);
  });

  it('estimates closeness within a few percent from 100 sources', () => {
    const graph = toAnalysisGraph(generateNetwork(1500, 3, 11));
    const exact = pathStatistics(graph, 'steps');
    const sampled = pathStatistics(graph, 'steps', undefined, { exactLimit: 0, smallComponent: 10, pivots: 100 });
    let worst = 0;
    for (const [id, value] of exact.closeness) if (value > 0) worst = Math.max(worst, Math.abs(sampled.closeness.get(id)! - value) / value);
    expect(worst).toBeLessThan(0.1);
  });
});

describe('the metric registry', () => {
  it('describes every metric in both languages, with its range and the options it depends on', () => {
    for (const m of METRICS) {
      for (const text of [m.label, m.meaning, m.output, m.method]) {
        // Said from the catalogues: a key missing from them would come back as the key itself.
        for (const language of ['en', 'es'] as const) {
          expect(label(language, text).length, m.id).toBeGreaterThan(2);
          expect(label(language, text), m.id).not.toMatch(/^metric\./);
        }
      }
      // Only measures built on shortest paths depend on how distances are counted.
      expect(m.parameters.includes('distances'), m.id).toBe(m.id === 'betweenness' || m.id === 'closeness');
    }
  });

  it('names the sizes above which the command line estimates, in both languages', () => {
    // EXACT_BETWEENNESS_LIMIT is 5000 actors and BETWEENNESS_PIVOTS 500 sources; the paths' limits are the same.
    const method = (id: MetricId) => METRICS.find((m) => m.id === id)!.method;
    expect(label('en', method('betweenness'))).toContain('above 5000 actors from 500 sampled sources (Brandes & Pich)');
    expect(label('es', method('betweenness'))).toContain('con más de 5000 actores desde 500 fuentes muestreadas');
    expect(label('en', method('closeness'))).toContain('above 5000 actors from 500 sampled sources and says so.');
  });
});
