/**
 * A comparison as tables a person opens in a spreadsheet, in one language:
 * the summary (both networks and the difference), the shared actors with
 * their measures in each, the gaps in one, the other or both, and the diff
 * field by field. Used by the compare view's export (CSV, Excel) and by
 * `puentes compare`.
 */
import type { ActorRecords, Comparison, DistributionId, SharedMeasure, Standing, SummaryFigure } from '../analysis/compare/compare';
import { DISTRIBUTIONS, DISTRIBUTION_IDS, SHARED_MEASURES, SUMMARY_FIGURES } from '../analysis/compare/compare';
import type { NetworkDiff } from '../analysis/compare/diff';
import type { MatchBasis } from '../analysis/compare/match';
import { GAP_RULES, type GapRuleId } from '../analysis/gaps';
import { localize, type Locale } from '../model/localized';
import type { Network } from '../model/types';
import {
  BASIS_LABELS,
  ENGAGEMENT_LABELS,
  PILLAR_LABELS,
  SECTOR_LABELS,
  TIE_TYPE_LABELS,
  VP_INTEREST,
  VP_KNOWLEDGE,
  type Basis,
  type LabelKey,
} from '../model/vocabularies';
import { label, message, type Message, type Words } from '../text/translate';
import { fieldLabel, fieldValue, sourceTitles } from './field-words';
import type { Table } from './table-import';

export { FIELD_LABELS, fieldLabel, fieldValue } from './field-words';

export const FIGURE_LABELS: Record<SummaryFigure, LabelKey> = {
  actors: 'figure.actors',
  ties: 'figure.ties',
  density: 'figure.density',
  components: 'figure.components',
  largestComponent: 'figure.largestComponent',
  averagePathLength: 'figure.averagePathLength',
  modularity: 'figure.modularity',
  communities: 'figure.communities',
  documentedShare: 'figure.documentedShare',
  engagements: 'figure.engagements',
  commitments: 'figure.commitments',
  incidents: 'figure.incidents',
};

export const DISTRIBUTION_LABELS: Record<DistributionId, LabelKey> = {
  pillars: 'distribution.pillars',
  sectors: 'distribution.sectors',
  basis: 'distribution.basis',
  engagement: 'distribution.engagement',
  vpKnowledge: 'distribution.vpKnowledge',
  vpInterest: 'distribution.vpInterest',
};

export const MEASURE_LABELS: Record<SharedMeasure, LabelKey> = {
  degree: 'measure.degree',
  betweenness: 'measure.betweenness',
  constraint: 'measure.constraint',
  brokerage: 'measure.brokerage',
  convener: 'measure.convener',
};

export const STANDING_LABELS: Record<Standing, LabelKey> = {
  central: 'standing.central',
  middle: 'standing.middle',
  peripheral: 'standing.peripheral',
};

export const MATCH_LABELS: Record<MatchBasis, LabelKey> = {
  id: 'matchBasis.id',
  name: 'matchBasis.name',
  shortName: 'matchBasis.shortName',
  alias: 'matchBasis.alias',
  similar: 'matchBasis.similar',
  manual: 'matchBasis.manual',
};

/** The label of one key of a distribution ("sector: company" → "Empresa"). */
export function distributionKeyLabel(id: DistributionId, key: string): LabelKey | Message {
  if (key === 'none') return id === 'engagement' ? 'distribution.noStage' : 'distribution.notAssessed';
  switch (id) {
    case 'pillars':
      return PILLAR_LABELS[key as keyof typeof PILLAR_LABELS];
    case 'sectors':
      return SECTOR_LABELS[key as keyof typeof SECTOR_LABELS];
    case 'basis':
      return BASIS_LABELS[key as keyof typeof BASIS_LABELS];
    case 'engagement':
      return ENGAGEMENT_LABELS[key as keyof typeof ENGAGEMENT_LABELS];
    case 'vpKnowledge':
      return message('distribution.scaleStep', { step: key, label: { key: VP_KNOWLEDGE.labels[Number(key)]! } });
    case 'vpInterest':
      return message('distribution.scaleStep', { step: key, label: { key: VP_INTEREST.labels[Number(key)]! } });
  }
}

export const GAP_PLACE: Record<'a' | 'b' | 'both', LabelKey> = {
  a: 'gapPlace.a',
  b: 'gapPlace.b',
  both: 'gapPlace.both',
};

const HEADINGS = {
  section: 'compareFile.heading.section',
  figure: 'compareFile.heading.figure',
  difference: 'compareFile.heading.difference',
  idA: 'compareFile.heading.idA',
  idB: 'compareFile.heading.idB',
  name: 'compareFile.heading.name',
  matchedBy: 'compareFile.heading.matchedBy',
  score: 'compareFile.heading.score',
  standing: 'compareFile.heading.standing',
  engagements: 'compareFile.heading.engagements',
  lastEngaged: 'compareFile.heading.lastEngaged',
  openCommitments: 'compareFile.heading.openCommitments',
  incidents: 'compareFile.heading.incidents',
  change: 'compareFile.heading.change',
  rule: 'compareFile.heading.rule',
  where: 'compareFile.heading.where',
  detail: 'compareFile.heading.detail',
  record: 'compareFile.heading.record',
  id: 'compareFile.heading.id',
  what: 'compareFile.heading.what',
  field: 'compareFile.heading.field',
  before: 'compareFile.heading.before',
  after: 'compareFile.heading.after',
  provenance: 'compareFile.heading.provenance',
} satisfies Record<string, LabelKey>;

const DIFF_WORDS = {
  actor: 'compareFile.diff.actor',
  tie: 'compareFile.diff.tie',
  added: 'compareFile.diff.added',
  removed: 'compareFile.diff.removed',
  changed: 'compareFile.diff.changed',
  yes: 'compareFile.diff.yes',
} satisfies Record<string, LabelKey>;

const number = (value: number | null | undefined) =>
  value === null || value === undefined || !Number.isFinite(value) ? '' : String(Math.round(value * 1e6) / 1e6);
const difference = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || a === undefined || b === null || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) ? '' : number(b - a);

const RECORD_COLUMNS = ['engagements', 'lastEngaged', 'openCommitments', 'incidents'] as const;

/** A shared actor's records in one network, as a cell: counts as numbers, the last engagement as its date (ISO, as recorded). */
function recordCell(records: ActorRecords, column: (typeof RECORD_COLUMNS)[number]): string {
  if (column === 'lastEngaged') return records.last?.date ?? '';
  return String(records[column]);
}

export interface ComparisonTables {
  summary: Table;
  shared: Table;
  gaps: Table;
  diff: Table;
}

export interface Sides {
  a: Network;
  b: Network;
  /** What the two are called in headings (file or scenario names). */
  titleA: string;
  titleB: string;
}

export function comparisonTables(comparison: Comparison, diff: NetworkDiff, sides: Sides, locale: Locale): ComparisonTables {
  const h = (key: keyof typeof HEADINGS) => label(locale, HEADINGS[key]);
  const l = (value: Words) => label(locale, value);
  const { a: sa, b: sb } = comparison.summary;

  const summaryRows: string[][] = SUMMARY_FIGURES.map((f) => [
    '',
    l(FIGURE_LABELS[f]),
    number(sa[f]),
    number(sb[f]),
    difference(sa[f], sb[f]),
  ]);
  for (const id of DISTRIBUTION_IDS) {
    for (const key of DISTRIBUTIONS[id]) {
      const x = sa[id][key] ?? 0;
      const y = sb[id][key] ?? 0;
      if (x === 0 && y === 0) continue;
      summaryRows.push([l(DISTRIBUTION_LABELS[id]), l(distributionKeyLabel(id, key)), String(x), String(y), String(y - x)]);
    }
  }
  const namesA = new Map(sides.a.actors.map((x) => [x.id, localize(x.name, locale)]));
  const namesB = new Map(sides.b.actors.map((x) => [x.id, localize(x.name, locale)]));

  const shared: Table = {
    fileName: 'shared',
    headers: [
      h('idA'),
      h('idB'),
      h('name'),
      h('matchedBy'),
      h('score'),
      ...SHARED_MEASURES.flatMap((m) => [
        `${l(MEASURE_LABELS[m])} · ${sides.titleA}`,
        `${l(MEASURE_LABELS[m])} · ${sides.titleB}`,
        `${l(MEASURE_LABELS[m])} · ${h('change')}`,
      ]),
      `${h('standing')} · ${sides.titleA}`,
      `${h('standing')} · ${sides.titleB}`,
      // Each actor's records in each network: who was engaged in both processes, and when last.
      ...RECORD_COLUMNS.flatMap((column) => [`${h(column)} · ${sides.titleA}`, `${h(column)} · ${sides.titleB}`]),
    ],
    rows: comparison.shared.map((s) => [
      s.a,
      s.b,
      namesA.get(s.a) ?? s.a,
      l(MATCH_LABELS[s.match.by]),
      number(s.match.score),
      ...SHARED_MEASURES.flatMap((m) => [number(s.values[m][0]), number(s.values[m][1]), difference(s.values[m][0], s.values[m][1])]),
      l(STANDING_LABELS[s.standing[0]]),
      l(STANDING_LABELS[s.standing[1]]),
      ...RECORD_COLUMNS.flatMap((column) => s.records.map((records) => recordCell(records, column))),
    ]),
  };

  const ruleLabel = new Map<GapRuleId, string>(GAP_RULES.map((r) => [r.id, l(r.label)]));
  const gaps: Table = {
    fileName: 'gaps',
    headers: [h('rule'), h('where'), h('detail')],
    rows: comparison.gaps.flatMap((g) => g.instances.map((i) => [ruleLabel.get(g.rule) ?? g.rule, l(GAP_PLACE[i.in]), l(i.detail)])),
  };

  const titles = sourceTitles(sides.a, sides.b);
  const diffRows: string[][] = [];
  // A record as a reader finds it: an actor by its name, a tie by its ends and type ("PNP — Grupo Impulsor (membresía)").
  const tieNames = (network: Network, names: Map<string, string>) => {
    const ties = new Map(network.ties.map((t) => [t.id, t]));
    return (id: string) => {
      const tie = ties.get(id);
      if (!tie) return '';
      const end = (actor: string) => names.get(actor) ?? actor;
      return `${end(tie.source)} — ${end(tie.target)} (${l(TIE_TYPE_LABELS[tie.type]).toLowerCase()})`;
    };
  };
  const basisIn = (network: Network, kind: 'actor' | 'tie') => {
    const records: { id: string; basis: Basis }[] = kind === 'actor' ? network.actors : network.ties;
    const basis = new Map(records.map((r) => [r.id, r.basis]));
    return (id: string) => basis.get(id);
  };
  const kinds = [
    ['actor', diff.actors, (id: string) => namesA.get(id) ?? '', (id: string) => namesB.get(id) ?? ''],
    ['tie', diff.ties, tieNames(sides.a, namesA), tieNames(sides.b, namesB)],
  ] as const;
  for (const [kind, part, nameBefore, nameAfter] of kinds) {
    const word = l(DIFF_WORDS[kind]);
    const [basisBefore, basisAfter] = [basisIn(sides.a, kind), basisIn(sides.b, kind)];
    for (const id of part.added) diffRows.push([word, id, nameAfter(id), l(DIFF_WORDS.added), '', '', '', '']);
    for (const id of part.removed) diffRows.push([word, id, nameBefore(id), l(DIFF_WORDS.removed), '', '', '', '']);
    for (const change of part.changed) {
      for (const field of change.changes) {
        diffRows.push([
          word,
          change.id,
          nameBefore(change.id),
          l(DIFF_WORDS.changed),
          fieldLabel(field, locale),
          fieldValue(field, field.before, locale, { titles, recordBasis: basisBefore(change.id) }),
          fieldValue(field, field.after, locale, { titles, recordBasis: basisAfter(change.otherId) }),
          field.provenance ? l(DIFF_WORDS.yes) : '',
        ]);
      }
    }
  }

  return {
    summary: { fileName: 'summary', headers: [h('section'), h('figure'), sides.titleA, sides.titleB, h('difference')], rows: summaryRows },
    shared,
    gaps,
    diff: {
      fileName: 'diff',
      headers: [h('record'), h('id'), h('name'), h('what'), h('field'), h('before'), h('after'), h('provenance')],
      rows: diffRows,
    },
  };
}

/** Sheet names of the Excel workbook, in the interface language. */
export const SHEET_NAMES: Record<keyof ComparisonTables, LabelKey> = {
  summary: 'compareFile.sheet.summary',
  shared: 'compareFile.sheet.shared',
  gaps: 'compareFile.sheet.gaps',
  diff: 'compareFile.sheet.diff',
};
