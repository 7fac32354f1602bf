/**
 * Writing CSV that is safe to open in a spreadsheet: every field quoted, and
 * a field that a spreadsheet could read as a formula (starting with = + - @,
 * a tab, CR or LF, or with a line that does once spaces are trimmed)
 * neutralised with a leading apostrophe, which reading back removes.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;
/** A line of the cell that a spreadsheet could take for a formula once it trims spaces: " =1+1", "a\n=1+1". */
const FORMULA_LINE = /(^|[\r\n])[ \t]*[=+\-@]/;

/** A plain number ("-1", "+2", "0.5") cannot be a formula and is left as it is. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  // A leading apostrophe is itself escaped, so reading back can always tell which apostrophe was added.
  if (
    typeof value !== 'number' &&
    (FORMULA_START.test(text) || FORMULA_LINE.test(text) || text.startsWith("'")) &&
    !PLAIN_NUMBER.test(text)
  ) {
    text = `'${text}`;
  }
  return `"${text.replace(/"/g, '""')}"`;
}

/** Undoes `csvField`'s neutralisation when reading a cell back: "'=1+1" → "=1+1". */
export function unneutralise(cell: string): string {
  const rest = cell.slice(1);
  return cell.startsWith("'") && (FORMULA_START.test(rest) || FORMULA_LINE.test(rest) || rest.startsWith("'")) ? rest : cell;
}

/** Rows of values as CSV text with a header row, CRLF line ends. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
