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
import { BASIS_LABELS, PILLAR_LABELS, type Label, type LabelKey } from '../model/vocabularies';
import { label } from '../text/translate';
import type { Table } from './table-import';

const HEADINGS = {
  id: { en: 'id', es: 'id' },
  name: { en: 'name', es: 'nombre' },
  pillar: { en: 'pillar', es: 'pilar' },
  community: { en: 'community', es: 'comunidad' },
  component: { en: 'component', es: 'componente' },
  convenerRank: { en: 'convener rank', es: 'puesto como convocante' },
  convenerScore: { en: 'convener score (0–1)', es: 'puntaje como convocante (0–1)' },
  documentedRank: { en: 'rank, documented values only', es: 'puesto, solo valores documentados' },
  documentedScore: { en: 'score, documented values only', es: 'puntaje, solo valores documentados' },
  gaps: { en: 'gaps', es: 'brechas' },
  rule: { en: 'rule', es: 'regla' },
  severity: { en: 'severity', es: 'gravedad' },
  detail: { en: 'detail', es: 'detalle' },
  actors: { en: 'actors', es: 'actores' },
  rank: { en: 'rank', es: 'puesto' },
  score: { en: 'score (0–1)', es: 'puntaje (0–1)' },
  restsOn: { en: 'rests on', es: 'se apoya en' },
  explanation: { en: 'explanation', es: 'explicación' },
} satisfies Record<string, Label>;

const SEVERITY: Record<string, Label> = {
  high: { en: 'high', es: 'alta' },
  medium: { en: 'medium', es: 'media' },
  low: { en: 'low', es: 'baja' },
};
const EVIDENCE: Record<Evidence, LabelKey | Label> = { ...BASIS_LABELS, rule: { en: 'rule (not assessed)', es: 'regla (sin evaluar)' } };

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
  const h = (key: keyof typeof HEADINGS) => HEADINGS[key][locale];
  const actorName = new Map(network.actors.map((a) => [a.id, a.name]));
  const names = new Map(network.actors.map((a) => [a.id, localize(a.name, locale)]));
  const ranking = unpackRanking(result.conveners);
  const rankingDocumented = unpackRanking(result.convenersDocumented);
  const convener = new Map(ranking.map((c) => [c.actor, c]));
  const documented = new Map(rankingDocumented.map((c) => [c.actor, c]));
  const ruleLabel = new Map(GAP_RULES.map((r) => [r.id, label(locale, r.label)]));
  const gapsOf = (id: string) => [...new Set(result.gaps.filter((g) => g.actors.includes(id)).map((g) => ruleLabel.get(g.rule) ?? g.rule))].join('; ');

  const actors: Table = {
    fileName: `${network.id}-analysis-actors`,
    headers: [
      h('id'), h('name'), h('pillar'), h('community'), h('component'), ...METRICS.map((m) => `${label(locale, m.label)}${estimateNote(result, m.id, locale)}`),
      h('convenerRank'), h('convenerScore'), h('documentedRank'), h('documentedScore'), h('gaps'),
    ],
    rows: result.actors.map((a) => [
      a.id, names.get(a.id) ?? a.id, label(locale, PILLAR_LABELS[a.pillar]), String(a.community), String(a.component),
      ...METRICS.map((m) => number(a.metrics[m.id])),
      String(convener.get(a.id)?.rank ?? ''), number(convener.get(a.id)?.score), String(documented.get(a.id)?.rank ?? ''),
      number(documented.get(a.id)?.score), gapsOf(a.id),
    ]),
  };

  const gaps: Table = {
    fileName: `${network.id}-analysis-gaps`,
    headers: [h('rule'), h('severity'), h('detail'), h('actors')],
    rows: result.gaps.map((g) => [
      ruleLabel.get(g.rule) ?? g.rule, SEVERITY[g.severity]![locale], label(locale, g.detail), g.actors.map((id) => names.get(id) ?? id).join('; '),
    ]),
  };

  const criterionLabel = (c: (typeof CRITERIA)[number]) => label(locale, CRITERION_DEFINITIONS.find((d) => d.id === c)!.label);
  const convenerRows = (scores: ConvenerScore[], documentedOnly: boolean) =>
    scores.map((s) => [
      documentedOnly ? h('documentedRank') : h('convenerRank'), String(s.rank), names.get(s.actor) ?? s.actor, number(s.score),
      ...CRITERIA.flatMap((c) => [number(s.criteria[c]), label(locale, EVIDENCE[s.evidence[c]])]),
      explainConvener(s, actorName.get(s.actor) ?? s.actor, result.options.weights)[locale],
    ]);
  const conveners: Table = {
    fileName: `${network.id}-analysis-conveners`,
    headers: [
      '', h('rank'), h('name'), h('score'),
      ...CRITERIA.flatMap((c) => [criterionLabel(c), `${criterionLabel(c)}: ${h('restsOn')}`]), h('explanation'),
    ],
    rows: [...convenerRows(ranking, false), ...convenerRows(rankingDocumented, true)],
  };
  return { actors, gaps, conveners };
}
