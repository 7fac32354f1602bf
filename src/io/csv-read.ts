/**
 * Reading a CSV file into a table with papaparse: delimiter detected
 * (comma, semicolon — common in Spanish-locale spreadsheets — or tab), a byte
 * order mark dropped, ragged rows reported with their row number. Never throws.
 */
import Papa from 'papaparse';
import type { Problem } from '../model/types';
import type { Table } from './table-import';
import { unneutralise } from './csv';

export interface ReadTable {
  table: Table | null;
  problems: Problem[];
}

export function readCsv(text: string, fileName: string): ReadTable {
  const clean = text.replace(/^\uFEFF/, '');
  if (!clean.trim()) {
    return {
      table: null,
      problems: [{ path: fileName, code: 'missing', severity: 'error', message: 'is empty', messageEs: 'está vacío' }],
    };
  }
  const parsed = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  const problems: Problem[] = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({
      path: `${fileName} row ${(e.row ?? 0) + 1}`,
      code: 'bad-format' as const,
      severity: 'warning' as const,
      message: e.message,
      messageEs: `no se pudo leer bien (${e.message})`,
    }));
  const [headers = [], ...rows] = parsed.data.map((row) => row.map(unneutralise));
  if (headers.length === 0)
    return {
      table: null,
      problems: [
        ...problems,
        { path: fileName, code: 'missing', severity: 'error', message: 'has no header row', messageEs: 'no tiene fila de encabezados' },
      ],
    };
  rows.forEach((row, i) => {
    if (row.length !== headers.length) {
      problems.push({
        path: `${fileName} row ${i + 2}`,
        code: 'bad-format',
        severity: 'warning',
        message: `has ${row.length} cells where the header has ${headers.length}; missing cells are read as empty, extra cells are ignored`,
        messageEs: `tiene ${row.length} celdas y el encabezado ${headers.length}; las que faltan se leen vacías y las que sobran se ignoran`,
      });
    }
  });
  return { table: { fileName, headers: headers.map((h) => h.trim()), rows }, problems };
}
