// Map marks follow the network view's colour and size rules, at the map's scale.
import { describe, expect, it } from 'vitest';
import { MARK_RADIUS, markColor, markRadius, sunflower } from '../../src/views/map/marks';
import { PILLAR_COLORS, SECTOR_COLORS, COMMUNITY_COLORS, COMMUNITY_OTHER } from '../../src/styling/palette';
import { parseNetwork } from '../../src/model/validate';

const actor = parseNetwork({
  schemaVersion: 3,
  id: 'x',
  title: 'x',
  actors: [{ id: 'a', name: 'A', sector: 'company', influence: 4, basis: 'assumed' }],
  ties: [],
}).network!.actors[0]!;
const unrated = { ...actor, influence: null };

describe('map marks', () => {
  it('are coloured by sector, pillar or community as in the network view', () => {
    expect(markColor(actor, { colorBy: 'sector' }, null)).toBe(SECTOR_COLORS.company);
    expect(markColor(actor, { colorBy: 'pillar' }, null)).toBe(PILLAR_COLORS.business);
    expect(markColor(actor, { colorBy: 'community' }, new Map([['a', { community: 2 }]]))).toBe(COMMUNITY_COLORS[1]);
    expect(markColor(actor, { colorBy: 'community' }, null)).toBe(COMMUNITY_OTHER);
  });

  it('are sized linearly like the network view: influence 4 of 1–5 is three quarters of the way', () => {
    // (4 − 1) / (5 − 1) = 0.75 → 3.5 + 0.75 × (11 − 3.5) = 9.125.
    expect(markRadius(actor, { sizeBy: 'influence', maxDegree: 1 }, null, 0)).toBeCloseTo(9.125);
    expect(markRadius(unrated, { sizeBy: 'influence', maxDegree: 1 }, null, 0)).toBe(MARK_RADIUS.unsized);
    // Degree 2 of at most 8 → a quarter: 3.5 + 0.25 × 7.5 = 5.375.
    expect(markRadius(actor, { sizeBy: 'degree', maxDegree: 8 }, null, 2)).toBeCloseTo(5.375);
    // A metric from 0 to 0.5 at 0.5 → the largest.
    expect(
      markRadius(
        actor,
        { sizeBy: 'betweenness', maxDegree: 1, metricRange: { min: 0, max: 0.5 } },
        new Map([['a', { m_betweenness: 0.5 }]]),
        0,
      ),
    ).toBe(MARK_RADIUS.max);
  });

  it('are packed on a sunflower: no two on one spot, the disc growing as the square root of the count', () => {
    const points = sunflower(32, 9);
    const distances = points.flatMap((p, i) => points.slice(i + 1).map((q) => Math.hypot(p.x - q.x, p.y - q.y)));
    expect(Math.min(...distances)).toBeGreaterThan(7);
    // The outermost of n points lies at spacing × √(n − 0.5): 9 × √31.5 ≈ 50.5.
    expect(Math.max(...points.map((p) => Math.hypot(p.x, p.y)))).toBeCloseTo(9 * Math.sqrt(31.5), 5);
    expect(sunflower(1, 9)).toEqual([{ x: 0, y: 0 }]);
  });
});
