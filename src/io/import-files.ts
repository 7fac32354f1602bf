/**
 * The first step of an import, shared by every format: which kind each file
 * is, the size and row limits, and for a single network file (JSON, GEXF,
 * GraphML) the network itself. CSV files go on to the column mapping.
 */
import type { Network, Problem } from '../model/types';
import { parseNetworkJson } from '../model/validate';
import { readGraphFile, type GraphDrawing, type GraphImport, type XmlParser } from './graph-formats';
import type { Table } from './table-import';
import { proposeMapping } from './columns';
import { edgeListTables } from './edge-list';
import { looksEncrypted, readEnvelope } from './encrypted-file';
import { translate } from '../text/translate';

/**
 * What one import reads at most: enough for a national registry of 20,000
 * organisations with their ties (about 75,000 records, 18 MB of JSON), which
 * the app opens as an overview of its communities.
 */
export const MAX_FILE_MEGABYTES = 40;
export const MAX_ROWS = 150_000;

export type FileKind = 'json' | 'gexf' | 'graphml' | 'csv' | 'xlsx' | 'unknown';

export function kindOf(fileName: string): FileKind {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (extension === 'json') return 'json';
  if (extension === 'gexf') return 'gexf';
  if (extension === 'graphml' || extension === 'xml') return 'graphml';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  if (extension === 'xlsx') return 'xlsx';
  return 'unknown';
}

export interface ChosenFile {
  name: string;
  size: number;
  text: () => Promise<string>;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

export type FirstStep =
  | {
      kind: 'network';
      network: Network | null;
      problems: Problem[];
      fileName: string;
      drawing?: GraphDrawing;
      /** The file's text, when it is protected with a passphrase: the page asks for it, opens it and reads it again. */
      encrypted?: string;
    }
  | { kind: 'tables'; actors: Table | null; ties: Table | null; problems: Problem[]; fileName: string };

const refuse = (path: string, message: string, messageEs: string): Problem => ({
  path,
  code: 'invalid',
  severity: 'error',
  message,
  messageEs,
});

/**
 * Reads a CSV text or a workbook into tables: the page passes one that runs in its import worker, the command line
 * and the tests `readTablesHere` (read-here.ts).
 */
export type TableReader = (fileName: string, content: string | ArrayBuffer) => Promise<{ tables: Table[]; problems: Problem[] }>;

export type NetworkFileFormat = 'json' | 'gexf' | 'graphml';

/** Reads a JSON, GEXF or GraphML text into a network; the page passes one that runs in a worker. */
export type NetworkReader = (fileName: string, text: string, format: NetworkFileFormat) => Promise<GraphImport>;

/** Reads the chosen files: one network file, or one or two CSV tables (which is which is told from their headers). */
export async function readChosenFiles(
  files: ChosenFile[],
  xml: XmlParser,
  readTables: TableReader,
  readNetwork: NetworkReader = async (fileName, text, format) =>
    format === 'json' ? parseNetworkJson(text, fileName) : readGraphFile(text, fileName, format, xml),
): Promise<FirstStep> {
  const problems: Problem[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_MEGABYTES * 1024 * 1024)
      problems.push(
        refuse(
          file.name,
          `is larger than ${MAX_FILE_MEGABYTES} MB, the most Puentes reads at once`,
          `pesa más de ${MAX_FILE_MEGABYTES} MB, lo máximo que Puentes lee de una vez`,
        ),
      );
    if (kindOf(file.name) === 'unknown')
      problems.push(
        refuse(
          file.name,
          'is not a file Puentes reads (CSV, Excel .xlsx, JSON, GEXF, GraphML)',
          'no es un archivo que Puentes lea (CSV, Excel .xlsx, JSON, GEXF, GraphML)',
        ),
      );
  }
  const fileName = files[0]?.name ?? '';
  if (problems.length > 0 || files.length === 0) return { kind: 'network', network: null, problems, fileName };

  const networkFile = files.find((f) => !['csv', 'xlsx'].includes(kindOf(f.name)));
  if (networkFile) {
    const text = await networkFile.text();
    const kind = kindOf(networkFile.name);
    if (kind === 'json' && looksEncrypted(text)) {
      const damaged = readEnvelope(text, networkFile.name).problems;
      const locked = { path: networkFile.name, code: 'invalid', severity: 'error' } as const;
      const problems: Problem[] = damaged.length
        ? damaged
        : [{ ...locked, message: translate('en', 'encrypted.needsPassphrase'), messageEs: translate('es', 'encrypted.needsPassphrase') }];
      return { kind: 'network', network: null, problems, fileName: networkFile.name, ...(damaged.length ? {} : { encrypted: text }) };
    }
    const result = await readNetwork(networkFile.name, text, kind as NetworkFileFormat);
    const rows = (result.network?.actors.length ?? 0) + (result.network?.ties.length ?? 0);
    if (rows > MAX_ROWS)
      return {
        kind: 'network',
        network: null,
        problems: [
          refuse(
            networkFile.name,
            `holds ${rows} actors and ties; Puentes reads at most ${MAX_ROWS}`,
            `tiene ${rows} actores y vínculos; Puentes lee como máximo ${MAX_ROWS}`,
          ),
        ],
        fileName,
      };
    const drawing = result.drawing ? { drawing: result.drawing } : {};
    return { kind: 'network', network: result.network, problems: result.problems, fileName: networkFile.name, ...drawing };
  }

  // Tables from CSV files and from every sheet of a workbook; which is the ties table is told from its headers.
  const tables: Table[] = [];
  for (const file of files.slice(0, 2)) {
    const content = kindOf(file.name) === 'xlsx' ? await file.arrayBuffer() : await file.text();
    const read = await readTables(file.name, content);
    problems.push(...read.problems);
    tables.push(...read.tables);
  }
  let actors: Table | null = null;
  let ties: Table | null = null;
  for (const table of tables) {
    if (table.rows.length > MAX_ROWS) {
      problems.push(
        refuse(
          table.fileName,
          `holds ${table.rows.length} rows; Puentes reads at most ${MAX_ROWS}`,
          `tiene ${table.rows.length} filas; Puentes lee como máximo ${MAX_ROWS}`,
        ),
      );
      continue;
    }
    const mapping = proposeMapping('ties', table.headers);
    const looksLikeTies = mapping.source! >= 0 && mapping.target! >= 0;
    if (looksLikeTies && !ties) ties = table;
    else if (!actors) actors = table;
    else if (!ties) ties = table;
  }
  // Only a list of ties: the actors are the names it gives.
  if (ties && !actors) {
    const edgeList = edgeListTables(ties);
    return { kind: 'tables', actors: edgeList.actors, ties: edgeList.ties, problems: [...problems, ...edgeList.problems], fileName };
  }
  return { kind: 'tables', actors, ties, problems, fileName };
}
