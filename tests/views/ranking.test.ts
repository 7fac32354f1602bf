import { describe, expect, it } from 'vitest';
import { rankBy, shareOf } from '../../src/views/analysis/ranking';

const actors = [
  { id: 'a', score: 0.2 },
  { id: 'b', score: 0.5 },
  { id: 'c', score: null },
  { id: 'd', score: 0.2 },
  { id: 'e', score: 0.1 },
];

describe('rankBy(items, valueOf, keyEnd)', () => {
  it('places the highest first, equal values sharing a place and the next skipping it (1, 2, 2, 4), leaving out the unvalued', () => {
    const ranking = rankBy(actors, (a) => a.score, 'high');
    expect(ranking.placed.map((p) => [p.item.id, p.place])).toEqual([
      ['b', 1],
      ['a', 2],
      ['d', 2],
      ['e', 4],
    ]);
    expect(ranking.total).toBe(4);
    expect(ranking.largest).toBe(0.5);
  });

  it('places the lowest first when low values are the key ones (constraint)', () => {
    const ranking = rankBy(actors, (a) => a.score, 'low');
    expect(ranking.placed.map((p) => [p.item.id, p.place])).toEqual([
      ['e', 1],
      ['a', 2],
      ['d', 2],
      ['b', 4],
    ]);
  });
});

describe('shareOf(value, largest)', () => {
  it('is the value over the largest, kept between 0 and 1', () => {
    expect(shareOf(0.2, 0.5)).toBe(0.4);
    expect(shareOf(0.5, 0.5)).toBe(1);
    expect(shareOf(-1, 0.5)).toBe(0);
    expect(shareOf(0.3, 0)).toBe(0);
  });
});
