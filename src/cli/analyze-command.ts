/**
 * `puentes analyze`: reads a network file, runs the same analysis as the app,
 * and writes per-actor metrics, communities, gaps and the convener ranking as
 * JSON or CSV.
 */
import { analyze, DEFAULT_OPTIONS, type AnalysisOptions, type AnalysisResult } from '../analysis/analyze';
import { METRICS } from '../analysis/metrics';
import { toCsv } from '../io/csv';
import { parseNetworkJson } from '../model/validate';
import type { Problem } from '../model/types';

export type Format = 'json' | 'csv';

export interface AnalyzeOutcome {
  /** 0 on success, 1 when the input has problems. */
  code: number;
  output: string;
  problems: Problem[];
}

/** The actor table: one row per actor with every metric, community, component, convener rank and the gaps that name it. */
export function actorTable(result: AnalysisResult): string {
  const convener = new Map(result.conveners.map((c) => [c.actor, c]));
  const gapsOf = (id: string) => [...new Set(result.gaps.filter((g) => g.actors.includes(id)).map((g) => g.rule))].join(' ');
  const header = ['id', 'name', 'pillar', 'community', 'component', ...METRICS.map((m) => m.id), 'convener_rank', 'convener_score', 'gaps'];
  const rows = result.actors.map((a) => [
    a.id,
    a.name,
    a.pillar,
    a.community,
    a.component,
    ...METRICS.map((m) => a.metrics[m.id]),
    convener.get(a.id)?.rank ?? '',
    convener.get(a.id)?.score ?? '',
    gapsOf(a.id),
  ]);
  return toCsv(header, rows);
}

export function runAnalyze(text: string, fileName: string, format: Format, options: Partial<AnalysisOptions> = {}): AnalyzeOutcome {
  const { network, problems } = parseNetworkJson(text, fileName);
  if (!network || problems.length > 0) return { code: 1, output: '', problems };
  const result = analyze(network, { ...DEFAULT_OPTIONS, ...options });
  const output = format === 'csv' ? actorTable(result) : JSON.stringify(result, null, 2) + '\n';
  return { code: 0, output, problems: [] };
}
