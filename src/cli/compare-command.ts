/**
 * `puentes compare A B`: the same comparison as the app's compare view —
 * actor matching, both summaries, the shared actors, the gaps of each and
 * the diff — for two networks in any format the app imports.
 */
import * as v from 'valibot';
import { analyze, DEFAULT_OPTIONS } from '../analysis/analyze';
import { compareNetworks } from '../analysis/compare/compare';
import { diffNetworks } from '../analysis/compare/diff';
import { matchActors, matchMaps, NO_DECISIONS, type MatchDecisions } from '../analysis/compare/match';
import { comparisonTables } from '../io/comparison-export';
import { toCsv } from '../io/csv';
import { localize, type Locale } from '../model/localized';
import { dayOf } from '../model/records';
import type { Network, Problem } from '../model/types';
import { inBothLanguages } from '../text/translate';

export type CompareFormat = 'json' | 'csv';

const PairSchema = v.tuple([v.string(), v.string()], 'must be a pair of ids ["first", "second"]');
const DecisionsSchema = v.object({
  confirmed: v.optional(v.array(PairSchema, 'must be a list of pairs'), []),
  rejected: v.optional(v.array(PairSchema, 'must be a list of pairs'), []),
});

/** Reads a file of matching decisions: `{"confirmed": [["a","b"]], "rejected": [["c","d"]]}`. */
export function parseDecisions(text: string, fileName: string): { decisions: MatchDecisions | null; problems: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      decisions: null,
      problems: [
        {
          path: fileName,
          code: 'not-json',
          severity: 'error',
          message: `is not JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  const result = v.safeParse(DecisionsSchema, data);
  if (result.success) return { decisions: result.output, problems: [] };
  return {
    decisions: null,
    problems: result.issues.map((issue) => ({
      path: `${fileName}: ${v.getDotPath(issue) ?? '(top level)'}`,
      code: 'invalid' as const,
      severity: 'error' as const,
      message: issue.message,
    })),
  };
}

export interface CompareInput {
  network: Network;
  /** How the network is called in headings: its file name. */
  title: string;
}

/** The comparison as JSON (everything, names in both languages) or as CSV tables in `lang`, one after another. */
export function runCompare(
  first: CompareInput,
  second: CompareInput,
  decisions: MatchDecisions = NO_DECISIONS,
  format: CompareFormat,
  lang: Locale,
): { output: string; tables: ReturnType<typeof comparisonTables> } {
  const matches = matchActors(first.network, second.network, decisions);
  const comparison = compareNetworks(
    first.network,
    second.network,
    analyze(first.network, DEFAULT_OPTIONS),
    analyze(second.network, DEFAULT_OPTIONS),
    matches,
    // Engagements dated after the day the command runs are planned, not held.
    dayOf(new Date()),
  );
  const diff = diffNetworks(first.network, second.network, matchMaps(matches).aToB);
  const tables = comparisonTables(
    comparison,
    diff,
    { a: first.network, b: second.network, titleA: first.title, titleB: second.title },
    lang,
  );
  if (format === 'csv') {
    const output = Object.values(tables)
      .map((table) => toCsv(table.headers, table.rows))
      .join('\r\n');
    return { output, tables };
  }
  const names = (network: Network, ids: string[]) =>
    ids.map((id) => ({ id, name: localize(network.actors.find((a) => a.id === id)?.name, lang) }));
  const report = {
    first: { title: first.title, id: first.network.id },
    second: { title: second.title, id: second.network.id },
    sharedActors: comparison.shared.map((s) => ({ ...s, name: localize(first.network.actors.find((a) => a.id === s.a)?.name, lang) })),
    onlyFirst: names(first.network, comparison.onlyA),
    onlySecond: names(second.network, comparison.onlyB),
    suggestedMatches: comparison.matches.filter((m) => m.status === 'suggested'),
    summary: comparison.summary,
    ties: { shared: comparison.ties.shared.length, onlyFirst: comparison.ties.onlyA.length, onlySecond: comparison.ties.onlyB.length },
    // The sentences in both languages, for a reader in either, as the analysis's JSON gives them.
    gaps: comparison.gaps.map((gap) => ({
      ...gap,
      instances: gap.instances.map((instance) => ({ ...instance, detail: inBothLanguages(instance.detail) })),
    })),
    diff,
    method: comparison.method.map(inBothLanguages),
  };
  return { output: JSON.stringify(report, null, 2) + '\n', tables };
}
