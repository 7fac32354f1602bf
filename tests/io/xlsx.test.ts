import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../src/io/columns';
import { networkToTables } from '../../src/io/table-export';
import { tablesToNetwork } from '../../src/io/table-import';
import { readXlsx, writeXlsx } from '../../src/io/xlsx';
import { parseNetwork } from '../../src/model/validate';
import lima from '../../data/lima-2010.json';

describe('Excel workbooks', () => {
  it('export the Lima network as a workbook that imports back to the same network', async () => {
    const original = parseNetwork(lima).network!;
    const { actors, ties } = networkToTables(original, 'en');
    const data = await writeXlsx([
      { name: 'actors', table: actors },
      { name: 'ties', table: ties },
    ]);
    const { tables, problems } = await readXlsx(data, 'lima.xlsx');
    expect(problems).toEqual([]);
    expect(tables.map((t) => t.fileName)).toEqual(['lima.xlsx [actors]', 'lima.xlsx [ties]']);
    const [a, t] = tables;
    const result = tablesToNetwork(a!, proposeMapping('actors', a!.headers), t!, proposeMapping('ties', t!.headers), {
      id: 'x',
      title: 'x',
    });
    expect(result.problems).toEqual([]);
    expect(result.network?.actors).toEqual(original.actors);
    expect(result.network?.ties).toEqual(original.ties);
  });

  it('writes a formula-looking label as text, not as a formula', async () => {
    const data = await writeXlsx([{ name: 'actors', table: { fileName: 'x', headers: ['name'], rows: [['=HYPERLINK("http://x","y")']] } }]);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data);
    const cell = workbook.getWorksheet('actors')!.getCell('A2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://x","y")');
  });

  it('reports a file that is not a workbook instead of throwing', async () => {
    const { tables, problems } = await readXlsx(new TextEncoder().encode('name,sector\nA,company').buffer as ArrayBuffer, 'fake.xlsx');
    expect(tables).toEqual([]);
    expect(problems[0]).toMatchObject({ path: 'fake.xlsx', code: 'bad-format' });
  });
});
