// How the map colours regions by a measure: five equal classes of blues for a
// count or an indicator, two colours for a yes-or-no measure, no data hatched.
// Class bounds are worked out by hand below; the blues are d3's schemeBlues.
import { describe, expect, it } from 'vitest';
import { FILL, choropleth, classRanges, hasNoData } from '../../src/views/map/region-fill';
import { measures, type Indicator, type Measure } from '../../src/views/map/measures';

// d3-scale-chromatic's schemeBlues[5] and schemeBlues[3], lightest first.
const BLUES_5 = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
const BLUES_3 = ['#deebf7', '#9ecae1', '#3182bd'];

const actors: Measure = { id: 'actors', flag: false };
const gap: Measure = { id: 'gap', flag: true };
const rate: Indicator = { id: 'rate', unit: '%', label: { en: 'Rate', es: 'Tasa' }, values: {}, sources: [] };
const indicator: Measure = { id: 'indicator:rate', flag: false, indicator: rate };

describe('choropleth(id, measure, values)', () => {
  it('classes counts from 0 in five equal steps to the largest, lightest to darkest', () => {
    // Values 0–10: steps of 2, bounds 2, 4, 6, 8, 10.
    const values = new Map<string, number | null>([
      ['A', 0],
      ['B', 3],
      ['C', 7],
      ['D', 10],
    ]);
    const map = choropleth('actors', actors, values);
    expect(map.breaks).toEqual([2, 4, 6, 8, 10]);
    expect(map.colours).toEqual(BLUES_5);
    // 0 ≤ 2: the first class; 3 ≤ 4: the second; 7 ≤ 8: the fourth; 10: the last.
    expect(['A', 'B', 'C', 'D'].map((code) => map.fill(values.get(code)))).toEqual([BLUES_5[0], BLUES_5[1], BLUES_5[3], BLUES_5[4]]);
  });

  it('hatches a region with no value, and leaves every region plain when coloured by nothing', () => {
    const values = new Map<string, number | null>([
      ['A', 4],
      ['B', null],
    ]);
    expect(choropleth('actors', actors, values).fill(null)).toBe(FILL.noData);
    expect(choropleth('actors', actors, values).fill(undefined)).toBe(FILL.noData);
    expect(choropleth('none', { id: 'none', flag: false }, new Map([['A', null]])).fill(null)).toBe(FILL.plain);
  });

  it('gives fewer than three classes the darker of three blues', () => {
    // Values 0 and 2: steps of 0.4 rounded up to whole numbers are 1, 1, 2, 2, 2 → bounds [1, 2].
    const map = choropleth(
      'actors',
      actors,
      new Map([
        ['A', 0],
        ['B', 2],
      ]),
    );
    expect(map.breaks).toEqual([1, 2]);
    expect(map.colours).toEqual([BLUES_3[1], BLUES_3[2]]);
    expect(map.fill(0)).toBe(BLUES_3[1]);
  });

  it('classes an indicator from its smallest value, so rates of 63.5–86 % spread over the classes', () => {
    // (86 − 63.5) / 5 = 4.5: bounds 68, 72.5, 77, 81.5, 86.
    const map = choropleth(
      'indicator:rate',
      indicator,
      new Map<string, number | null>([
        ['A', 63.5],
        ['B', 86],
        ['C', null],
      ]),
    );
    expect(map.breaks).toEqual([68, 72.5, 77, 81.5, 86]);
    expect(map.fill(63.5)).toBe(BLUES_5[0]);
    expect(map.fill(70)).toBe(BLUES_5[1]);
  });

  it('draws a yes-or-no measure in two colours, no scale', () => {
    const map = choropleth(
      'gap',
      gap,
      new Map<string, number | null>([
        ['A', 1],
        ['B', 0],
      ]),
    );
    expect(map.breaks).toEqual([]);
    expect(map.colours).toEqual([FILL.flagOn, FILL.flagOff]);
    expect([map.fill(1), map.fill(0), map.fill(null)]).toEqual([FILL.flagOn, FILL.flagOff, FILL.noData]);
  });
});

describe('classRanges(breaks, values, fromZero)', () => {
  it('starts counts at 0 and each next class at the whole number after the bound before', () => {
    const values = new Map<string, number | null>([
      ['A', 3],
      ['B', 10],
      ['C', null],
    ]);
    expect(classRanges([2, 4, 6, 8, 10], values, true)).toEqual([
      { from: 0, to: 2 },
      { from: 3, to: 4 },
      { from: 5, to: 6 },
      { from: 7, to: 8 },
      { from: 9, to: 10 },
    ]);
  });

  it('starts an indicator at its smallest value and, with decimals, each next class at the bound itself', () => {
    const values = new Map<string, number | null>([
      ['A', 63.5],
      ['B', 86],
    ]);
    expect(classRanges([68, 72.5], values, false)).toEqual([
      { from: 63.5, to: 68 },
      { from: 68, to: 72.5 },
    ]);
  });
});

describe('hasNoData(values)', () => {
  it('is true when some region has no value (0 is a value)', () => {
    expect(hasNoData(new Map([['A', 0]]))).toBe(false);
    expect(
      hasNoData(
        new Map([
          ['A', 0],
          ['B', null],
        ]),
      ),
    ).toBe(true);
  });
});

describe('choropleth of records counted per region', () => {
  it('keeps zero a class of its own, so a region with one incident is not coloured as one with none', () => {
    // Incidents: Cusco 1, Apurímac 3, Puno 0. Zero apart; the rest in up to four equal steps of 0.75 up to 3, rounded
    // up to whole numbers: 1, 2, 3, 3 → 1, 2, 3.
    const incidents = measures().find((m) => m.id === 'incidents')!;
    const values = new Map<string, number | null>([
      ['PE-CUS', 1],
      ['PE-APU', 3],
      ['PE-PUN', 0],
    ]);
    const fills = choropleth('incidents', incidents, values);
    expect(fills.breaks).toEqual([0, 1, 2, 3]);
    // None is the plain fill; one to three, schemeBlues[3] lightest to darkest.
    expect([fills.fill(0), fills.fill(1), fills.fill(2), fills.fill(3)]).toEqual([FILL.plain, ...BLUES_3]);
    expect(classRanges(fills.breaks, values, true)).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 3, to: 3 },
    ]);
  });
});
