/**
 * `puentes analyze`: reads a network file, runs the same analysis as the app,
 * and writes per-actor metrics, communities, gaps and the convener ranking as
 * JSON or CSV.
 *
 * As in the app, betweenness and closeness are exact at every size: their
 * shortest-path passes run in worker threads, one per core, while this
 * thread computes the rest. `estimate` asks for the quick figure instead:
 * above EXACT_BETWEENNESS_LIMIT actors they are estimated from sampled
 * sources in this thread, and the output says so.
 */
import { toAdjacency } from '../analysis/adjacency';
import { toAnalysisGraph } from '../analysis/analysis-graph';
import { dayOf } from '../model/records';
import { analyze, DEFAULT_OPTIONS, withPaths, type AnalysisOptions, type AnalysisResult } from '../analysis/analyze';
import { explainConvener, unpackRanking, type PackedRanking } from '../analysis/convener';
import { EXACT_BETWEENNESS_LIMIT } from '../analysis/metric-definitions';
import type { PathPool } from '../analysis/parallel-paths';
import { analysisTables } from '../io/analysis-export';
import { toCsv } from '../io/csv';
import type { Locale } from '../model/localized';
import type { Network, Problem } from '../model/types';
import { inBothLanguages } from '../text/translate';

export type Format = 'json' | 'csv';

/** Up to this many actors the shortest-path passes run in this thread, without starting any. */
export const IN_THREAD_LIMIT = 500;

export interface AnalyzeOutcome {
  /** 0 on success, 1 when the input has problems. */
  code: number;
  output: string;
  problems: Problem[];
}

export interface HowToAnalyze {
  /** Estimate betweenness and closeness above EXACT_BETWEENNESS_LIMIT actors rather than compute them exactly. */
  estimate: boolean;
  /** The threads for the exact passes (path-threads.ts), asked for only when they are used; the caller closes them. */
  pool: () => PathPool;
  /** Told how far the shortest-path passes are (sources done of all), and each stage of the rest. */
  onPaths?: (done: number, total: number) => void;
  onStage?: (stage: string) => void;
}

/**
 * Analyses a network read from a file (any format the app imports). A file
 * with errors (records left out) is refused with exit code 1; warnings (e.g.
 * an older schema version read) are passed on. CSV is one row per actor,
 * headers and names in `lang`; JSON is the whole result, names in both
 * languages as the file holds them.
 */
export async function runAnalyze(
  read: { network: Network | null; problems: Problem[] },
  format: Format,
  options: Partial<AnalysisOptions>,
  lang: Locale,
  how: HowToAnalyze,
): Promise<AnalyzeOutcome> {
  const { network, problems } = read;
  if (!network || problems.some((p) => p.severity === 'error')) return { code: 1, output: '', problems };
  // The engagement records are read as of the day the command runs.
  const result = await analyzeNetwork(network, { ...DEFAULT_OPTIONS, today: dayOf(new Date()), ...options }, how);
  if (format === 'json') return { code: 0, output: JSON.stringify(withExplanations(result, network), null, 2) + '\n', problems };
  const { actors } = analysisTables(result, network, lang);
  return { code: 0, output: toCsv(actors.headers, actors.rows), problems };
}

/** The whole analysis, its shortest-path passes in the pool's threads unless an estimate is asked for and allowed. */
async function analyzeNetwork(network: Network, options: AnalysisOptions, how: HowToAnalyze): Promise<AnalysisResult> {
  const hooks = { onProgress: (stage: string) => how.onStage?.(stage) };
  const n = network.actors.length;
  // A small network's passes take less than starting a thread: exact, here (analyze() is exact up to the limit).
  if (n <= IN_THREAD_LIMIT || (how.estimate && n > EXACT_BETWEENNESS_LIMIT)) return analyze(network, options, hooks);
  const graph = toAnalysisGraph(network);
  const { ids, offsets, neighbours, weights } = toAdjacency(graph);
  const exact = how
    .pool()
    .run(
      { offsets, neighbours, weights },
      { weighted: options.distances === 'weighted', betweenness: true, closeness: true },
      { onProgress: how.onPaths },
    );
  const rest = analyze(network, options, hooks, { graph, paths: 'pending' });
  return withPaths(rest, ids, await exact);
}

/**
 * The result as the JSON file gives it: each convener candidate as an object, with the sentence the app shows beside
 * it; the gaps' sentences and the notes on method in both languages, for a reader in either.
 */
function withExplanations(result: AnalysisResult, network: Network) {
  const name = new Map(network.actors.map((a) => [a.id, a.name]));
  const explained = (ranking: PackedRanking) =>
    unpackRanking(ranking).map((s) => ({ ...s, explanation: explainConvener(s, name.get(s.actor) ?? s.actor, result.options.weights) }));
  return {
    ...result,
    gaps: result.gaps.map((gap) => ({ ...gap, detail: inBothLanguages(gap.detail) })),
    method: result.method.map(inBothLanguages),
    conveners: explained(result.conveners),
    convenersDocumented: explained(result.convenersDocumented),
  };
}
