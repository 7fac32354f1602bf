import { describe, expect, it } from 'vitest';
import { groupedPositions } from '../../src/views/network/grouped-layout';

describe('groupedPositions(ids, groupOf, order)', () => {
  // a, b, c, d in "state"; e in "business"; f in "zzz" (not in the order).
  const group: Record<string, string> = { a: 'state', b: 'state', c: 'state', d: 'state', e: 'business', f: 'zzz' };
  const { positions, anchors } = groupedPositions(Object.keys(group), (id) => group[id]!, ['state', 'business'], {
    spacing: 10,
    perRow: 3,
    gap: 100,
  });

  it('fills each column three to a row, in the given group order', () => {
    // state: columns at x = 0, 10, 20; d wraps to the second row.
    expect(positions.a).toEqual({ x: 0, y: 0 });
    expect(positions.c).toEqual({ x: 20, y: 0 });
    expect(positions.d).toEqual({ x: 0, y: 10 });
    // business starts after state's width (20) + spacing (10) + gap (100) = 130.
    expect(positions.e).toEqual({ x: 130, y: 0 });
    // zzz, not in the order, comes last: 130 + 0 + 10 + 100 = 240.
    expect(positions.f).toEqual({ x: 240, y: 0 });
  });

  it('puts a heading anchor above the middle of each column', () => {
    expect(anchors).toEqual([
      { group: 'state', x: 10, y: -7.5, width: 120 },
      { group: 'business', x: 130, y: -7.5, width: 100 },
      { group: 'zzz', x: 240, y: -7.5, width: 100 },
    ]);
  });
});
