/**
 * Runs the analysis off the UI thread. One worker at a time; a new request
 * (after an edit) or a cancel terminates the running one, so the page never
 * waits for a result it no longer needs. Requests after edits are debounced,
 * so typing is never blocked.
 *
 * With a path pool, the exact betweenness and closeness run beside it,
 * split across one worker per core: the analysis worker posts the graph's
 * adjacency first, and the two results are joined here (`withPaths`). On a
 * large network the rest of the analysis is shown as soon as it is ready,
 * with betweenness and closeness marked as being computed, and their
 * progress.
 */
import { DEFAULT_OPTIONS, withPaths, type AnalysisOptions, type AnalysisResult } from '../analysis/result';
import { EXACT_BETWEENNESS_LIMIT } from '../analysis/metric-definitions';
import { PathPool } from '../analysis/parallel-paths';
import type { PathOutcome } from '../analysis/path-kernel';
import { dayOf } from '../model/records';
import type { Network } from '../model/types';
import { topologyOf } from '../analysis/topology';
import type { WorkerRequest, WorkerResponse } from './analysis-messages';

export type AnalysisStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** Runs `then` once the next frame has been painted (at once where there are no frames, as in Node). */
function afterNextPaint(then: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') return then();
  requestAnimationFrame(() => setTimeout(then, 0));
}

export class AnalysisRunner {
  status: AnalysisStatus = $state('idle');
  result: AnalysisResult | null = $state.raw(null);
  /** The network the result was computed for (compared by identity to tell a stale result). */
  analysed: Network | null = $state.raw(null);
  stage = $state('');
  progress = $state(0);
  error = $state('');
  options: AnalysisOptions = $state.raw(DEFAULT_OPTIONS);
  /** The communities of the network being analysed, as soon as they are found (before the rest of the result). */
  communities: { network: Network; members: string[][] } | null = $state.raw(null);
  /** Share of the shortest-path passes done, 0–1, while betweenness and closeness are being computed. */
  pathsProgress = $state(0);

  #worker: Worker | null = null;
  #request = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #paths: AbortController | null = null;
  /** The last shortest-path passes, with what they were computed from, for edits that leave the ties alone. */
  #lastPasses: { ties: Network['ties']; weighted: boolean; ids: string[]; outcome: PathOutcome } | null = null;

  constructor(
    private readonly createWorker: () => Worker,
    /** Workers for the shortest-path passes; without them the analysis worker computes the passes itself. */
    private readonly pool: PathPool | null = null,
    /** The day the engagement records are read as of, asked at each run (a page left open overnight moves on). */
    private readonly today: () => string = () => dayOf(new Date()),
  ) {}

  /** Analyses `network` now, cancelling any run in progress. */
  run(network: Network, options: AnalysisOptions = this.options): void {
    clearTimeout(this.#timer);
    this.#stopAll();
    this.options = options;
    const id = ++this.#request;
    const worker = this.createWorker();
    this.#worker = worker;
    this.status = 'running';
    this.stage = '';
    this.progress = 0;
    this.error = '';
    this.pathsProgress = 0;
    // The two halves of a run with a path pool: the rest of the analysis, and the passes with the actors' order.
    let rest: AnalysisResult | null = null;
    let passes: { ids: string[]; outcome: PathOutcome } | null = null;
    let startPaths: (() => void) | null = null;
    const large = network.actors.length > EXACT_BETWEENNESS_LIMIT;
    const join = () => {
      if (id !== this.#request || !rest) return;
      if (passes) {
        this.result = withPaths(rest, passes.ids, passes.outcome);
        this.analysed = network;
        this.status = 'done';
        this.progress = 1;
        this.pathsProgress = 1;
      } else if (large) {
        // Everything else now; betweenness and closeness when their passes end.
        this.result = rest;
        this.analysed = network;
      }
    };
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.id !== this.#request) return;
      if (message.type === 'progress') {
        this.stage = message.stage;
        this.progress = message.total > 0 ? message.done / message.total : 0;
      } else if (message.type === 'communities') {
        this.communities = { network, members: message.members };
        globalThis.performance?.mark?.('puentes:communities');
        if (large) afterNextPaint(sendNetwork);
      } else if (message.type === 'adjacency') {
        const weighted = options.distances === 'weighted';
        // An edit that changed no tie and no actor's place in the list (a name, a sector, an influence) leaves every
        // shortest path as it was: the last passes are reused, and only the rest of the analysis runs again.
        const last = this.#lastPasses;
        if (last && last.ties === network.ties && last.weighted === weighted && sameIds(last.ids, message.ids)) {
          passes = { ids: message.ids, outcome: last.outcome };
          join();
          return;
        }
        const start = () => {
          const controller = new AbortController();
          this.#paths = controller;
          const job = { weighted, betweenness: true, closeness: true };
          this.pool!.run(message.csr, job, {
            signal: controller.signal,
            onProgress: (done, total) => {
              if (id === this.#request) this.pathsProgress = total > 0 ? done / total : 1;
            },
          }).then(
            (outcome) => {
              passes = { ids: message.ids, outcome };
              this.#lastPasses = { ties: network.ties, weighted, ids: message.ids, outcome };
              join();
            },
            (error: unknown) => {
              if (id !== this.#request || controller.signal.aborted) return;
              this.error = error instanceof Error ? error.message : String(error);
              this.status = 'failed';
            },
          );
        };
        // On a large network the passes wait for the rest of the analysis, which is shown first: on a laptop's few
        // cores, running beside it they slowed it by half (and the passes take many times longer anyway).
        if (large) startPaths = start;
        else start();
      } else if (message.type === 'result') {
        this.#stopWorker();
        if (!this.pool) {
          this.result = message.result;
          this.analysed = network;
          this.status = 'done';
          this.progress = 1;
          return;
        }
        rest = message.result;
        this.stage = 'paths';
        join();
        startPaths?.();
        startPaths = null;
      } else {
        this.error = message.message;
        this.status = 'failed';
        this.#stopAll();
      }
    };
    worker.onerror = (event) => {
      if (id !== this.#request) return;
      this.error = event.message || 'worker error';
      this.status = 'failed';
      this.#stopAll();
    };
    const topology = topologyOf(network);
    const first: WorkerRequest = {
      type: 'topology',
      id,
      topology,
      options: { ...options, today: this.today() },
      parallelPaths: this.pool !== null,
    };
    worker.postMessage(first, [topology.sources.buffer, topology.targets.buffer, topology.strengths.buffer]);
    // The network itself is copied to the worker (on this thread) while the worker finds the communities; on a
    // large network, once the communities are drawn (its copy takes this thread half a second at 20,000 actors).
    const sendNetwork = () => {
      if (id !== this.#request) return;
      const second: WorkerRequest = { type: 'network', id, network };
      worker.postMessage(second);
    };
    if (!large) sendNetwork();
  }

  /** Analyses `network` after a short pause, so a burst of edits runs one analysis. */
  schedule(network: Network, delay = 400): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.run(network), delay);
  }

  cancel(): void {
    clearTimeout(this.#timer);
    if (this.status !== 'running') return;
    this.#request++;
    this.#stopAll();
    this.status = 'cancelled';
  }

  setOptions(options: Partial<AnalysisOptions>, network: Network | null): void {
    this.options = { ...this.options, ...options };
    if (network) this.run(network);
  }

  /** How many workers share the shortest-path passes. */
  get workers(): number {
    return this.pool?.size ?? 1;
  }

  #stopWorker(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }

  /** Stops the analysis worker and any path passes in progress. */
  #stopAll(): void {
    this.#stopWorker();
    this.#paths?.abort();
    this.#paths = null;
  }
}

export const analysis = new AnalysisRunner(
  () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'puentes-analysis' }),
  new PathPool(
    () => new Worker(new URL('./paths.worker.ts', import.meta.url), { type: 'module', name: 'puentes-paths' }),
    Math.max(1, Math.min(8, globalThis.navigator?.hardwareConcurrency ?? 2)),
  ),
);

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
