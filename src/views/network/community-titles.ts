/**
 * Where the community overview's titles go (CommunityOverview.svelte): one per community, by size, each beside its
 * bubble where it covers no other title nor the core of another bubble (its number and most of its colour), inside the part of the drawing on screen; the
 * largest communities' titles, when crowded out, move to the nearest free spot with a leader line; any other title
 * with no room is left out (the bubble names its members on hover and focus). The placing is label-placement.ts's,
 * with the bubble's core, not the whole bubble, as what other titles must not cover: the bubbles are packed close,
 * and a title over a neighbour's rim leaves it readable. Pure; boxes in the drawing's units.
 */
import { placeLabels, placedBox, type Box, type LabelCandidate } from './label-placement';

/** A community's bubble, and its title's size on screen. */
export interface TitledMark {
  number: number;
  /** The bubble's centre and radius, in the drawing's units. */
  x: number;
  y: number;
  r: number;
  /** Its members: larger communities are titled first. */
  members: number;
  /** The title's box on screen, in pixels. */
  width: number;
  height: number;
}

/** The largest communities (those with a colour of their own) may have their title moved clear, with a leader line. */
export const MOVABLE = 10;

/** A title drawn: its box, and the line from its bubble to it when it was moved away (in the drawing's units). */
export interface PlacedTitle {
  box: Box;
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** Bubbles at least this large (radius, in the drawing's units) show their number, drawn NUMBER_FONT units high. */
export const NUMBERED = 12;
export const NUMBER_FONT = 11;

/**
 * What other titles must not cover of a bubble: the square inside it (its number and most of its colour), leaving
 * its rim; all of a small one.
 */
function coreBox({ x, y, r }: TitledMark): Box {
  const half = r < NUMBERED ? r : r * Math.SQRT1_2;
  return { x1: x - half, y1: y - half, x2: x + half, y2: y + half };
}

/**
 * The box of each title drawn, by community number. `scale`: pixels on screen per unit of the drawing; `view`: the part
 * of the drawing on screen. Titles keep 2 px clear of each other and sit 3 px from their bubble.
 */
export function placeTitles(marks: readonly TitledMark[], scale: number, view: Box): Map<number, PlacedTitle> {
  const unit = 1 / Math.max(1e-6, scale);
  const largest = new Set(
    [...marks]
      .sort((a, b) => b.members - a.members || a.number - b.number)
      .slice(0, MOVABLE)
      .map((m) => m.number),
  );
  const candidates: LabelCandidate[] = marks.map((mark) => {
    const w = mark.width * unit;
    const h = mark.height * unit;
    const below = mark.y + mark.r + 3 * unit;
    return {
      id: String(mark.number),
      priority: mark.members,
      node: { x1: mark.x - mark.r, y1: mark.y - mark.r, x2: mark.x + mark.r, y2: mark.y + mark.r },
      obstacle: coreBox(mark),
      label: { x1: mark.x - w / 2, x2: mark.x + w / 2, y1: below, y2: below + h },
      movable: largest.has(mark.number),
    };
  });
  const height = Math.max(1, ...marks.map((m) => m.height)) * unit;
  const placed = placeLabels(candidates, height * 2.5, 3 * unit, unit, view);
  const titles = new Map<number, PlacedTitle>();
  marks.forEach((mark, i) => {
    const c = candidates[i]!;
    const placement = placed.get(c.id);
    if (placement === undefined) return;
    const box = placedBox(c.label!, c.node, placement, 3 * unit);
    titles.set(mark.number, { box, leader: typeof placement === 'string' ? null : leaderTo(mark, box) });
  });
  return titles;
}

/** The line from a bubble's rim to the nearest point of its title's box. */
function leaderTo({ x, y, r }: TitledMark, box: Box): PlacedTitle['leader'] {
  const x2 = Math.min(Math.max(x, box.x1), box.x2);
  const y2 = Math.min(Math.max(y, box.y1), box.y2);
  const length = Math.hypot(x2 - x, y2 - y) || 1;
  return { x1: x + ((x2 - x) * r) / length, y1: y + ((y2 - y) * r) / length, x2, y2 };
}
