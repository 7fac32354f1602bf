/// <reference lib="webworker" />
/**
 * The compare worker: analyses both networks, matches and compares them,
 * diffs them and lays them out side by side, posting progress (0–1) as it
 * goes. Cancelling is done by terminating it.
 */
import { runComparison } from './compare-run';
import type { CompareRequest, CompareResponse } from './compare-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CompareRequest>) => {
  const { id } = event.data;
  const post = (message: CompareResponse) => scope.postMessage(message);
  try {
    const result = runComparison(event.data, (done) => post({ type: 'progress', id, done }));
    post({ type: 'result', id, result });
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};
