/**
 * The analysis as tables a person opens in a spreadsheet, in one language:
 * every metric per actor with its community, component and convener score;
 * the gaps; the convener ranking (all values, and documented values only)
 * with each criterion and what it rests on. Used by the app's export menu
 * (CSV, Excel) and the CLI's CSV output.
 */
import type { AnalysisResult } from '../analysis/result';
import { CRITERIA, CRITERION_DEFINITIONS, explainConvener, unpackRanking, type ConvenerScore, type Evidence } from '../analysis/convener';
import { GAP_RULES } from '../analysis/gaps';
import { METRICS } from '../analysis/metric-definitions';
import { localize, type Locale } from '../model/localized';
import type { Network } from '../model/types';
import { BASIS_LABELS, PILLAR_LABELS, type LabelKey } from '../model/vocabularies';
import { label } from '../text/translate';
import type { Table } from './table-import';

const HEADINGS = {
  id: 'analysisFile.heading.id',
  name: 'analysisFile.heading.name',
  pillar: 'analysisFile.heading.pillar',
  community: 'analysisFile.heading.community',
  component: 'analysisFile.heading.component',
  convenerRank: 'analysisFile.heading.convenerRank',
  convenerScore: 'analysisFile.heading.convenerScore',
  documentedRank: 'analysisFile.heading.documentedRank',
  documentedScore: 'analysisFile.heading.documentedScore',
  gaps: 'analysisFile.heading.gaps',
  rule: 'analysisFile.heading.rule',
  severity: 'analysisFile.heading.severity',
  detail: 'analysisFile.heading.detail',
  actors: 'analysisFile.heading.actors',
  rank: 'analysisFile.heading.rank',
  score: 'analysisFile.heading.score',
  restsOn: 'analysisFile.heading.restsOn',
  explanation: 'analysisFile.heading.explanation',
} satisfies Record<string, LabelKey>;

const SEVERITY: Record<string, LabelKey> = {
  high: 'gapSeverity.high',
  medium: 'gapSeverity.medium',
  low: 'gapSeverity.low',
};
const EVIDENCE: Record<Evidence, LabelKey> = { ...BASIS_LABELS, rule: 'analysisFile.evidenceRule' };

/** Plain numbers with a decimal point, so spreadsheets in any locale read them as numbers. */
const number = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(Math.round(value * 1e6) / 1e6));

export interface AnalysisTables {
  actors: Table;
  gaps: Table;
  conveners: Table;
}

/** ", estimate from 500 sources" after a figure that was estimated, so a spreadsheet never shows it as exact. */
function estimateNote(result: AnalysisResult, metric: string, locale: Locale): string {
  const pivots = metric === 'betweenness' ? result.estimates?.betweenness : metric === 'closeness' ? result.estimates?.paths : null;
  if (!pivots) return '';
  return locale === 'es' ? ` (estimación, ${pivots} fuentes)` : ` (estimate, ${pivots} sources)`;
}

export function analysisTables(result: AnalysisResult, network: Network, locale: Locale): AnalysisTables {
  const h = (key: keyof typeof HEADINGS) => label(locale, HEADINGS[key]);
  const actorName = new Map(network.actors.map((a) => [a.id, a.name]));
  const names = new Map(network.actors.map((a) => [a.id, localize(a.name, locale)]));
  const ranking = unpackRanking(result.conveners);
  const rankingDocumented = unpackRanking(result.convenersDocumented);
  const convener = new Map(ranking.map((c) => [c.actor, c]));
  const documented = new Map(rankingDocumented.map((c) => [c.actor, c]));
  const ruleLabel = new Map(GAP_RULES.map((r) => [r.id, label(locale, r.label)]));
  const gapsOf = (id: string) =>
    [...new Set(result.gaps.filter((g) => g.actors.includes(id)).map((g) => ruleLabel.get(g.rule) ?? g.rule))].join('; ');

  const actors: Table = {
    fileName: `${network.id}-analysis-actors`,
    headers: [
      h('id'),
      h('name'),
      h('pillar'),
      h('community'),
      h('component'),
      ...METRICS.map((m) => `${label(locale, m.label)}${estimateNote(result, m.id, locale)}`),
      h('convenerRank'),
      h('convenerScore'),
      h('documentedRank'),
      h('documentedScore'),
      h('gaps'),
    ],
    rows: result.actors.map((a) => [
      a.id,
      names.get(a.id) ?? a.id,
      label(locale, PILLAR_LABELS[a.pillar]),
      String(a.community),
      String(a.component),
      ...METRICS.map((m) => number(a.metrics[m.id])),
      String(convener.get(a.id)?.rank ?? ''),
      number(convener.get(a.id)?.score),
      String(documented.get(a.id)?.rank ?? ''),
      number(documented.get(a.id)?.score),
      gapsOf(a.id),
    ]),
  };

  const gaps: Table = {
    fileName: `${network.id}-analysis-gaps`,
    headers: [h('rule'), h('severity'), h('detail'), h('actors')],
    rows: result.gaps.map((g) => [
      ruleLabel.get(g.rule) ?? g.rule,
      label(locale, SEVERITY[g.severity]!),
      label(locale, g.detail),
      g.actors.map((id) => names.get(id) ?? id).join('; '),
    ]),
  };

  const criterionLabel = (c: (typeof CRITERIA)[number]) => label(locale, CRITERION_DEFINITIONS.find((d) => d.id === c)!.label);
  const convenerRows = (scores: ConvenerScore[], documentedOnly: boolean) =>
    scores.map((s) => [
      documentedOnly ? h('documentedRank') : h('convenerRank'),
      String(s.rank),
      names.get(s.actor) ?? s.actor,
      number(s.score),
      ...CRITERIA.flatMap((c) => [number(s.criteria[c]), label(locale, EVIDENCE[s.evidence[c]])]),
      explainConvener(s, actorName.get(s.actor) ?? s.actor, result.options.weights)[locale],
    ]);
  const conveners: Table = {
    fileName: `${network.id}-analysis-conveners`,
    headers: [
      '',
      h('rank'),
      h('name'),
      h('score'),
      ...CRITERIA.flatMap((c) => [criterionLabel(c), `${criterionLabel(c)}: ${h('restsOn')}`]),
      h('explanation'),
    ],
    rows: [...convenerRows(ranking, false), ...convenerRows(rankingDocumented, true)],
  };
  return { actors, gaps, conveners };
}
