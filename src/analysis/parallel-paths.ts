/**
 * Runs the shortest-path passes split across workers, one interleaved part
 * of the sources each (`path-kernel.ts`), and adds the parts up. The same
 * code drives Web Workers in the app and worker threads in Node (bench,
 * CLI): it only needs something that posts and receives messages.
 */
import { mergePathParts, PathsCancelled, runPathPart, type Csr, type PathJob, type PathOutcome, type PathPart } from './path-kernel';

export type PathRequest = { csr: Csr; job: PathJob };
export type PathResponse =
  { type: 'progress'; part: number; done: number } | { type: 'part'; result: PathPart } | { type: 'error'; message: string };

/** The side of a worker the runner talks to: a Web Worker, or a Node worker thread behind an adapter. */
export interface PathWorker {
  postMessage(message: PathRequest): void;
  onmessage: ((event: MessageEvent<PathResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** The work of one worker: runs its part and posts progress and the result (the caller transfers its buffers). */
export function servePathRequest({ csr, job }: PathRequest, post: (message: PathResponse, transfer: ArrayBuffer[]) => void): void {
  try {
    const result = runPathPart(csr, job, (done) => post({ type: 'progress', part: job.part, done }, []));
    const transfer = [
      result.distanceSum.buffer,
      result.reached.buffer,
      ...(result.betweenness ? [result.betweenness.buffer] : []),
    ] as ArrayBuffer[];
    post({ type: 'part', result }, transfer);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) }, []);
  }
}

export interface RunOptions {
  /** Sources done so far out of all n. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting terminates the workers and rejects with PathsCancelled. */
  signal?: AbortSignal;
}

/**
 * A set of workers, started on first use and kept for the next runs (a
 * thread or worker takes a while to start). A cancelled or failed run
 * terminates them; the next run starts new ones.
 */
export class PathPool {
  #workers: PathWorker[] = [];

  constructor(
    private readonly spawn: () => PathWorker,
    /** How many workers: the cores available, at least 1. */
    readonly size: number,
  ) {}

  run(csr: Csr, job: Omit<PathJob, 'part' | 'parts'>, options: RunOptions = {}): Promise<PathOutcome> {
    const n = csr.offsets.length - 1;
    const parts = Math.max(1, Math.min(this.size, n || 1));
    while (this.#workers.length < parts) this.#workers.push(this.spawn());
    const workers = this.#workers.slice(0, parts);
    const done = new Array<number>(parts).fill(0);
    const results: PathPart[] = [];
    return new Promise<PathOutcome>((resolve, reject) => {
      const finish = () => {
        options.signal?.removeEventListener('abort', abort);
        workers.forEach((w) => {
          w.onmessage = null;
          w.onerror = null;
        });
      };
      const fail = (error: Error) => {
        finish();
        this.close();
        reject(error);
      };
      const abort = () => fail(new PathsCancelled());
      if (options.signal?.aborted) return abort();
      options.signal?.addEventListener('abort', abort, { once: true });
      workers.forEach((worker, part) => {
        worker.onmessage = ({ data }) => {
          if (data.type === 'progress') {
            done[part] = data.done;
            options.onProgress?.(
              done.reduce((a, b) => a + b, 0),
              n,
            );
          } else if (data.type === 'error') {
            fail(new Error(data.message));
          } else {
            results.push(data.result);
            if (results.length < parts) return;
            finish();
            resolve(mergePathParts(n, job, results));
          }
        };
        worker.onerror = (event) => fail(new Error(event.message || 'path worker failed'));
        worker.postMessage({ csr, job: { ...job, part, parts } });
      });
    });
  }

  /** Terminates the workers (a later run starts new ones). */
  close(): void {
    this.#workers.forEach((w) => w.terminate());
    this.#workers = [];
  }
}
