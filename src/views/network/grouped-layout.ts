/**
 * Positions for the "grouped" layouts: one column per group (pillar, region),
 * its actors in a compact grid inside the column, groups in the given order.
 */
export interface Point {
  x: number;
  y: number;
}

export interface GroupedOptions {
  /** Space between actors. */
  spacing: number;
  /** Actors per row inside a column. */
  perRow: number;
  /** Space between columns. */
  gap: number;
}

const DEFAULTS: GroupedOptions = { spacing: 70, perRow: 3, gap: 90 };

/** Where a group's column starts, for its heading. */
export interface GroupAnchor extends Point {
  group: string;
  /** The column's width including the gap after it: room for the heading. */
  width: number;
}

export interface GroupedLayout {
  positions: Record<string, Point>;
  anchors: GroupAnchor[];
}

/**
 * Places `ids` in columns by `groupOf(id)`; groups appear in `order`, unknown
 * groups after them alphabetically. Returns a position for every id and an
 * anchor above each column for its heading.
 */
export function groupedPositions(
  ids: readonly string[],
  groupOf: (id: string) => string,
  order: readonly string[] = [],
  options: Partial<GroupedOptions> = {},
): GroupedLayout {
  const { spacing, perRow, gap } = { ...DEFAULTS, ...options };
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const group = groupOf(id);
    (groups.get(group) ?? groups.set(group, []).get(group)!).push(id);
  }
  const rank = (g: string) => (order.includes(g) ? order.indexOf(g) : order.length);
  const sorted = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const positions: Record<string, Point> = {};
  const anchors: GroupAnchor[] = [];
  let left = 0;
  for (const group of sorted) {
    const members = groups.get(group)!;
    const columns = Math.min(perRow, members.length);
    members.forEach((id, i) => {
      positions[id] = { x: left + (i % columns) * spacing, y: Math.floor(i / columns) * spacing };
    });
    anchors.push({ group, x: left + ((columns - 1) * spacing) / 2, y: -spacing * 0.75, width: (columns - 1) * spacing + gap });
    left += (columns - 1) * spacing + spacing + gap;
  }
  return { positions, anchors };
}
