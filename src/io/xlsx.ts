/**
 * Excel workbooks (.xlsx) through exceljs, loaded only when a workbook is
 * read or written (it is large). Every sheet becomes a table whose first row
 * is the header; values are read as text (a formula by its last computed
 * result, never re-evaluated). Written cells are plain strings or numbers,
 * never formulas, so an exported label like "=HYPERLINK(…)" stays text.
 */
import { formatNumber } from '../model/localized';
import type { Problem } from '../model/types';
import type { Table } from './table-import';
import { checkWorkbook, MAX_CELLS, MAX_EXPANDED_BYTES, type ZipVerdict } from './zip-limits';

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** Why a workbook was not opened, in both languages. */
function refusal(path: string, verdict: Extract<ZipVerdict, { ok: false }>): Problem {
  const base = { path, code: 'invalid' as const, severity: 'error' as const };
  switch (verdict.reason) {
    case 'too-large':
      return {
        ...base,
        message: `expands to more than ${megabytes(MAX_EXPANDED_BYTES)} MB when opened, more than Puentes reads; it was not opened. Save the sheets you need as CSV, or split the workbook`,
        messageEs: `al abrirse ocupa más de ${megabytes(MAX_EXPANDED_BYTES)} MB, más de lo que Puentes lee; no se abrió. Guarde las hojas que necesita como CSV o divida el libro`,
      };
    case 'too-many-cells':
      return {
        ...base,
        message: `holds more than ${formatNumber(MAX_CELLS, 'en')} cells, more than Puentes reads; it was not opened. Remove unused sheets, rows or columns, or save the sheets you need as CSV`,
        messageEs: `tiene más de ${formatNumber(MAX_CELLS, 'es')} celdas, más de lo que Puentes lee; no se abrió. Quite hojas, filas o columnas que no use, o guarde las hojas que necesita como CSV`,
      };
    case 'unsupported':
      return {
        ...base,
        message: 'uses a compression Puentes cannot read; save it again from Excel or LibreOffice',
        messageEs: 'usa una compresión que Puentes no puede leer; vuelva a guardarlo desde Excel o LibreOffice',
      };
    default:
      return {
        ...base,
        code: 'bad-format',
        message: 'is not a readable Excel workbook (.xlsx): it is not a complete zip file',
        messageEs: 'no es un libro de Excel (.xlsx) legible: no es un archivo zip completo',
      };
  }
}

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
  // Before parsing: how much it really expands to, and how many cells it holds.
  const verdict = await checkWorkbook(data);
  if (!verdict.ok) return { tables: [], problems: [refusal(fileName, verdict)] };
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (error) {
    return {
      tables: [],
      problems: [
        {
          path: fileName,
          code: 'bad-format',
          severity: 'error',
          message: `is not a readable Excel workbook (.xlsx): ${(error as Error).message}`,
          messageEs: `no es un libro de Excel (.xlsx) legible: ${(error as Error).message}`,
        },
      ],
    };
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
  if (tables.length === 0)
    return {
      tables,
      problems: [
        {
          path: fileName,
          code: 'missing',
          severity: 'error',
          message: 'has no sheet with a header row',
          messageEs: 'no tiene ninguna hoja con fila de encabezados',
        },
      ],
    };
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
  // ExcelJS gives a Buffer (a view, perhaps of a larger pool): its own bytes, as the ArrayBuffer it is typed as.
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
