/**
 * Rows within a lane of the timeline, so that marks and their labels do not run over one another: each mark goes in
 * the first row free at its left edge (marks taken from left to right). A lane has at most `maxRows` rows; a mark
 * that finds none free with its label goes without it, in the first row free for the mark alone, or failing that in
 * the row that frees soonest, over what is there.
 */

/** A mark's extent in pixels, and how wide its label would be after it. */
export interface MarkExtent {
  x0: number;
  x1: number;
  label: number;
}

export interface RowPlace {
  row: number;
  labelled: boolean;
}

/** Space kept between two marks in a row, in pixels. */
const GAP = 6;

export function packRows(marks: readonly MarkExtent[], maxRows: number): { places: RowPlace[]; rows: number } {
  const order = marks.map((_, i) => i).sort((a, b) => marks[a]!.x0 - marks[b]!.x0);
  /** Where each row is taken up to. */
  const ends: number[] = [];
  const places: RowPlace[] = new Array<RowPlace>(marks.length);
  for (const i of order) {
    const { x0, x1, label } = marks[i]!;
    const free = (row: number) => ends[row]! + GAP <= x0;
    let row = ends.findIndex((_, r) => free(r));
    if (row === -1 && ends.length < maxRows) row = ends.length;
    if (row !== -1) {
      ends[row] = x1 + label;
      places[i] = { row, labelled: true };
      continue;
    }
    // No room with the label: the mark alone, where it fits, else in the row that frees soonest.
    row = ends.findIndex((end) => end <= x0);
    if (row === -1) row = ends.indexOf(Math.min(...ends));
    ends[row] = Math.max(ends[row]!, x1);
    places[i] = { row, labelled: false };
  }
  return { places, rows: Math.max(1, ends.length) };
}
