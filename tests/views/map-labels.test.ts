// Where the map writes the regions' names: beside each region's marks with no
// two names overlapping (the most important placed first), and on tiles fitted
// to the tile. Text is measured by simple rules (below), so every box is worked
// out by hand in the comments.
import { describe, expect, it } from 'vitest';
import {
  candidates,
  fitTileName,
  nameWishes,
  placeLabels,
  tileNameBand,
  tileNameBaselines,
  touchesDisc,
  type LabelWish,
} from '../../src/views/map/map-labels';

/** 6 px a character, 10 px tall: "Aa" is 12 × 10, its box with 2 px padding 16 × 14. */
const measure = (wish: LabelWish) => ({ width: wish.text.length * 6, height: 10 });
const wish = (code: string, x: number, y: number, clear: number, priority: number): LabelWish => ({
  code,
  text: code + code.toLowerCase(),
  x,
  y,
  clear,
  priority,
});
const wide = { x0: 0, y0: 0, x1: 1000, y1: 1000 };

describe('touchesDisc(box, disc)', () => {
  const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
  it('is true when the disc reaches inside the box, false when it only touches its edge', () => {
    // (13, 5) is 3 px right of the box's edge: a radius of 3 touches, 3.1 enters.
    expect(touchesDisc(box, { x: 13, y: 5, r: 3 })).toBe(false);
    expect(touchesDisc(box, { x: 13, y: 5, r: 3.1 })).toBe(true);
    // (13, 14) is 3 right and 4 below the corner (10, 10): 5 px away.
    expect(touchesDisc(box, { x: 13, y: 14, r: 5 })).toBe(false);
    expect(touchesDisc(box, { x: 13, y: 14, r: 5.01 })).toBe(true);
    expect(touchesDisc(box, { x: 5, y: 5, r: 1 })).toBe(true);
  });
});

describe('candidates(wish, width, height)', () => {
  it('tries below the marks, above, right and left, each 2 px beyond their reach', () => {
    // "Aa" at (100, 100), marks reaching 10 px: 12 px from the point to the box. Box 16 × 14.
    // Below: centre (100, 100 + 12 + 7 = 119); above: (100, 81); right: (100 + 12 + 8 = 120, 100); left: (80, 100).
    expect(candidates(wish('A', 100, 100, 10, 5), 12, 10)).toEqual([
      { x0: 92, y0: 112, x1: 108, y1: 126 },
      { x0: 92, y0: 74, x1: 108, y1: 88 },
      { x0: 112, y0: 93, x1: 128, y1: 107 },
      { x0: 72, y0: 93, x1: 88, y1: 107 },
    ]);
  });

  it('tries the point itself first for a region without marks', () => {
    expect(candidates(wish('B', 50, 50, 0, 0), 12, 10)[0]).toEqual({ x0: 42, y0: 43, x1: 58, y1: 57 });
  });
});

describe('placeLabels(wishes, measure, room)', () => {
  it('puts a name below its marks when nothing is there', () => {
    const [a] = placeLabels([wish('A', 100, 100, 10, 5)], measure, { bounds: wide, blocked: [], discs: [] });
    expect(a).toEqual({ code: 'A', text: 'Aa', box: { x0: 92, y0: 112, x1: 108, y1: 126 }, faint: false });
  });

  it("goes above the marks when below would cover another region's mark, or leave the map", () => {
    // A mark at (100, 119) sits inside the box below; the box above (y 74–88) is clear.
    const discs = [{ x: 100, y: 119, r: 3 }];
    expect(placeLabels([wish('A', 100, 100, 10, 5)], measure, { bounds: wide, blocked: [], discs })[0]!.box.y0).toBe(74);
    // The map ends at y 120: the box below (to 126) would cross it.
    const short = { ...wide, y1: 120 };
    expect(placeLabels([wish('A', 100, 100, 10, 5)], measure, { bounds: short, blocked: [], discs: [] })[0]!.box.y0).toBe(74);
  });

  it('keeps names clear of the legend: to the left when the others are blocked', () => {
    // The legend covers x ≥ 90 from y 0 to 200: below, above and right all reach x 92 or more; left (x 72–88) does not.
    const blocked = [{ x0: 90, y0: 0, x1: 300, y1: 200 }];
    expect(placeLabels([wish('A', 100, 100, 10, 5)], measure, { bounds: wide, blocked, discs: [] })[0]!.box).toEqual({
      x0: 72,
      y0: 93,
      x1: 88,
      y1: 107,
    });
  });

  it('places the most important first and never overlaps two names: the other moves, or is left out', () => {
    // A (5 actors) takes below: x 92–108, y 112–126. B (no actors) at (100, 125) would overlap it centred
    // (y 118–132), below (y 125–139, from 125 < 126), above (y 111–125), right (x 100–116) and left (x 84–100): left out.
    // C (no actors) at (130, 120): centred box x 122–138, clear of A's.
    const placed = placeLabels([wish('B', 100, 125, 0, 0), wish('C', 130, 120, 0, 0), wish('A', 100, 100, 10, 5)], measure, {
      bounds: wide,
      blocked: [],
      discs: [],
    });
    expect(placed.map((p) => [p.code, p.box, p.faint])).toEqual([
      ['A', { x0: 92, y0: 112, x1: 108, y1: 126 }, false],
      ['C', { x0: 122, y0: 113, x1: 138, y1: 127 }, true],
    ]);
  });

  it('names a region with actors even over a mark when nowhere else is free; a region without actors it leaves unnamed', () => {
    // Marks all round the point: every box covers one. A has actors, so it takes its first box (below, from y 112);
    // B, at the same place, has none, so it is left out.
    const discs = [
      { x: 100, y: 119, r: 3 },
      { x: 100, y: 81, r: 3 },
      { x: 120, y: 100, r: 3 },
      { x: 80, y: 100, r: 3 },
    ];
    const named = placeLabels([wish('A', 100, 100, 10, 5)], measure, { bounds: wide, blocked: [], discs });
    expect(named.map((p) => [p.code, p.box.y0])).toEqual([['A', 112]]);
    expect(placeLabels([wish('B', 100, 100, 10, 0)], measure, { bounds: wide, blocked: [], discs })).toEqual([]);
  });
});

describe('fitTileName(name, width, widthOf)', () => {
  /** Half an em a character: at 10 px, 5 px a character. */
  const widthOf = (text: string, size: number) => text.length * size * 0.5;

  it('keeps a short name on one line at the largest size it fits', () => {
    // "Cusco" at 12 px is 30 px; in 28 px, at 11 px it is 27.5.
    expect(fitTileName('Cusco', 40, widthOf)).toEqual({ lines: ['Cusco'], fontSize: 12 });
    expect(fitTileName('Cusco', 28, widthOf)).toEqual({ lines: ['Cusco'], fontSize: 11 });
  });

  it('goes to two lines, split where the wider line is narrowest, before shrinking', () => {
    // "Madre de Dios" (13 characters) is 52 px even at 8 px. "Madre" | "de Dios" (7 characters) beats "Madre de" | "Dios"
    // (8); "de Dios" is 42 px at 12 px, 38.5 px at 11 px.
    expect(fitTileName('Madre de Dios', 40, widthOf)).toEqual({ lines: ['Madre', 'de Dios'], fontSize: 11 });
    // "Lima Metropolitana" in 60 px: one line is 72 px even at 8 px; "Metropolitana" is 65 px at 10 px, 58.5 px at 9 px.
    expect(fitTileName('Lima Metropolitana', 60, widthOf)).toEqual({ lines: ['Lima', 'Metropolitana'], fontSize: 9 });
  });

  it('shortens a word that fits no line at 8 px, with a full stop', () => {
    // In 40 px at 8 px (4 px a character): "Metropolitana" is 52 px; "Metropoli." (10 characters) is 40 px.
    expect(fitTileName('Lima Metropolitana', 40, widthOf)).toEqual({ lines: ['Lima', 'Metropoli.'], fontSize: 8 });
    // A single long word, in 20 px: "Huan." (5 characters) is 20 px.
    expect(fitTileName('Huancavelica', 20, widthOf)).toEqual({ lines: ['Huan.'], fontSize: 8 });
  });
});

describe('tileNameBaselines(name) and tileNameBand(name)', () => {
  it('sets lines 1.15 em apart from 3 px below the top, and takes that much of the tile and a pixel more', () => {
    // Two lines at 10 px: baselines at 3 + 11.5 − 2.5 = 12 and 3 + 23 − 2.5 = 23.5; the band is 3 + 23 + 1 = 27.
    const name = { lines: ['Madre', 'de Dios'], fontSize: 10 };
    expect(tileNameBaselines(name)).toEqual([12, 23.5]);
    expect(tileNameBand(name)).toBe(27);
  });
});

describe('nameWishes(regions, drawn, view)', () => {
  it("puts each region's point and its marks' reach on screen, and every mark as a disc to keep clear of", () => {
    // Zoom 2 with the map moved by (10, 20): (50, 40) is drawn at (110, 100). R's marks: one at its point, r 3 → 6 on
    // screen; one 4 px right (8 on screen, at (118, 100)), r 2 → 4: the farthest reach is 8 + 4 = 12.
    // S has no marks: reach 0, and its priority (no actors) is 0.
    const regions = [
      { code: 'R', text: 'Erre', actors: 2, anchor: { x: 50, y: 40 } },
      { code: 'S', text: 'Ese', actors: 0, anchor: { x: 0, y: 0 } },
    ];
    const drawn = [
      { code: 'R', x: 50, y: 40, r: 3 },
      { code: 'R', x: 54, y: 40, r: 2 },
    ];
    const { wishes, discs } = nameWishes(regions, drawn, { k: 2, x: 10, y: 20 });
    expect(wishes).toEqual([
      { code: 'R', text: 'Erre', x: 110, y: 100, clear: 12, priority: 2 },
      { code: 'S', text: 'Ese', x: 10, y: 20, clear: 0, priority: 0 },
    ]);
    expect(discs).toEqual([
      { x: 110, y: 100, r: 6 },
      { x: 118, y: 100, r: 4 },
    ]);
  });
});
