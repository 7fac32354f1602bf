/**
 * Worker threads for the shortest-path passes in Node (CLI and bench), behind
 * the same interface as the app's Web Workers.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PathResponse, PathWorker } from '../analysis/parallel-paths';

export const THREADS = availableParallelism();

export function spawnPathThread(): PathWorker {
  // The CLI and the bench run TypeScript through tsx; a thread registers it first (path-thread.mjs).
  const worker = new Worker(new URL('./path-thread.mjs', import.meta.url));
  const adapter: PathWorker = {
    postMessage: (message) => worker.postMessage(message),
    onmessage: null,
    onerror: null,
    terminate: () => void worker.terminate(),
  };
  worker.on('message', (data: PathResponse) => adapter.onmessage?.({ data } as MessageEvent<PathResponse>));
  worker.on('error', (error) => adapter.onerror?.({ message: error.message } as ErrorEvent));
  return adapter;
}
