/** Messages between the import dialog (and the Excel exports) and the import worker. */
import type { Mapping } from '../io/columns';
import type { Reading, Table, TableImportOptions } from '../io/table-import';
import type { Network, Problem } from '../model/types';
import type { NetworkFileFormat } from '../io/import-files';
import type { GraphDrawing, GraphReadOptions } from '../io/graph-formats';
import type { NetworkCanvasImport } from '../io/network-canvas';
import type { ImportTarget, RecordTable, RecordsImport } from '../io/record-import';

export type ImportRequest =
  | { type: 'readCsv'; id: number; text: string; fileName: string }
  | { type: 'readXlsx'; id: number; data: ArrayBuffer; fileName: string }
  | { type: 'readNetwork'; id: number; text: string; fileName: string; format: NetworkFileFormat; options?: GraphReadOptions }
  | { type: 'writeXlsx'; id: number; sheets: { name: string; table: Table }[] }
  | { type: 'readNetworkCanvas'; id: number; files: { name: string; text: string }[] }
  | { type: 'buildRecords'; id: number; tables: RecordTable[]; target: ImportTarget }
  | {
      type: 'build';
      id: number;
      actors: Table;
      actorMapping: Mapping;
      ties: Table | null;
      tieMapping: Mapping | null;
      meta: { id: string; title: string };
      options: Omit<TableImportOptions, 'onProgress'>;
    };

export type ImportResponse =
  | { type: 'tables'; id: number; tables: Table[]; problems: Problem[] }
  | { type: 'network'; id: number; network: Network | null; problems: Problem[]; readings?: Reading[]; drawing?: GraphDrawing }
  | { type: 'workbook'; id: number; data: ArrayBuffer }
  | { type: 'interviews'; id: number; imported: NetworkCanvasImport }
  | ({ type: 'records'; id: number } & RecordsImport)
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'error'; id: number; message: string };
