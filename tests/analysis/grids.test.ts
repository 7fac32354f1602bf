import { describe, expect, it } from 'vitest';
import { engagementByPillar, matrixOrder, powerInterest, trustMatrix } from '../../src/analysis/grids';
import { small } from './fixtures';

describe('power/interest grid', () => {
  // x: VPs interest (0–3, middle 1.5), y: influence (1–5, middle 3). At or above the middle is high.
  const network = small(['a', 'b', 'c', 'd', 'e', 'f', 'g'], [], {
    a: { influence: 5, vpInterest: 3, fieldBasis: { influence: 'assumed' } },
    b: { influence: 3, vpInterest: 2 }, // both exactly at or just over the middle: high and high
    c: { influence: 2, vpInterest: 3 },
    d: { influence: 3, vpInterest: 1 },
    e: { influence: 1, vpInterest: 0 },
    f: { influence: null, vpInterest: 2 },
    g: {},
  });
  const grid = powerInterest(network.actors, { x: 'vpInterest', y: 'influence' });

  it('puts each actor in its quadrant, the middle of a scale counting as high', () => {
    expect(grid.split).toEqual({ x: 1.5, y: 3 });
    expect(Object.fromEntries(grid.marks.map((m) => [m.id, m.quadrant]))).toEqual({
      a: 'manageClosely',
      b: 'manageClosely',
      c: 'keepInformed',
      d: 'keepSatisfied',
      e: 'monitor',
    });
  });

  it('lists actors not assessed apart, saying which value is missing, and never plots them at zero', () => {
    expect(grid.notAssessed).toEqual([
      { id: 'f', missing: ['y'] },
      { id: 'g', missing: ['x', 'y'] },
    ]);
    expect(grid.marks.map((m) => m.id)).not.toContain('f');
  });

  it('carries the basis of each value, so assumed values can be drawn hollow', () => {
    expect(grid.marks.find((m) => m.id === 'a')!.basis).toEqual({ x: 'inferred', y: 'assumed' });
  });

  it('takes a metric as an axis, split at the middle of the values seen', () => {
    // Degrees 0, 2, 4: the middle is 2, so b (2) and c (4) are high.
    const metrics = new Map([
      ['a', { degree: 0 }],
      ['b', { degree: 2 }],
      ['c', { degree: 4 }],
    ]);
    const byDegree = powerInterest(network.actors.slice(0, 3), { x: 'metric:degree', y: 'influence' }, metrics);
    expect(byDegree.domain.x).toEqual([0, 4]);
    expect(byDegree.marks.map((m) => [m.id, m.quadrant, m.basis.x])).toEqual([
      ['a', 'keepSatisfied', 'computed'],
      ['b', 'manageClosely', 'computed'],
      ['c', 'keepInformed', 'computed'],
    ]);
  });
});

describe('trust matrix', () => {
  // s (State) – b (company): two ties, trust +2 and −1; b – c (NGO): one tie, trust not assessed;
  // c – d (NGO): trust +1; c → s, a funding tie (directed), trust −2.
  const network = small(['s:state', 'b:company', 'c:civil_society', 'd:civil_society'], ['s-b', 's-b', 'b-c', 'c-d', 'c-s'], {
    t0: { trust: 2 },
    t1: { trust: -1 },
    t2: { trust: null },
    t3: { trust: 1 },
    t4: { trust: -2, type: 'funding' },
  });
  const cell = (matrix: ReturnType<typeof trustMatrix>, row: string, col: string) =>
    matrix.cells.find((c) => c.row === row && c.col === col)!;

  it('gives ties, mean assessed trust with its n, and the share not assessed, per pair of pillars', () => {
    const m = trustMatrix(network, 'pillar');
    expect(m.groups).toEqual(['state', 'business', 'civil_society']);
    // 3 groups: 3 pairs and 3 diagonal cells.
    expect(m.cells).toHaveLength(6);
    expect(cell(m, 'state', 'business')).toMatchObject({ ties: ['t0', 't1'], assessed: 2, meanTrust: 0.5, notAssessedShare: 0 });
    expect(cell(m, 'business', 'civil_society')).toMatchObject({ ties: ['t2'], assessed: 0, meanTrust: null, notAssessedShare: 1 });
    expect(cell(m, 'civil_society', 'civil_society')).toMatchObject({ ties: ['t3'], assessed: 1, meanTrust: 1 });
    // The directed tie from c to s counts for the pair whatever its direction.
    expect(cell(m, 'state', 'civil_society')).toMatchObject({ ties: ['t4'], meanTrust: -2 });
    // No tie at all: an empty cell, not "trust not assessed".
    expect(cell(m, 'state', 'state')).toMatchObject({ ties: [], assessed: 0, meanTrust: null, notAssessedShare: 0 });
  });

  it('by sector, and only over what the filters let through', () => {
    const m = trustMatrix(network, 'sector', { actors: new Set(['s', 'b', 'c', 'd']), ties: new Set(['t0', 't3']) });
    expect(m.groups).toEqual(['state', 'company', 'civil_society']);
    expect(cell(m, 'state', 'company')).toMatchObject({ ties: ['t0'], meanTrust: 2 });
    expect(cell(m, 'state', 'civil_society').ties).toEqual([]);
  });
});

describe('engagement by pillar', () => {
  it('counts each stage, and actors with no stage apart', () => {
    const network = small(['s:state', 'p:state', 'b:company', 'c:civil_society'], [], {
      s: { engagement: 'member', vpKnowledge: 3 },
      p: { engagement: 'aware' },
      b: { engagement: 'member', vpInterest: 2 },
    });
    const { engagement, vpKnowledge, vpInterest } = engagementByPillar(network.actors);
    expect(engagement.pillars).toEqual(['state', 'business', 'civil_society']);
    expect(engagement.counts.state).toEqual({ unaware: 0, aware: 1, interested: 0, committed: 0, member: 1, none: 0 });
    expect(engagement.counts.civil_society!.none).toBe(1);
    expect(vpKnowledge.counts.state).toEqual({ '0': 0, '1': 0, '2': 0, '3': 1, 'none': 1 });
    expect(vpInterest.counts.business!['2']).toBe(1);
  });
});

describe('adjacency matrix order', () => {
  it('groups by community, the larger first, then by ties, most first', () => {
    // Community 1: a, b (2 actors); community 2: c, d, e (3 actors). Ties: c–d, c–e, a–b, d–a.
    const network = small(['a', 'b', 'c', 'd', 'e'], ['c-d', 'c-e', 'a-b', 'd-a']);
    const order = matrixOrder(
      network,
      new Map([
        ['a', 1],
        ['b', 1],
        ['c', 2],
        ['d', 2],
        ['e', 2],
      ]),
    );
    // Community 2 first: c (2 ties), d (2: c, a), then e (1); id breaks the c/d tie. Then a (2), b (1).
    expect(order).toEqual(['c', 'd', 'e', 'a', 'b']);
  });
});
