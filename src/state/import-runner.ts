/**
 * The import worker's supervisor: one request at a time per kind, answered
 * by promise; a newer build request makes an older answer irrelevant. It
 * passes the worker's progress on, and can cancel: the worker is stopped
 * and every request still waiting is answered "cancelled".
 */
import type { Mapping } from '../io/columns';
import type { Table, TableImport, TableImportOptions } from '../io/table-import';
import type { NetworkFileFormat } from '../io/import-files';
import type { GraphImport, GraphReadOptions } from '../io/graph-formats';
import type { NetworkCanvasImport } from '../io/network-canvas';
import type { ImportTarget, RecordTable, RecordsImport } from '../io/record-import';
import type { Problem } from '../model/types';
import type { ImportRequest, ImportResponse } from './import-messages';

type Pending = { resolve: (response: ImportResponse) => void };
/** The message of a request answered because the user cancelled. */
export const CANCELLED = 'cancelled';
/** A request before the runner numbers it (Omit distributed over the union). */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

export class ImportRunner {
  #worker: Worker | null = null;
  #next = 0;
  #pending = new Map<number, Pending>();
  /** Told how many rows of how many are done while a build runs. */
  onProgress: ((done: number, total: number) => void) | null = null;

  constructor(
    private readonly createWorker: () => Worker = () =>
      new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'puentes-import' }),
  ) {}

  #send(request: Unnumbered<ImportRequest>): Promise<ImportResponse> {
    if (!this.#worker) {
      this.#worker = this.createWorker();
      this.#worker.onmessage = (event: MessageEvent<ImportResponse>) => {
        if (event.data.type === 'progress') return this.onProgress?.(event.data.done, event.data.total);
        this.#pending.get(event.data.id)?.resolve(event.data);
        this.#pending.delete(event.data.id);
      };
    }
    const id = ++this.#next;
    return new Promise((resolve) => {
      this.#pending.set(id, { resolve });
      const message = { ...request, id } as ImportRequest;
      this.#worker!.postMessage(message, message.type === 'readXlsx' ? [message.data] : []);
    });
  }

  async readTables(fileName: string, content: string | ArrayBuffer): Promise<{ tables: Table[]; problems: Problem[] }> {
    const response = await this.#send(
      typeof content === 'string' ? { type: 'readCsv', text: content, fileName } : { type: 'readXlsx', data: content, fileName },
    );
    if (response.type === 'tables') return { tables: response.tables, problems: response.problems };
    const message = response.type === 'error' ? response.message : 'unexpected answer';
    return { tables: [], problems: [{ path: fileName, code: 'invalid', severity: 'error', message: `could not be read: ${message}` }] };
  }

  /** Reads a JSON, GEXF or GraphML file into a network; a graph file with the drawing it gives. */
  async readNetwork(fileName: string, text: string, format: NetworkFileFormat, options: GraphReadOptions = {}): Promise<GraphImport> {
    const response = await this.#send({ type: 'readNetwork', text, fileName, format, options });
    if (response.type === 'network')
      return { network: response.network, problems: response.problems, ...(response.drawing ? { drawing: response.drawing } : {}) };
    const message = response.type === 'error' ? response.message : 'unexpected answer';
    return { network: null, problems: [{ path: fileName, code: 'invalid', severity: 'error', message: `could not be read: ${message}` }] };
  }

  /** Reads a Network Canvas export (its GraphML or CSV files) into informants' answers (io/network-canvas.ts). */
  async readNetworkCanvas(files: { name: string; text: string }[]): Promise<NetworkCanvasImport> {
    const response = await this.#send({ type: 'readNetworkCanvas', files });
    if (response.type === 'interviews') return response.imported;
    const message = response.type === 'error' ? response.message : 'unexpected answer';
    const path = files.map((f) => f.name).join(', ');
    return {
      mapping: { sessions: [], answers: [] },
      actors: [],
      problems: [
        { path, code: 'invalid', severity: 'error', message: `could not be read: ${message}`, messageEs: `no se pudo leer: ${message}` },
      ],
    };
  }

  /** Builds the network from the tables; resolves to null when a newer build was asked for meanwhile. */
  async build(
    actors: Table,
    actorMapping: Mapping,
    ties: Table | null,
    tieMapping: Mapping | null,
    meta: { id: string; title: string },
    options: TableImportOptions = {},
  ): Promise<TableImport | null> {
    const response = await this.#send({ type: 'build', actors, actorMapping, ties, tieMapping, meta, options });
    if (response.id !== this.#next) return null;
    if (response.type === 'network') return { network: response.network, problems: response.problems, readings: response.readings ?? [] };
    const message = response.type === 'error' ? response.message : 'unexpected answer';
    return { network: null, problems: [{ path: actors.fileName, code: 'invalid', severity: 'error', message }] };
  }

  /** Engagements and commitments from tables, for the open scenario; null when a newer build was asked for meanwhile. */
  async buildRecords(tables: RecordTable[], target: ImportTarget): Promise<RecordsImport | null> {
    const response = await this.#send({ type: 'buildRecords', tables, target });
    if (response.id !== this.#next) return null;
    if (response.type === 'records')
      return { engagements: response.engagements, commitments: response.commitments, problems: response.problems };
    const message = response.type === 'error' ? response.message : 'unexpected answer';
    const path = tables.map((t) => t.table.fileName).join(', ');
    return { engagements: [], commitments: [], problems: [{ path, code: 'invalid', severity: 'error', message, messageEs: message }] };
  }

  /** An Excel workbook of these sheets (io/xlsx.ts), written in the worker. Rejects with the worker's error. */
  async writeXlsx(sheets: { name: string; table: Table }[]): Promise<ArrayBuffer> {
    const response = await this.#send({ type: 'writeXlsx', sheets });
    if (response.type === 'workbook') return response.data;
    throw new Error(response.type === 'error' ? response.message : 'unexpected answer');
  }

  /** Stops whatever the worker is doing; every waiting request is answered as cancelled. */
  cancel(): void {
    this.close();
    for (const [id, pending] of this.#pending) pending.resolve({ type: 'error', id, message: CANCELLED });
    this.#pending.clear();
  }

  close(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }
}
