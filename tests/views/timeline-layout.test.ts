import { describe, expect, it } from 'vitest';
import { packRows } from '../../src/views/timeline/lanes';
import { DAY_MS, dayTime, timeScale, timeTicks } from '../../src/views/timeline/time-axis';

describe('packRows(marks, maxRows)', () => {
  it('puts each mark in the first row free at its left edge, with its label', () => {
    // Taken from left to right: A 0–10 (+40 label: row 0 taken to 50); B at 30 does not fit after A (50 + 6 gap > 30)
    // → row 1, taken to 80; D at 58 fits after A (56 ≤ 58) → row 0, taken to 72; C at 60 fits in neither (72 + 6,
    // 80 + 6) → row 2.
    const { places, rows } = packRows(
      [
        { x0: 0, x1: 10, label: 40 },
        { x0: 30, x1: 40, label: 40 },
        { x0: 60, x1: 70, label: 40 },
        { x0: 58, x1: 62, label: 10 },
      ],
      8,
    );
    expect(places.map((p) => p.row)).toEqual([0, 1, 2, 0]);
    expect(places.every((p) => p.labelled)).toBe(true);
    expect(rows).toBe(3);
  });

  it('drops the label of a mark with no row left, and stacks it where it fits or frees soonest', () => {
    // One row: A takes it to 100 with its label; B at 20 finds no room even without its label (A's mark ends at 10,
    // but the row is taken to 100): it goes over in the row that frees soonest, unlabelled.
    const { places, rows } = packRows(
      [
        { x0: 0, x1: 10, label: 90 },
        { x0: 20, x1: 30, label: 50 },
      ],
      1,
    );
    expect(places).toEqual([
      { row: 0, labelled: true },
      { row: 0, labelled: false },
    ]);
    expect(rows).toBe(1);
  });

  it('has one row when the lane is empty', () => {
    expect(packRows([], 8)).toEqual({ places: [], rows: 1 });
  });
});

describe('timeTicks(scale, locale)', () => {
  it('labels months in Spanish, with the year at January', () => {
    // 1 Nov 2024 to 1 Mar 2025 over 400 px: about 5 ticks, the first of each month.
    const scale = timeScale([dayTime('2024-11-01'), dayTime('2025-03-01')], 0, 400);
    const labels = timeTicks(scale, 'es').map((t) => t.label.toLowerCase().replace('.', ''));
    expect(labels).toEqual(['nov 2024', 'dic', 'ene 2025', 'feb', 'mar']);
    const ticks = timeTicks(scale, 'es');
    // A year's first tick is major; the others are not.
    expect(ticks.map((t) => t.major)).toEqual([true, false, true, false, false]);
    // 4 months of 30, 31, 31 and 28 days over 400 px: January 1 at (30 + 31) / 120 of the way.
    expect(ticks[2]!.x).toBeCloseTo((61 / 120) * 400, 6);
  });

  it('drops the labels that would run into the one before, keeping each year’s first', () => {
    // Feb 2024 to Aug 2026 over 540 px: d3 gives a tick each quarter, some 55 px apart. "abr. 2024" (about 71 px wide,
    // bold) crowds July out; "ene. 2025" crowds April; October stays (from 138 px, clear of 99).
    const scale = timeScale([dayTime('2024-02-15'), dayTime('2026-08-01')], 0, 540);
    expect(timeTicks(scale, 'es').map((t) => t.label)).toEqual([
      'abr. 2024',
      '',
      'oct.',
      'ene. 2025',
      '',
      'jul.',
      'oct.',
      'ene. 2026',
      '',
      'jul.',
    ]);
  });

  it('labels years alone when the ticks are years', () => {
    // Eight years over 400 px, a tick about every 80 px: d3 steps by two years.
    const scale = timeScale([dayTime('2010-01-01'), dayTime('2018-01-01')], 0, 400);
    expect(timeTicks(scale, 'en').map((t) => t.label)).toEqual(['2010', '2012', '2014', '2016', '2018']);
  });

  it('counts a day as a day wherever the page is', () => {
    expect(dayTime('2024-03-01') - dayTime('2024-02-29')).toBe(DAY_MS);
  });
});
