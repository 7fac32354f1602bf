import type { Table } from '../../io/table-import';
import { ImportRunner } from '../../state/import-runner';

/** Saves data as a file on the user's computer (a Blob URL; nothing leaves the browser). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text as a file. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/**
 * Saves an Excel workbook of these sheets, written in the import worker (which loads ExcelJS to read workbooks too),
 * so the app carries one copy of ExcelJS (~250 KB gzip), not one for the page and another for the worker.
 */
export async function downloadWorkbook(sheets: { name: string; table: Table }[], fileName: string): Promise<void> {
  const runner = new ImportRunner();
  try {
    const data = await runner.writeXlsx(sheets);
    downloadBlob(new Blob([data], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), fileName);
  } finally {
    runner.close();
  }
}
