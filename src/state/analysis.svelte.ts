/**
 * Runs the analysis off the UI thread. One worker at a time; a new request
 * (after an edit) or a cancel terminates the running one, so the page never
 * waits for a result it no longer needs. Requests after edits are debounced,
 * so typing is never blocked.
 */
import { DEFAULT_OPTIONS, type AnalysisOptions, type AnalysisResult } from '../analysis/analyze';
import type { Network } from '../model/types';
import type { WorkerRequest, WorkerResponse } from './analysis-messages';

export type AnalysisStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export class AnalysisRunner {
  status: AnalysisStatus = $state('idle');
  result: AnalysisResult | null = $state.raw(null);
  /** The network the result was computed for (compared by identity to tell a stale result). */
  analysed: Network | null = $state.raw(null);
  stage = $state('');
  progress = $state(0);
  error = $state('');
  options: AnalysisOptions = $state.raw(DEFAULT_OPTIONS);

  #worker: Worker | null = null;
  #request = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly createWorker: () => Worker) {}

  /** Analyses `network` now, cancelling any run in progress. */
  run(network: Network, options: AnalysisOptions = this.options): void {
    clearTimeout(this.#timer);
    this.#stopWorker();
    this.options = options;
    const id = ++this.#request;
    const worker = this.createWorker();
    this.#worker = worker;
    this.status = 'running';
    this.stage = '';
    this.progress = 0;
    this.error = '';
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.id !== this.#request) return;
      if (message.type === 'progress') {
        this.stage = message.stage;
        this.progress = message.total > 0 ? message.done / message.total : 0;
      } else if (message.type === 'result') {
        this.result = message.result;
        this.analysed = network;
        this.status = 'done';
        this.progress = 1;
        this.#stopWorker();
      } else {
        this.error = message.message;
        this.status = 'failed';
        this.#stopWorker();
      }
    };
    worker.onerror = (event) => {
      if (id !== this.#request) return;
      this.error = event.message || 'worker error';
      this.status = 'failed';
      this.#stopWorker();
    };
    const request: WorkerRequest = { id, network, options };
    worker.postMessage(request);
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
    this.#stopWorker();
    this.status = 'cancelled';
  }

  setOptions(options: Partial<AnalysisOptions>, network: Network | null): void {
    this.options = { ...this.options, ...options };
    if (network) this.run(network);
  }

  #stopWorker(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }
}

export const analysis = new AnalysisRunner(
  () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'puentes-analysis' }),
);
