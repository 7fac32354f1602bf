/** Sorting rows by a column, with not-assessed values last whatever the direction. */
export type Direction = 'ascending' | 'descending';

export function compareValues(a: string | number | null, b: string | number | null, direction: Direction, locale: string): number {
  if (a === b) return 0;
  if (a === null || a === '') return 1;
  if (b === null || b === '') return -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), locale, { numeric: true });
  return direction === 'ascending' ? order : -order;
}
