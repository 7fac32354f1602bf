/** The messages between the analysis supervisor and its worker. */
import type { AnalysisOptions, AnalysisResult } from '../analysis/result';
import type { Csr } from '../analysis/path-kernel';
import type { Network } from '../model/types';

export interface WorkerRequest {
  id: number;
  network: Network;
  options: AnalysisOptions;
  /**
   * The shortest-path measures run in parallel path workers: the worker
   * posts the graph's adjacency first and leaves them pending in its result.
   */
  parallelPaths?: boolean;
}

export type WorkerResponse =
  | { type: 'progress'; id: number; stage: string; done: number; total: number }
  | { type: 'adjacency'; id: number; ids: string[]; csr: Csr }
  /** The communities, found first: a very large network is drawn as an overview of them before the rest is ready. */
  | { type: 'communities'; id: number; members: string[][] }
  | { type: 'result'; id: number; result: AnalysisResult }
  | { type: 'error'; id: number; message: string };
