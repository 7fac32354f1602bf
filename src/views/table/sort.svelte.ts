/**
 * What the actor and tie tables share: sorting by a column (not-assessed
 * values last whatever the direction; numbers as numbers, even when written
 * as text), a text filter, and showing a first slice of long tables.
 */
import { compareText } from '../../model/localized';

export type Direction = 'ascending' | 'descending';

const NUMBER = /^-?\d+(\.\d+)?$/;

export function compareValues(a: string | number | null, b: string | number | null, direction: Direction, locale: string): number {
  if (a === b) return 0;
  if (a === null || a === '') return 1;
  if (b === null || b === '') return -1;
  const [x, y] = [a, b].map((v) => (typeof v === 'string' && NUMBER.test(v) ? Number(v) : v));
  const order = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(locale, { numeric: true })(String(x), String(y));
  return direction === 'ascending' ? order : -order;
}

/** Rows shown before "show all". */
export const FIRST_ROWS = 300;

export class TableState {
  column: string = $state('');
  direction: Direction = $state('ascending');
  text = $state('');
  showAll = $state(false);

  constructor(column: string) {
    this.column = column;
  }

  /** Sorts by `column`; the same column again reverses the order. */
  sort = (column: string): void => {
    this.direction = this.column === column && this.direction === 'ascending' ? 'descending' : 'ascending';
    this.column = column;
  };

  shown<T>(rows: T[]): T[] {
    return this.showAll ? rows : rows.slice(0, FIRST_ROWS);
  }
}
