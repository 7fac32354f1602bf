/** The messages between the analysis supervisor and its worker. */
import type { AnalysisOptions, AnalysisResult } from '../analysis/analyze';
import type { Network } from '../model/types';

export interface WorkerRequest {
  id: number;
  network: Network;
  options: AnalysisOptions;
}

export type WorkerResponse =
  | { type: 'progress'; id: number; stage: string; done: number; total: number }
  | { type: 'result'; id: number; result: AnalysisResult }
  | { type: 'error'; id: number; message: string };
