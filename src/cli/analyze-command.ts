/**
 * `puentes analyze`: reads a network file, runs the same analysis as the app,
 * and writes per-actor metrics, communities, gaps and the convener ranking as
 * JSON or CSV.
 */
import { analyze, DEFAULT_OPTIONS, type AnalysisOptions, type AnalysisResult } from '../analysis/analyze';
import { explainConvener, unpackRanking, type PackedRanking } from '../analysis/convener';
import { analysisTables } from '../io/analysis-export';
import { toCsv } from '../io/csv';
import type { Locale } from '../model/localized';
import type { Network, Problem } from '../model/types';
import { inBothLanguages } from '../text/translate';

export type Format = 'json' | 'csv';

export interface AnalyzeOutcome {
  /** 0 on success, 1 when the input has problems. */
  code: number;
  output: string;
  problems: Problem[];
}

/**
 * Analyses a network read from a file (any format the app imports). A file
 * with errors (records left out) is refused with exit code 1; warnings (e.g.
 * an older schema version read) are passed on. CSV is one row per actor,
 * headers and names in `lang`; JSON is the whole result, names in both
 * languages as the file holds them.
 */
export function runAnalyze(
  read: { network: Network | null; problems: Problem[] },
  format: Format,
  options: Partial<AnalysisOptions> = {},
  lang: Locale = 'es',
): AnalyzeOutcome {
  const { network, problems } = read;
  if (!network || problems.some((p) => p.severity === 'error')) return { code: 1, output: '', problems };
  const result = analyze(network, { ...DEFAULT_OPTIONS, ...options });
  const { actors } = analysisTables(result, network, lang);
  const output = format === 'csv' ? toCsv(actors.headers, actors.rows) : JSON.stringify(withExplanations(result, network), null, 2) + '\n';
  return { code: 0, output, problems };
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
