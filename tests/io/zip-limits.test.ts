// A workbook is measured before it is parsed: a small file that expands to a
// huge sheet is refused at once with a clear message, an honest one opens.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkWorkbook, MAX_CELLS } from '../../src/io/zip-limits';
import { readXlsx, writeXlsx } from '../../src/io/xlsx';

const table = (rows: number) => ({
  fileName: 't',
  headers: ['nombre', 'sector'],
  rows: Array.from({ length: rows }, (_, i) => [`Actor ${i}`, 'Estado']),
});

/** A real workbook whose first sheet is replaced by `cells` cells of "<c r=\"A1\"><v>1</v></c>" (it compresses to almost nothing). */
async function bomb(cells: number): Promise<ArrayBuffer> {
  const zip = await JSZip.loadAsync(await writeXlsx([{ name: 'actores', table: table(1) }]));
  const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${'<c r="A1"><v>1</v></c>'.repeat(cells)}</row></sheetData></worksheet>`;
  zip.file('xl/worksheets/sheet1.xml', sheet);
  return zip.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE' });
}

describe('checking a workbook before opening it', () => {
  it('counts the cells of an honest workbook: 2 header cells and 2 per row', async () => {
    const verdict = await checkWorkbook(await writeXlsx([{ name: 'actores', table: table(300) }]));
    expect(verdict).toMatchObject({ ok: true, cells: 2 + 2 * 300 });
  });

  it('refuses a small file holding more cells than the limit, before parsing, in both languages', async () => {
    const data = await bomb(MAX_CELLS + 1000);
    expect(data.byteLength).toBeLessThan(1024 * 1024);
    expect(await checkWorkbook(data)).toMatchObject({ ok: false, reason: 'too-many-cells' });
    const { tables, problems } = await readXlsx(data, 'bomba.xlsx');
    expect(tables).toEqual([]);
    expect(problems[0]).toMatchObject({ path: 'bomba.xlsx', severity: 'error' });
    expect(problems[0]?.message).toContain('holds more than 2,000,000 cells');
    // Peru writes 2,000,000 (es-PE groups with commas).
    expect(problems[0]?.messageEs).toContain('tiene más de 2,000,000 celdas');
  });

  it('refuses a file that expands past the byte limit, counting real bytes', async () => {
    const data = await bomb(50_000);
    expect(await checkWorkbook(data, { bytes: 512 * 1024, cells: MAX_CELLS })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('says a file that is not a zip is not a workbook', async () => {
    const { problems } = await readXlsx(new TextEncoder().encode('nombre,sector\nA,Estado\n').buffer as ArrayBuffer, 'renamed.xlsx');
    expect(problems[0]).toMatchObject({ path: 'renamed.xlsx', code: 'bad-format' });
  });
});
