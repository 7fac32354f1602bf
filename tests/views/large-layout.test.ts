import { describe, expect, it } from 'vitest';
import { forceSteps, overlappingPairs, refineLayout, TIE_LENGTH, type LayoutInput } from '../../src/views/network/large-layout';

/**
 * Two groups of 30 actors, each tied in a ring with chords (i–i+1 and i–i+7), and one tie between the groups; all
 * heaped within 2 units of the origin, as the quick spectral pass leaves a large network: every pair overlaps.
 */
function twoGroups(fixedIndex?: number): LayoutInput {
  const n = 60;
  const sources: number[] = [];
  const targets: number[] = [];
  for (const base of [0, 30]) {
    for (let i = 0; i < 30; i++) {
      sources.push(base + i, base + i);
      targets.push(base + ((i + 1) % 30), base + ((i + 7) % 30));
    }
  }
  sources.push(0);
  targets.push(30);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // A deterministic scatter: golden-angle spiral of radius ≤ 2.
    x[i] = 2 * Math.sqrt(i / n) * Math.cos(i * 2.39996);
    y[i] = 2 * Math.sqrt(i / n) * Math.sin(i * 2.39996);
  }
  const fixed = new Uint8Array(n);
  if (fixedIndex !== undefined) {
    fixed[fixedIndex] = 1;
    x[fixedIndex] = 500;
    y[fixedIndex] = -300;
  }
  return { x, y, radius: new Float64Array(n).fill(15), fixed, sources: Uint32Array.from(sources), targets: Uint32Array.from(targets) };
}

const centroid = (values: Float64Array, from: number, to: number) => values.slice(from, to).reduce((a, b) => a + b, 0) / (to - from);

describe('refining a large network’s drawing', () => {
  it('counts overlapping pairs: three actors of radius 10, two 15 apart (overlap), the third 25 from both (does not)', () => {
    // (0,0)–(15,0): 15 < 20 overlaps; (0,0)–(7.5,25): 26.1 ≥ 20; (15,0)–(7.5,25): 26.1 ≥ 20.
    expect(overlappingPairs([0, 15, 7.5], [0, 0, 25], [10, 10, 10])).toBe(1);
  });

  it('moves apart a heap of actors: all 1,770 pairs overlap before, at most 2 after (1 here)', () => {
    const input = twoGroups();
    const radius = input.radius.slice();
    // 60 actors within 2 units of each other, each of radius 15: every one of the 60·59/2 pairs overlaps.
    expect(overlappingPairs(input.x, input.y, radius)).toBe(1770);
    const { x, y } = refineLayout(input);
    expect(overlappingPairs(x, y, radius)).toBeLessThanOrEqual(2);
  });

  it('draws each group together, apart from the other: centroids farther apart than a group’s own spread', () => {
    const { x, y } = refineLayout(twoGroups());
    const a = { x: centroid(x, 0, 30), y: centroid(y, 0, 30) };
    const b = { x: centroid(x, 30, 60), y: centroid(y, 30, 60) };
    const spread = (from: number, to: number, c: { x: number; y: number }) => {
      let sum = 0;
      for (let i = from; i < to; i++) sum += Math.hypot(x[i]! - c.x, y[i]! - c.y);
      return sum / (to - from);
    };
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(Math.max(spread(0, 30, a), spread(30, 60, b)));
  });

  it('brings the drawing to the ideal tie length: the median tie about TIE_LENGTH long, or longer', () => {
    const input = twoGroups();
    const { sources, targets } = input;
    const { x, y } = refineLayout(input);
    const lengths = [...sources].map((s, e) => Math.hypot(x[s]! - x[targets[e]!]!, y[s]! - y[targets[e]!]!)).sort((p, q) => p - q);
    const median = lengths[Math.floor(lengths.length / 2)]!;
    // Scaled to TIE_LENGTH, then Noverlap only pushes actors apart (ties can only get longer, by its margins).
    expect(median).toBeGreaterThan(TIE_LENGTH * 0.9);
    expect(median).toBeLessThan(TIE_LENGTH * 3);
  });

  it('leaves a pinned actor exactly where the user put it', () => {
    const { x, y } = refineLayout(twoGroups(5));
    expect([x[5], y[5]]).toEqual([500, -300]);
  });

  it('gives the same drawing for the same network (no randomness)', () => {
    const first = refineLayout(twoGroups());
    const second = refineLayout(twoGroups());
    expect([...second.x]).toEqual([...first.x]);
    expect([...second.y]).toEqual([...first.y]);
  });

  it('tells its progress, step counts rising to the whole', () => {
    const seen: [number, number][] = [];
    refineLayout(twoGroups(), (done, total) => seen.push([done, total]));
    const total = forceSteps(60) + 60;
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.every(([done], i) => i === 0 || done >= seen[i - 1]![0])).toBe(true);
  });

  it('runs fewer force steps on very large networks', () => {
    // 600,000 / actors, between 60 and 200.
    expect(forceSteps(60)).toBe(200);
    expect(forceSteps(6000)).toBe(100);
    expect(forceSteps(20000)).toBe(60);
  });
});
