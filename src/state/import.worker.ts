/// <reference lib="webworker" />
/**
 * The import worker: reads CSV text and Excel workbooks into tables, and
 * turns tables with their column mapping into a network, off the UI thread.
 * (XML formats are read on the page: workers have no DOMParser.)
 */
import { readCsv } from '../io/csv-read';
import { readXlsx } from '../io/xlsx';
import { tablesToNetwork } from '../io/table-import';
import type { ImportRequest, ImportResponse } from './import-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  const post = (message: ImportResponse) => scope.postMessage(message);
  try {
    if (request.type === 'readCsv') {
      const { table, problems } = readCsv(request.text, request.fileName);
      post({ type: 'tables', id: request.id, tables: table ? [table] : [], problems });
    } else if (request.type === 'readXlsx') {
      const { tables, problems } = await readXlsx(request.data, request.fileName);
      post({ type: 'tables', id: request.id, tables, problems });
    } else {
      const result = tablesToNetwork(request.actors, request.actorMapping, request.ties, request.tieMapping, request.meta);
      post({ type: 'network', id: request.id, network: result.network, problems: result.problems });
    }
  } catch (error) {
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
