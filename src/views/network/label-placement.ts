/**
 * Which labels to draw, and where, so that none overlaps another label or
 * another actor: labels are placed by priority (the selection, then bigger
 * actors, then actors with more ties), each in the first of its places (below
 * the actor, above, right, left) that is free; a label with no free place is
 * left out until zooming gives it room. With `bounds` (the part of the
 * drawing on screen), a place counts as free only inside it: a label is never
 * cut by the edge of the drawing.
 * Boxes are in one coordinate space (the renderer's); a grid of cells finds
 * the neighbours of a box without comparing every pair. Pure.
 */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** Higher is placed first. */
  priority: number;
  /** The label's box below the actor (where it is drawn by default), or null when the actor has no label. */
  label: Box | null;
  /** The actor's own shape, an obstacle for every other label. */
  node: Box;
}

/** Where a label sits around its actor, in the order they are tried. */
export const LABEL_PLACES = ['below', 'above', 'right', 'left'] as const;
export type LabelPlace = (typeof LABEL_PLACES)[number];

/** The label's box in each place, from its box below the actor: same size, `gap` away from the actor's shape. */
export function labelBoxes(below: Box, node: Box, gap: number): Record<LabelPlace, Box> {
  const w = below.x2 - below.x1;
  const h = below.y2 - below.y1;
  const cy = (node.y1 + node.y2) / 2;
  return {
    below,
    above: { x1: below.x1, x2: below.x2, y2: node.y1 - gap, y1: node.y1 - gap - h },
    right: { x1: node.x2 + gap, x2: node.x2 + gap + w, y1: cy - h / 2, y2: cy + h / 2 },
    left: { x2: node.x1 - gap, x1: node.x1 - gap - w, y1: cy - h / 2, y2: cy + h / 2 },
  };
}

/**
 * The label's box below the actor, from its box in `place`: the inverse of `labelBoxes` (a label below is centred
 * under its actor), so a label drawn elsewhere is measured where it is, without moving it back below first.
 */
export function belowBox(box: Box, place: LabelPlace, node: Box, gap: number): Box {
  if (place === 'below') return box;
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  const cx = (node.x1 + node.x2) / 2;
  return { x1: cx - w / 2, x2: cx + w / 2, y1: node.y2 + gap, y2: node.y2 + gap + h };
}

const inside = (a: Box, b: Box) => a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

class BoxGrid {
  readonly #cells = new Map<string, { box: Box; owner: string }[]>();
  constructor(private readonly size: number) {}

  #keys(box: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(box.x1 / this.size); i <= Math.floor(box.x2 / this.size); i++) {
      for (let j = Math.floor(box.y1 / this.size); j <= Math.floor(box.y2 / this.size); j++) keys.push(`${i}|${j}`);
    }
    return keys;
  }

  add(box: Box, owner: string): void {
    for (const key of this.#keys(box)) {
      const cell = this.#cells.get(key);
      if (cell) cell.push({ box, owner });
      else this.#cells.set(key, [{ box, owner }]);
    }
  }

  /** Whether `box` overlaps any box added, except those of `owner`. */
  hits(box: Box, owner: string): boolean {
    for (const key of this.#keys(box)) {
      for (const other of this.#cells.get(key) ?? []) if (other.owner !== owner && overlaps(box, other.box)) return true;
    }
    return false;
  }
}

/**
 * The place of each label that is drawn (absent: no room anywhere).
 * `cell`: the grid's cell size (about a label's height suits); `gap`: the
 * distance between an actor and its label; `pad`: room kept around each label;
 * `bounds`: where labels may be drawn (everywhere when absent).
 */
export function placeLabels(candidates: readonly LabelCandidate[], cell = 40, gap = 4, pad = 0, bounds?: Box): Map<string, LabelPlace> {
  const grid = new BoxGrid(Math.max(1, cell));
  for (const c of candidates) grid.add(c.node, c.id);
  const placed = new Map<string, LabelPlace>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const c of ordered) {
    if (!c.label) continue;
    // Each box is kept `pad` clear all round: the renderer's boxes can differ from these by a pixel or two.
    const inflate = (b: Box): Box => ({ x1: b.x1 - pad, y1: b.y1 - pad, x2: b.x2 + pad, y2: b.y2 + pad });
    const boxes = labelBoxes(c.label, c.node, gap);
    const place = LABEL_PLACES.find((p) => (!bounds || inside(boxes[p], bounds)) && !grid.hits(inflate(boxes[p]), c.id));
    if (!place) continue;
    grid.add(inflate(boxes[place]), c.id);
    placed.set(c.id, place);
  }
  return placed;
}

/** How many pairs of the given boxes overlap (for tests and benchmarks). */
export function countOverlaps(boxes: readonly Box[]): number {
  let count = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) count++;
  return count;
}
