/**
 * Which labels to draw, and where, so that none overlaps another label or
 * another actor: labels are placed by priority (the selection, then bigger
 * actors, then actors with more ties), each in the first of its places (below
 * the actor, above, right, left) that is free; a label with no free place is
 * left out until zooming gives it room. A label that may move, or must be
 * drawn (the selected, newly added and most connected actors), and finds none
 * of those places free is moved clear of the crowd, to the nearest free spot,
 * and joined to its actor by a leader line; with no free spot at all, one that
 * must be drawn is drawn in its first place (or nearest spot) on screen, over the
 * crowd if need be. With `bounds` (the part of the drawing on screen), a place
 * counts only inside it: a label is never cut by the edge of the drawing, and
 * the label of an actor off screen waits until it is scrolled back into view.
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
  /** What other labels must not cover, when not the whole of `node` (a community's number inside its bubble). */
  obstacle?: Box;
  /** Moved clear of a crowd, to be joined by a leader line, when no place beside the actor is free. */
  movable?: boolean;
  /** Drawn whatever the crowd: moved clear of it when no place beside the actor is free, else drawn below it regardless. */
  always?: boolean;
}

/** Where a label sits around its actor, in the order they are tried. */
export const LABEL_PLACES = ['below', 'above', 'right', 'left'] as const;
export type LabelPlace = (typeof LABEL_PLACES)[number];

/** A label moved clear of a crowd: its box below the actor shifted by (dx, dy), joined to its actor by a leader line. */
export interface MovedLabel {
  dx: number;
  dy: number;
}

/** Where a label is drawn: in one of the places beside its actor, or moved away from it. */
export type Placement = LabelPlace | MovedLabel;

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

/** The box a label takes at `placement`, from its box below the actor. */
export function placedBox(below: Box, node: Box, placement: Placement, gap: number): Box {
  if (typeof placement === 'string') return labelBoxes(below, node, gap)[placement];
  return shift(below, placement.dx, placement.dy);
}

const shift = (b: Box, dx: number, dy: number): Box => ({ x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy });
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

/** How far a moved label may go from its actor, in label heights (and half that many label widths across). */
const FARTHEST = 8;

/**
 * The shifts of a label's box below its actor that move it clear of the actor, nearest first: a grid of steps of a
 * quarter of its width across and half its height up and down, ordered by how far the label's centre moves from the
 * actor's centre.
 */
function movesAway(below: Box, node: Box): MovedLabel[] {
  const w = below.x2 - below.x1;
  const h = below.y2 - below.y1;
  const cx = (node.x1 + node.x2) / 2;
  const cy = (node.y1 + node.y2) / 2;
  const from = { x: (below.x1 + below.x2) / 2, y: (below.y1 + below.y2) / 2 };
  const moves: (MovedLabel & { distance: number })[] = [];
  for (let i = -FARTHEST; i <= FARTHEST; i++) {
    for (let j = -2 * FARTHEST; j <= 2 * FARTHEST; j++) {
      const x = cx + (i * w) / 4;
      const y = cy + (j * h) / 2;
      const moved = { x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 };
      if (overlaps(moved, node)) continue;
      moves.push({ dx: x - from.x, dy: y - from.y, distance: Math.hypot(x - cx, y - cy) });
    }
  }
  return moves.sort((a, b) => a.distance - b.distance).map(({ dx, dy }) => ({ dx, dy }));
}

/**
 * Where each label is drawn (absent: no room anywhere; never absent for a candidate that is `always` labelled).
 * `cell`: the grid's cell size (about a label's height suits); `gap`: the
 * distance between an actor and its label; `pad`: room kept around each label;
 * `bounds`: where labels may be drawn (everywhere when absent).
 */
export function placeLabels(candidates: readonly LabelCandidate[], cell = 40, gap = 4, pad = 0, bounds?: Box): Map<string, Placement> {
  const grid = new BoxGrid(Math.max(1, cell));
  for (const c of candidates) grid.add(c.obstacle ?? c.node, c.id);
  const placed = new Map<string, Placement>();
  // The labels that are always drawn first, so the crowd makes room for them rather than the other way round.
  const ordered = [...candidates].sort(
    (a, b) => Number(!!b.always) - Number(!!a.always) || b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  // Each box is kept `pad` clear all round: the renderer's boxes can differ from these by a pixel or two.
  const inflate = (b: Box): Box => ({ x1: b.x1 - pad, y1: b.y1 - pad, x2: b.x2 + pad, y2: b.y2 + pad });
  for (const c of ordered) {
    if (!c.label) continue;
    const below = c.label;
    const free = (placement: Placement) => {
      const box = placedBox(below, c.node, placement, gap);
      return (!bounds || inside(box, bounds)) && !grid.hits(inflate(box), c.id);
    };
    const onScreen = (placement: Placement) => !bounds || inside(placedBox(below, c.node, placement, gap), bounds);
    let placement: Placement | undefined = LABEL_PLACES.find(free);
    const moves = !placement && (c.always || c.movable) ? movesAway(below, c.node) : [];
    placement ??= moves.find(free);
    if (!placement && c.always) placement = LABEL_PLACES.find(onScreen) ?? moves.find(onScreen);
    if (!placement) continue;
    grid.add(inflate(placedBox(below, c.node, placement, gap)), c.id);
    placed.set(c.id, placement);
  }
  return placed;
}

/** How many pairs of the given boxes overlap (for tests and benchmarks). */
export function countOverlaps(boxes: readonly Box[]): number {
  let count = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) count++;
  return count;
}
