/**
 * Excel workbooks (.xlsx) through exceljs, loaded only when a workbook is
 * read or written (it is large). Every sheet becomes a table whose first row
 * is the header; values are read as text (a formula by its last computed
 * result, never re-evaluated). Written cells are plain strings or numbers,
 * never formulas, so an exported label like "=HYPERLINK(…)" stays text.
 */
import type { Problem } from '../model/types';
import type { Table } from './table-import';

type Cell = { value: unknown; text?: string };

function cellText(cell: Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: string; hyperlink?: string; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return v.result === undefined || v.result === null ? '' : String(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.error) return '';
    return '';
  }
  return String(value);
}

export async function readXlsx(data: ArrayBuffer, fileName: string): Promise<{ tables: Table[]; problems: Problem[] }> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (error) {
    return { tables: [], problems: [{ path: fileName, code: 'bad-format', severity: 'error', message: `is not a readable Excel workbook (.xlsx): ${(error as Error).message}`, messageEs: `no es un libro de Excel (.xlsx) legible: ${(error as Error).message}` }] };
  }
  const tables: Table[] = [];
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) values.push(cellText(row.getCell(c) as unknown as Cell).trim());
      rows.push(values);
    });
    const [headers, ...body] = rows;
    if (headers && headers.some(Boolean)) tables.push({ fileName: `${fileName} [${sheet.name}]`, headers, rows: body });
  });
  if (tables.length === 0) return { tables, problems: [{ path: fileName, code: 'missing', severity: 'error', message: 'has no sheet with a header row', messageEs: 'no tiene ninguna hoja con fila de encabezados' }] };
  return { tables, problems: [] };
}

/** A workbook with one sheet per table; numbers stay numbers, everything else is text. */
export async function writeXlsx(sheets: { name: string; table: Table }[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Puentes';
  for (const { name, table } of sheets) {
    const sheet = workbook.addWorksheet(name.slice(0, 31));
    const header = sheet.addRow(table.headers);
    header.font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(row.map((value) => (/^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value)));
    }
    sheet.columns.forEach((column) => {
      column.width = 18;
    });
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
