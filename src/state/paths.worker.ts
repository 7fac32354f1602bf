/// <reference lib="webworker" />
/** One part of the shortest-path passes (see analysis/parallel-paths.ts). */
import { servePathRequest, type PathRequest } from '../analysis/parallel-paths';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<PathRequest>) =>
  servePathRequest(event.data, (message, transfer) => scope.postMessage(message, transfer));
