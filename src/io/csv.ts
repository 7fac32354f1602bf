/**
 * Writing CSV that is safe to open in a spreadsheet: every field quoted, and
 * a field that a spreadsheet would read as a formula (starting with = + - @,
 * a tab, CR or LF) neutralised with a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** A plain number ("-1", "+2", "0.5") cannot be a formula and is left as it is. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  // A leading apostrophe is itself escaped, so reading back can always tell which apostrophe was added.
  if (typeof value !== 'number' && (FORMULA_START.test(text) || text.startsWith("'")) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Undoes `csvField`'s neutralisation when reading a cell back: "'=1+1" → "=1+1". */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && (FORMULA_START.test(cell.slice(1)) || cell.startsWith("''")) ? cell.slice(1) : cell;
}

/** Rows of values as CSV text with a header row, CRLF line ends. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
