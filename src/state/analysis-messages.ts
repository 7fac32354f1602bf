/** The messages between the analysis supervisor and its worker. */
import type { AnalysisOptions, AnalysisResult } from '../analysis/result';
import type { Csr } from '../analysis/path-kernel';
import type { Topology } from '../analysis/topology';
import type { Network } from '../model/types';

/**
 * A run is two messages: first the ties as numbers (transferred, not copied), from which the worker finds the
 * graph, its adjacency and the communities at once; then the network itself, cloned while the worker works, for
 * everything that reads the actors' attributes.
 */
export type WorkerRequest =
  | {
      type: 'topology';
      id: number;
      topology: Topology;
      options: AnalysisOptions;
      /**
       * The shortest-path measures run in parallel path workers: the worker
       * posts the graph's adjacency first and leaves them pending in its result.
       */
      parallelPaths?: boolean;
    }
  | { type: 'network'; id: number; network: Network };

export type WorkerResponse =
  | { type: 'progress'; id: number; stage: string; done: number; total: number }
  | { type: 'adjacency'; id: number; ids: string[]; csr: Csr }
  /** The communities, found first: a very large network is drawn as an overview of them before the rest is ready. */
  | { type: 'communities'; id: number; members: string[][] }
  | { type: 'result'; id: number; result: AnalysisResult }
  | { type: 'error'; id: number; message: string };
