/// <reference lib="webworker" />
/**
 * The import worker: reads CSV text, Excel workbooks and GEXF/GraphML files,
 * turns tables with their column mapping into a network (or into engagements and
 * commitments for the open scenario), and Network Canvas exports into informants' answers, off the UI thread. It writes the Excel
 * exports too, so ExcelJS is in the app once.
 * Workers have no DOMParser, so XML is read with xmldom (graphology's
 * parsers take the DOMParser and Document they find when first loaded).
 */
import { installXmlGlobals, strictXmlParser } from '../io/xmldom';
import { readCsv } from '../io/csv-read';
import { readXlsx, writeXlsx } from '../io/xlsx';
import { tablesToNetwork } from '../io/table-import';
import { parseNetworkJson } from '../model/validate';
import type { ImportRequest, ImportResponse } from './import-messages';
import { loadCatalogues } from '../text/catalogues';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// A worker has its own copy of the catalogues: both are loaded before the first message is answered, as what it
// reads and writes names vocabulary values in either language.
const catalogues = loadCatalogues();

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  await catalogues;
  const request = event.data;
  const post = (message: ImportResponse) => scope.postMessage(message);
  try {
    if (request.type === 'readCsv') {
      const { table, problems } = readCsv(request.text, request.fileName);
      post({ type: 'tables', id: request.id, tables: table ? [table] : [], problems });
    } else if (request.type === 'readNetwork') {
      if (request.format === 'json') {
        const result = parseNetworkJson(request.text, request.fileName);
        return post({ type: 'network', id: request.id, network: result.network, problems: result.problems });
      }
      const format = request.format;
      installXmlGlobals(scope);
      const { readGraphFile } = await import('../io/graph-formats');
      const result = readGraphFile(request.text, request.fileName, format, strictXmlParser(), request.options);
      post({ type: 'network', id: request.id, network: result.network, problems: result.problems, drawing: result.drawing });
    } else if (request.type === 'readNetworkCanvas') {
      const { readNetworkCanvasFiles } = await import('../io/network-canvas');
      post({ type: 'interviews', id: request.id, imported: readNetworkCanvasFiles(request.files) });
    } else if (request.type === 'writeXlsx') {
      const data = await writeXlsx(request.sheets);
      scope.postMessage({ type: 'workbook', id: request.id, data } satisfies ImportResponse, [data]);
    } else if (request.type === 'buildRecords') {
      const { importRecordTables } = await import('../io/record-import');
      const onProgress = (done: number, total: number) => post({ type: 'progress', id: request.id, done, total });
      post({ type: 'records', id: request.id, ...importRecordTables(request.tables, request.target, onProgress) });
    } else if (request.type === 'readXlsx') {
      const { tables, problems } = await readXlsx(request.data, request.fileName);
      post({ type: 'tables', id: request.id, tables, problems });
    } else {
      const onProgress = (done: number, total: number) => post({ type: 'progress', id: request.id, done, total });
      const result = tablesToNetwork(request.actors, request.actorMapping, request.ties, request.tieMapping, request.meta, {
        ...request.options,
        onProgress,
      });
      post({ type: 'network', id: request.id, network: result.network, problems: result.problems, readings: result.readings ?? [] });
    }
  } catch (error) {
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
