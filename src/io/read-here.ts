/**
 * Tables read right here, for the command line and the tests. The page reads them in its import worker
 * (state/import-runner.ts) instead: no module the page loads imports io/xlsx.ts, so ExcelJS is bundled once, for the
 * worker.
 */
import { readCsv } from './csv-read';
import type { TableReader } from './import-files';
import { readXlsx } from './xlsx';

export const readTablesHere: TableReader = async (fileName, content) => {
  if (typeof content !== 'string') return readXlsx(content, fileName);
  const { table, problems } = readCsv(content, fileName);
  return { tables: table ? [table] : [], problems };
};
