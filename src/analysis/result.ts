/**
 * What an analysis produces, its options and defaults, and how the exact
 * shortest-path measures are filled in when they arrive from the path
 * workers. Light on purpose: the page imports it without the analysis code,
 * which runs in workers and the CLI (`analyze.ts`).
 */
import type { LocalizedText } from '../model/types';
import type { Pillar } from '../model/vocabularies';
import type { Message } from '../text/translate';
import { DEFAULT_WEIGHTS, type PackedRanking, type Weights } from './convener';
import type { DistanceMode } from './distances';
import type { Gap } from './gaps';
import type { KeyPlayers } from './key-players';
import type { MetricId } from './metric-definitions';
import type { PathOutcome } from './path-kernel';

export interface AnalysisOptions {
  /** Distances in steps (default) or weighted by tie strength (a tie of strength s is 1/s long). */
  distances: DistanceMode;
  /** How many key players to look for. */
  keyPlayers: number;
  /** Seed of the Louvain run, so results repeat. */
  seed: number;
  /** Louvain resolution: above 1, more and smaller communities. */
  resolution: number;
  /** Let platforms and events be picked as key players (they are left out by default). */
  keyPlayersIncludePlatforms?: boolean;
  weights: Weights;
  /**
   * The day the engagement records are read as of (`YYYY-MM-DD`), given by the caller (the page and the command line
   * pass the day they run), so the analysis itself never reads a clock; absent, the gap rules on records say nothing.
   */
  today?: string;
  /** Months without an engagement after which an influential actor is to be contacted again (6 when absent). */
  quietMonths?: number;
}

export const DEFAULT_OPTIONS: AnalysisOptions = { distances: 'steps', keyPlayers: 3, seed: 1, resolution: 1, weights: DEFAULT_WEIGHTS };

export interface ActorMetrics {
  id: string;
  name: LocalizedText;
  pillar: Pillar;
  community: number;
  component: number;
  metrics: Record<MetricId, number | null>;
}

export interface NetworkSummary {
  actors: number;
  ties: number;
  /** Pairs of actors with at least one tie (parallel ties merged). */
  linkedPairs: number;
  /** linkedPairs / (n (n − 1) / 2). */
  density: number;
  components: number;
  largestComponent: number;
  isolates: number;
  averagePathLength: number;
  diameter: number;
  communities: number;
  modularity: number;
}

export interface AnalysisResult {
  networkId: string;
  options: AnalysisOptions;
  summary: NetworkSummary;
  actors: ActorMetrics[];
  communities: string[][];
  components: string[][];
  keyPlayers: KeyPlayers;
  gaps: Gap[];
  conveners: PackedRanking;
  /** The same ranking from documented values with a source only (inferred and assumed values cleared). */
  convenersDocumented: PackedRanking;
  /** How the analysis was computed, in both languages. */
  /** Notes on how it was computed, said in the interface language when shown. */
  method: Message[];
  /**
   * Which figures are estimates, and from how many sampled sources (null:
   * exact). Betweenness above EXACT_BETWEENNESS_LIMIT actors; closeness, the
   * average path length and the diameter when large components are sampled.
   */
  estimates: { betweenness: number | null; paths: number | null };
  /**
   * True while the exact betweenness and closeness (and the path lengths of
   * the summary) are still being computed in parallel workers: those values
   * are null (summary: 0) until `withPaths` fills them in.
   */
  pathsPending?: boolean;
}

export const LARGE_NETWORK_NOTE: Message = { key: 'analysis.note.large' };

/**
 * The result with the exact betweenness, closeness and path lengths filled
 * in. `ids` are the actors in the order of the passes' indices (the
 * analysis graph's node order).
 */
export function withPaths(result: AnalysisResult, ids: readonly string[], outcome: PathOutcome): AnalysisResult {
  const index = new Map(ids.map((id, i) => [id, i]));
  const value = (values: Float64Array | null, id: string) => {
    const i = index.get(id);
    return values && i !== undefined ? values[i]! : null;
  };
  return {
    ...result,
    actors: result.actors.map((a) => ({
      ...a,
      metrics: { ...a.metrics, betweenness: value(outcome.betweenness, a.id), closeness: value(outcome.closeness, a.id) },
    })),
    summary: { ...result.summary, averagePathLength: outcome.averagePathLength, diameter: outcome.diameter },
    method: result.method.filter((note) => note.key !== LARGE_NETWORK_NOTE.key),
    estimates: { betweenness: null, paths: null },
    pathsPending: false,
  };
}
