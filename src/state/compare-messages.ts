/** The messages between the compare view and its worker. */
import type { Comparison } from '../analysis/compare/compare';
import type { NetworkDiff } from '../analysis/compare/diff';
import type { MatchDecisions } from '../analysis/compare/match';
import type { Positions } from '../analysis/compare/aligned-layout';
import type { Network } from '../model/types';

export interface CompareRequest {
  id: number;
  first: Network;
  second: Network;
  decisions: MatchDecisions;
  /** Where the first network is drawn in the network view, when it is the open one. */
  firstPositions?: Positions;
  /** The day the engagement records are read as of (`YYYY-MM-DD`): the page's today. */
  today?: string;
}

export interface CompareResult {
  comparison: Comparison;
  diff: NetworkDiff;
  layout: { a: Positions; b: Positions };
}

export type CompareResponse =
  | { type: 'progress'; id: number; done: number }
  | { type: 'result'; id: number; result: CompareResult }
  | { type: 'error'; id: number; message: string };
