/**
 * Writing CSV that is safe to open in a spreadsheet: every field quoted, and
 * a field that a spreadsheet would read as a formula (starting with = + - @,
 * a tab, CR or LF) neutralised with a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows of values as CSV text with a header row, CRLF line ends. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
