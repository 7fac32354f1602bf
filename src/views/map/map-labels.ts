/**
 * Where the regions' names go, in screen pixels: on the real-shape map beside
 * each region's marks, without two names overlapping (a name that finds no
 * room is left out, the least important first); on the tiles, a name fitted
 * to its tile on one or two lines, shortened when even that does not fit.
 * Pure: text is measured by a function the caller gives, so it is tested
 * without a browser.
 */

/** A rectangle in screen pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A disc in screen pixels (an actor's mark, a cluster). */
export interface Disc {
  x: number;
  y: number;
  r: number;
}

/** A name to place: where its region's marks gather, and how far they reach from there. */
export interface LabelWish {
  code: string;
  text: string;
  x: number;
  y: number;
  /** How far the region's marks reach from (x, y); 0 when it has none. */
  clear: number;
  /** Regions with actors first, the most actors first; 0: a region without actors (drawn fainter, and only where nothing is). */
  priority: number;
}

/** A placed name: its box, and its text centred in it. */
export interface PlacedLabel {
  code: string;
  text: string;
  box: Box;
  /** A region without actors, drawn fainter. */
  faint: boolean;
}

/** How a region's name is written on the map: regions with actors in bold, the others smaller and fainter. */
export const REGION_NAME_FONT = { strong: { size: 12, weight: 600 }, faint: { size: 11, weight: 400 } } as const;

/** A region as the map's names see it: its name, its number of actors and where its marks gather (before zooming). */
export interface NamedRegion {
  code: string;
  text: string;
  actors: number;
  anchor: { x: number; y: number };
}

/**
 * The names to place on the map as zoomed by `view` (d3-zoom's k, x, y): each
 * region's point and its marks' reach, on screen, and every mark and cluster
 * as a disc to keep names off. `drawn` are the marks and clusters before zooming.
 */
export function nameWishes(
  regions: readonly NamedRegion[],
  drawn: readonly (Disc & { code: string })[],
  view: { k: number; x: number; y: number },
): { wishes: LabelWish[]; discs: Disc[] } {
  const onScreen = (p: { x: number; y: number }) => ({ x: p.x * view.k + view.x, y: p.y * view.k + view.y });
  const discs = drawn.map((d) => ({ code: d.code, ...onScreen(d), r: d.r * view.k }));
  const wishes = regions.map((region) => {
    const at = onScreen(region.anchor);
    const own = discs.filter((d) => d.code === region.code);
    const clear = Math.max(0, ...own.map((d) => Math.hypot(d.x - at.x, d.y - at.y) + d.r));
    return { code: region.code, text: region.text, ...at, clear, priority: region.actors };
  });
  return { wishes, discs: discs.map(({ x, y, r }) => ({ x, y, r })) };
}

/** The space around a label's text, inside its box. */
const PAD = 2;
/** Between the marks' reach and a name beside them. */
const GAP = 2;

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const inside = (a: Box, bounds: Box): boolean => a.x0 >= bounds.x0 && a.x1 <= bounds.x1 && a.y0 >= bounds.y0 && a.y1 <= bounds.y1;

/** Whether a box and a disc overlap: the box's nearest point to the disc's centre is within its radius. */
export function touchesDisc(box: Box, disc: Disc): boolean {
  const dx = Math.max(box.x0 - disc.x, 0, disc.x - box.x1);
  const dy = Math.max(box.y0 - disc.y, 0, disc.y - box.y1);
  return dx * dx + dy * dy < disc.r * disc.r;
}

/**
 * The boxes a name may take around (x, y), in order of preference: centred on
 * the point when the region has no marks, then below the marks, above them,
 * to their right and to their left.
 */
export function candidates(wish: LabelWish, width: number, height: number): Box[] {
  const { x, y, clear } = wish;
  const w = width + 2 * PAD;
  const h = height + 2 * PAD;
  const reach = clear > 0 ? clear + GAP : 0;
  const box = (cx: number, cy: number): Box => ({ x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 });
  const around = [box(x, y + reach + h / 2), box(x, y - reach - h / 2), box(x + reach + w / 2, y), box(x - reach - w / 2, y)];
  return clear > 0 ? around : [box(x, y), ...around];
}

/**
 * Places names greedily, the highest priority first: each takes its first
 * candidate box that stays within `bounds`, keeps clear of the names already
 * placed and of `blocked` (the legend), and covers no mark or cluster
 * (`discs`). A region with actors that finds no such box takes one that only
 * covers marks; a region without actors is then left unnamed, as is any name
 * with no room at all.
 */
export function placeLabels(
  wishes: readonly LabelWish[],
  measure: (wish: LabelWish) => { width: number; height: number },
  room: { bounds: Box; blocked: readonly Box[]; discs: readonly Disc[] },
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const order = wishes.map((wish, i) => ({ wish, i })).sort((a, b) => b.wish.priority - a.wish.priority || a.i - b.i);
  for (const { wish } of order) {
    const { width, height } = measure(wish);
    const free = candidates(wish, width, height).filter(
      (box) => inside(box, room.bounds) && !room.blocked.some((b) => overlaps(box, b)) && !placed.some((p) => overlaps(box, p.box)),
    );
    const clearOfMarks = free.find((box) => !room.discs.some((d) => touchesDisc(box, d)));
    const box = clearOfMarks ?? (wish.priority > 0 ? free[0] : undefined);
    if (box) placed.push({ code: wish.code, text: wish.text, box, faint: wish.priority === 0 });
  }
  return placed;
}

// ── Names on tiles ──────────────────────────────────────────────────────

/** A tile's name as drawn: its lines and font size. */
export interface TileName {
  lines: string[];
  fontSize: number;
}

/** The font sizes a tile's name tries, largest first. */
export const TILE_FONT_SIZES = [12, 11, 10, 9, 8] as const;

/** A tile name's first line starts this far below the tile's top; lines are 1.15 em apart. */
const TILE_NAME_TOP = 3;
const LINE_HEIGHT = 1.15;

/** Where each line of a tile's name sits: its baseline, below the tile's top (a descent of about 0.25 em under each line). */
export function tileNameBaselines(name: TileName): number[] {
  return name.lines.map((_, i) => TILE_NAME_TOP + (i + 1) * LINE_HEIGHT * name.fontSize - 0.25 * name.fontSize);
}

/** How much of a tile's top its name takes, with a pixel of air below. */
export function tileNameBand(name: TileName): number {
  return TILE_NAME_TOP + name.lines.length * LINE_HEIGHT * name.fontSize + 1;
}

/** The two lines that split a name at a space most evenly (by the wider line), or null for a single word. */
function twoLines(name: string, widthOf: (text: string) => number): [string, string] | null {
  const words = name.split(' ');
  let best: [string, string] | null = null;
  for (let i = 1; i < words.length; i++) {
    const split: [string, string] = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    if (!best || Math.max(...split.map(widthOf)) < Math.max(...best.map(widthOf))) best = split;
  }
  return best;
}

/** A word cut to the longest start that, with a full stop, fits `width` (at least its first letter). */
function shorten(word: string, width: number, widthOf: (text: string) => number): string {
  if (widthOf(word) <= width) return word;
  for (let n = word.length - 1; n > 1; n--) if (widthOf(`${word.slice(0, n)}.`) <= width) return `${word.slice(0, n)}.`;
  return `${word[0]}.`;
}

/**
 * A region's name fitted to `width` pixels in at most two lines: on one line
 * at the largest size it fits, else on two lines at the largest size they
 * fit, else at the smallest size with each line's words shortened ("Lima
 * Metrop."). `widthOf(text, fontSize)` measures a line.
 */
export function fitTileName(name: string, width: number, widthOf: (text: string, fontSize: number) => number): TileName {
  for (const fontSize of TILE_FONT_SIZES) if (widthOf(name, fontSize) <= width) return { lines: [name], fontSize };
  for (const fontSize of TILE_FONT_SIZES) {
    const lines = twoLines(name, (t) => widthOf(t, fontSize));
    if (lines && lines.every((line) => widthOf(line, fontSize) <= width)) return { lines, fontSize };
  }
  const fontSize = TILE_FONT_SIZES.at(-1)!;
  const measure = (t: string) => widthOf(t, fontSize);
  const lines = twoLines(name, measure) ?? [name];
  const fitted = lines.map((line) => {
    if (measure(line) <= width) return line;
    const words = line.split(' ');
    // The last word is shortened first (it is usually the distinguishing one, kept at its start), then each before it.
    for (let i = words.length - 1; i >= 0 && measure(words.join(' ')) > width; i--) {
      const rest = words.filter((_, j) => j !== i).join(' ');
      words[i] = shorten(words[i]!, width - (rest ? measure(`${rest} `) : 0), measure);
    }
    return words.join(' ');
  });
  return { lines: fitted, fontSize };
}
