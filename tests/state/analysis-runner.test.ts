import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { AnalysisRunner } from '../../src/state/analysis.svelte';
import type { WorkerRequest, WorkerResponse } from '../../src/state/analysis-messages';
import { analyze } from '../../src/analysis/analyze';
import { small } from '../analysis/fixtures';

/** A stand-in for a Web Worker: records requests, lets the test answer, knows when it was terminated. */
class FakeWorker {
  requests: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(request: WorkerRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: WorkerResponse) {
    this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
  }
}

function runner() {
  const workers: FakeWorker[] = [];
  const r = new AnalysisRunner(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  });
  return { r, workers };
}

const net = small(['a', 'b'], ['a-b']);

describe('AnalysisRunner', () => {
  it('reports progress, then the result, and frees the worker', () => {
    const { r, workers } = runner();
    r.run(net);
    const [w] = workers;
    const id = w!.requests[0]!.id;
    w!.answer({ type: 'progress', id, stage: 'betweenness', done: 3, total: 12 });
    flushSync();
    expect(r.status).toBe('running');
    expect(r.progress).toBe(0.25);
    w!.answer({ type: 'result', id, result: analyze(net) });
    flushSync();
    expect(r.status).toBe('done');
    expect(r.result?.summary.actors).toBe(2);
    expect(r.analysed).toBe(net);
    expect(w!.terminated).toBe(true);
  });

  it('a new run cancels the one in progress, and a late answer from it is ignored', () => {
    const { r, workers } = runner();
    r.run(net);
    const first = workers[0]!;
    const other = small(['x', 'y', 'z'], ['x-y']);
    r.run(other);
    expect(first.terminated).toBe(true);
    first.answer({ type: 'result', id: first.requests[0]!.id, result: analyze(net) });
    expect(r.result).toBeNull();
    const second = workers[1]!;
    second.answer({ type: 'result', id: second.requests[0]!.id, result: analyze(other) });
    expect(r.result?.summary.actors).toBe(3);
  });

  it('cancel stops the worker and says so', () => {
    const { r, workers } = runner();
    r.run(net);
    r.cancel();
    expect(workers[0]!.terminated).toBe(true);
    expect(r.status).toBe('cancelled');
  });

  it('reports a failure from the worker', () => {
    const { r, workers } = runner();
    r.run(net);
    workers[0]!.answer({ type: 'error', id: workers[0]!.requests[0]!.id, message: 'analysis: boom' });
    expect(r.status).toBe('failed');
    expect(r.error).toBe('analysis: boom');
  });
});
