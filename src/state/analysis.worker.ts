/// <reference lib="webworker" />
/**
 * The analysis worker: receives a network and options, runs the pure
 * `analyze` kernel, and posts progress and the result. Cancelling is done by
 * the supervisor terminating this worker.
 */
import { analyze } from '../analysis/analyze';
import type { WorkerRequest, WorkerResponse } from './analysis-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, network, options } = event.data;
  const post = (message: WorkerResponse) => scope.postMessage(message);
  try {
    const result = analyze(network, options, {
      onProgress: (stage, done, total) => post({ type: 'progress', id, stage, done, total }),
    });
    post({ type: 'result', id, result });
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};
