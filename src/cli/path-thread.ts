/** One part of the shortest-path passes in a Node worker thread (see path-threads.ts). */
import { parentPort } from 'node:worker_threads';
import { servePathRequest, type PathRequest } from '../analysis/parallel-paths';

parentPort!.on('message', (request: PathRequest) =>
  servePathRequest(request, (message, transfer) => parentPort!.postMessage(message, transfer)),
);
