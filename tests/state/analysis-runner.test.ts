import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { AnalysisRunner } from '../../src/state/analysis.svelte';
import type { WorkerRequest, WorkerResponse } from '../../src/state/analysis-messages';
import { analyze } from '../../src/analysis/analyze';
import { small } from '../analysis/fixtures';
import { PathPool, servePathRequest, type PathRequest, type PathResponse, type PathWorker } from '../../src/analysis/parallel-paths';
import { toAnalysisGraph } from '../../src/analysis/analysis-graph';
import { toAdjacency } from '../../src/analysis/adjacency';
import { generateNetwork } from '../bench/generate';

/** A path worker that runs its part with the real kernel, answering on the next turn as a worker would. */
class KernelWorker implements PathWorker {
  static posted = 0;
  onmessage: ((event: MessageEvent<PathResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(request: PathRequest) {
    KernelWorker.posted++;
    queueMicrotask(() =>
      servePathRequest(request, (message) => {
        if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<PathResponse>);
      }),
    );
  }
  terminate() {
    this.terminated = true;
  }
}

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

  it('sends the ties as numbers first (their arrays moved, not copied), then the network', () => {
    // Actors a, b, c (positions 0, 1, 2); ties a–b of strength 3, b–c not assessed (counts as 1), and c–c, a
    // self-loop the graph leaves out.
    const network = small(['a', 'b', 'c'], ['a-b:3', 'b-c']);
    network.ties[1]!.strength = null;
    network.ties.push({ ...network.ties[1]!, id: 'c-c', source: 'c', target: 'c' });
    const transfers: Transferable[][] = [];
    const workers: FakeWorker[] = [];
    const r = new AnalysisRunner(() => {
      const w = new FakeWorker();
      const post = w.postMessage.bind(w);
      w.postMessage = (request: WorkerRequest, transfer?: Transferable[]) => {
        transfers.push(transfer ?? []);
        post(request);
      };
      workers.push(w);
      return w as unknown as Worker;
    });
    r.run(network);
    const [first, second] = workers[0]!.requests;
    expect(first!.type).toBe('topology');
    if (first!.type !== 'topology') return;
    expect(first!.topology.ids).toEqual(['a', 'b', 'c']);
    expect([...first!.topology.sources]).toEqual([0, 1]);
    expect([...first!.topology.targets]).toEqual([1, 2]);
    expect([...first!.topology.strengths]).toEqual([3, 1]);
    expect(transfers[0]).toEqual([first!.topology.sources.buffer, first!.topology.targets.buffer, first!.topology.strengths.buffer]);
    expect(second).toEqual({ type: 'network', id: first!.id, network });
  });

  it('on a large network, copies the network to the worker only once the communities have come back', () => {
    // Above 5,000 actors the overview waits for the communities: the page's thread is not busy copying meanwhile.
    const network = generateNetwork(5001, 1, 3);
    const { r, workers } = runner();
    r.run(network);
    const w = workers[0]!;
    expect(w.requests.map((q) => q.type)).toEqual(['topology']);
    w.answer({ type: 'communities', id: w.requests[0]!.id, members: [network.actors.map((a) => a.id)] });
    expect(w.requests.map((q) => q.type)).toEqual(['topology', 'network']);
    expect(r.communities?.members[0]).toHaveLength(5001);
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

  describe('with a path pool', () => {
    function pooled(size = 2) {
      const paths: KernelWorker[] = [];
      const workers: FakeWorker[] = [];
      const pool = new PathPool(() => {
        const w = new KernelWorker();
        paths.push(w);
        return w;
      }, size);
      const r = new AnalysisRunner(() => {
        const w = new FakeWorker();
        workers.push(w);
        return w as unknown as Worker;
      }, pool);
      return { r, workers, paths };
    }
    /** What the analysis worker posts for `network`: its adjacency, then the rest with the passes pending. */
    function answer(w: FakeWorker, network: typeof net) {
      const id = w.requests[0]!.id;
      const first = w.requests[0]!;
      expect(first.type === 'topology' && first.parallelPaths).toBe(true);
      const graph = toAnalysisGraph(network);
      const { ids, offsets, neighbours, weights } = toAdjacency(graph);
      w.answer({ type: 'adjacency', id, ids, csr: { offsets, neighbours, weights } });
      w.answer({ type: 'result', id, result: analyze(network, undefined, {}, { graph, paths: 'pending' }) });
    }

    it('joins the rest of the analysis with betweenness and closeness from two workers', async () => {
      // A path a–b–c: b lies on the only path a–c, betweenness 1; closeness of a is (2/2)·(2/(1+2)) = 2/3, of b 2/2 = 1.
      const line = small(['a', 'b', 'c'], ['a-b', 'b-c']);
      const { r, workers, paths } = pooled();
      r.run(line);
      answer(workers[0]!, line);
      expect(r.status).toBe('running');
      expect(r.stage).toBe('paths');
      await vi.waitFor(() => expect(r.status).toBe('done'));
      expect(paths).toHaveLength(2);
      const metrics = Object.fromEntries(r.result!.actors.map((a) => [a.id, [a.metrics.betweenness, a.metrics.closeness]]));
      expect(metrics.a![0]).toBe(0);
      expect(metrics.b![0]).toBeCloseTo(1, 12);
      expect(metrics.a![1]).toBeCloseTo(2 / 3, 12);
      expect(metrics.b![1]).toBeCloseTo(1, 12);
      // Path lengths: a–b 1, b–c 1, a–c 2 → mean 4/3, longest 2.
      expect(r.result!.summary.averagePathLength).toBeCloseTo(4 / 3, 12);
      expect(r.result!.summary.diameter).toBe(2);
      expect(r.result!.pathsPending).toBe(false);
      expect(r.pathsProgress).toBe(1);
    });

    it('gives the same result as the analysis computed in one thread, on a generated network', async () => {
      const network = generateNetwork(300, 3, 7);
      const { r, workers } = pooled(3);
      r.run(network);
      answer(workers[0]!, network);
      await vi.waitFor(() => expect(r.status).toBe('done'));
      const single = analyze(network);
      const byId = new Map(single.actors.map((a) => [a.id, a.metrics]));
      for (const actor of r.result!.actors) {
        expect(Math.abs(actor.metrics.betweenness! - byId.get(actor.id)!.betweenness!)).toBeLessThan(1e-9);
        expect(Math.abs(actor.metrics.closeness! - byId.get(actor.id)!.closeness!)).toBeLessThan(1e-9);
      }
      expect(r.result!.summary).toEqual(single.summary);
    });

    it('on a large network, shows the rest first with betweenness and closeness pending', async () => {
      const network = generateNetwork(5001, 1, 3);
      const { r, workers } = pooled();
      r.run(network);
      const w = workers[0]!;
      const id = w.requests[0]!.id;
      const graph = toAnalysisGraph(network);
      // The rest arrives before the adjacency's passes have run.
      w.answer({ type: 'result', id, result: analyze(network, undefined, {}, { graph, paths: 'pending' }) });
      expect(r.status).toBe('running');
      expect(r.result?.pathsPending).toBe(true);
      expect(r.result?.actors[0]!.metrics.betweenness).toBeNull();
      expect(r.result?.actors[0]!.metrics.degree).not.toBeNull();
    });

    it('on a large network, starts the path workers only once the rest of the analysis is in (they would compete for the cores)', async () => {
      const network = generateNetwork(5001, 1, 3);
      const { r, workers, paths } = pooled();
      r.run(network);
      const w = workers[0]!;
      const id = w.requests[0]!.id;
      const graph = toAnalysisGraph(network);
      const { ids, offsets, neighbours, weights } = toAdjacency(graph);
      w.answer({ type: 'adjacency', id, ids, csr: { offsets, neighbours, weights } });
      expect(paths).toHaveLength(0);
      w.answer({ type: 'result', id, result: analyze(network, undefined, {}, { graph, paths: 'pending' }) });
      expect(paths).toHaveLength(2);
      r.cancel();
    });

    it('an edit that leaves the ties alone reuses the last passes; one that changes them runs them again', async () => {
      const line = small(['a', 'b', 'c'], ['a-b', 'b-c']);
      const { r, workers } = pooled();
      r.run(line);
      answer(workers[0]!, line);
      await vi.waitFor(() => expect(r.status).toBe('done'));
      const before = KernelWorker.posted;
      // A renamed actor: same ties array, same actors in the same order.
      const renamed = { ...line, actors: line.actors.map((a) => (a.id === 'b' ? { ...a, name: { es: 'Be', en: 'Be' } } : a)) };
      r.run(renamed);
      answer(workers[1]!, renamed);
      await vi.waitFor(() => expect(r.status).toBe('done'));
      expect(KernelWorker.posted).toBe(before);
      expect(r.result!.actors.find((a) => a.id === 'b')!.metrics.betweenness).toBeCloseTo(1, 12);
      // A tie removed: the passes run again, and b is no longer between anyone.
      const cut = { ...renamed, ties: renamed.ties.slice(0, 1) };
      r.run(cut);
      answer(workers[2]!, cut);
      await vi.waitFor(() => expect(r.status).toBe('done'));
      expect(KernelWorker.posted).toBeGreaterThan(before);
      expect(r.result!.actors.find((a) => a.id === 'b')!.metrics.betweenness).toBe(0);
    });

    it('cancel stops the path workers too', async () => {
      const line = small(['a', 'b', 'c'], ['a-b', 'b-c']);
      const { r, workers, paths } = pooled();
      r.run(line);
      const { ids, offsets, neighbours, weights } = toAdjacency(toAnalysisGraph(line));
      workers[0]!.answer({ type: 'adjacency', id: workers[0]!.requests[0]!.id, ids, csr: { offsets, neighbours, weights } });
      r.cancel();
      expect(paths.every((p) => p.terminated)).toBe(true);
      expect(r.status).toBe('cancelled');
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(r.status).toBe('cancelled');
    });
  });
});
