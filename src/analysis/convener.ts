/**
 * Ranking candidate conveners by the 2010 study's criteria for a process
 * facilitator: "legitimacy with the three parties (State, business and civil
 * society), impartiality, technical capacity, knowledge on human rights
 * issues as well as conflict prevention experience and national presence"
 * (seed 000, IV.e). Each criterion scores 0–1 with a stated rule; the rank is
 * their weighted mean, and `explainConvener` puts a candidate's rank into a
 * sentence (written when shown or exported: a large network's ranking runs
 * to tens of thousands of candidates, of whom a reader sees eight).
 */
import { basisOf, isFinding } from '../model/basis';
import { compareText, spanishOf, type Locale } from '../model/localized';
import type { AssessedField } from '../model/schema';
import type { Actor, LocalizedText, Network, Tie } from '../model/types';
import { CAPACITY_LABELS, pillarOf, type Basis, type Label, type LabelKey, type Pillar } from '../model/vocabularies';
import type { MessageKey } from '../text/catalogues';
import { label, translate } from '../text/translate';

export const CRITERIA = ['legitimacy', 'impartiality', 'technical', 'humanRights', 'conflictPrevention', 'nationalPresence'] as const;
export type Criterion = (typeof CRITERIA)[number];
export type Weights = Record<Criterion, number>;

export const DEFAULT_WEIGHTS: Weights = {
  legitimacy: 1,
  impartiality: 1,
  technical: 1,
  humanRights: 1,
  conflictPrevention: 1,
  nationalPresence: 1,
};

export interface CriterionDefinition {
  id: Criterion;
  /** What the criterion is called, and how it is scored: keys of the catalogues. */
  label: LabelKey;
  rule: LabelKey;
}

export const CRITERION_DEFINITIONS: readonly CriterionDefinition[] = [
  { id: 'legitimacy', label: 'criterion.legitimacy.label', rule: 'criterion.legitimacy.rule' },
  { id: 'impartiality', label: 'criterion.impartiality.label', rule: 'criterion.impartiality.rule' },
  { id: 'technical', label: CAPACITY_LABELS.technical, rule: 'criterion.technical.rule' },
  { id: 'humanRights', label: CAPACITY_LABELS.humanRights, rule: 'criterion.humanRights.rule' },
  { id: 'conflictPrevention', label: CAPACITY_LABELS.conflictPrevention, rule: 'criterion.conflictPrevention.rule' },
  { id: 'nationalPresence', label: 'criterion.nationalPresence.label', rule: 'criterion.nationalPresence.rule' },
];

/** What a criterion's value rests on: the basis of the values used, or a rule applied where nothing was assessed. */
export type Evidence = Basis | 'rule';

export interface ConvenerScore {
  actor: string;
  rank: number;
  score: number;
  criteria: Record<Criterion, number>;
  evidence: Record<Criterion, Evidence>;
  /** Criteria that rest on values nobody assessed (scored by rule). */
  notAssessed: Criterion[];
}

export interface ConvenerOptions {
  weights: Weights;
  /** Use only documented values with a source: inferred and assumed ones count as not assessed. */
  documentedOnly: boolean;
}

const PARTIES: Pillar[] = ['state', 'business', 'civil_society'];
const PARTISAN = new Set(['company', 'private_security', 'security_forces']);
/** Fewer ties to the parties than this say nothing about balance. */
const MIN_TIES_FOR_BALANCE = 3;
const EVIDENCE_ORDER: Evidence[] = ['documented', 'inferred', 'assumed', 'rule'];
const weakest = (items: Evidence[]): Evidence =>
  items.reduce<Evidence>((w, e) => (EVIDENCE_ORDER.indexOf(e) > EVIDENCE_ORDER.indexOf(w) ? e : w), 'documented');

const notAssessedOf = (evidence: Record<Criterion, Evidence>): Criterion[] => CRITERIA.filter((c) => evidence[c] === 'rule');

function trustValue(trust: number | null): number {
  if (trust === null) return 0.5;
  return trust >= 2 ? 1 : trust === 1 ? 0.75 : trust === 0 ? 0.25 : 0;
}

function presence(actor: Actor): number {
  const inPeru = actor.country === 'PE' || (actor.region?.startsWith('PE-') ?? false);
  if (!inPeru) return 0;
  return { national: 1, international: 0.75, regional: 0.5, local: 0.25 }[actor.level ?? 'local'] ?? 0.25;
}

const CAPACITY_CRITERIA = ['technical', 'humanRights', 'conflictPrevention'] as const;

/**
 * Ranks every actor but platforms (groups and events are the process's means,
 * not its convener). With `documentedOnly`, a value counts only when it is
 * documented with a source; anything else is scored as not assessed.
 */
export function rankConveners(network: Network, options: Partial<ConvenerOptions> = {}): ConvenerScore[] {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const documentedOnly = options.documentedOnly ?? false;
  /** A value, or null when it may not be used: not assessed, or (documented only) not a finding. */
  const usable = <T>(record: Actor | Tie, field: AssessedField, value: T | null): T | null =>
    value === null || (documentedOnly && !isFinding(record, field)) ? null : value;
  const byId = new Map(network.actors.map((a) => [a.id, a]));
  /** Each actor's party: its index in PARTIES, or -1 for the others (platforms, international bodies…). */
  const partyOf = new Map(network.actors.map((a) => [a.id, PARTIES.indexOf(pillarOf(a.sector))]));
  const tiesOf = new Map<string, Tie[]>();
  for (const tie of network.ties) {
    if (documentedOnly && !(tie.basis === 'documented' && tie.sources.length > 0)) continue;
    for (const end of [tie.source, tie.target]) (tiesOf.get(end) ?? tiesOf.set(end, []).get(end)!).push(tie);
  }
  const totalWeight = CRITERIA.reduce((sum, c) => sum + Math.max(0, weights[c]), 0) || 1;
  const scores = network.actors
    .filter((a) => pillarOf(a.sector) !== 'platform')
    .map((actor) => {
      /** Per party: the best trust value of a direct tie, the evidence behind it, and the number of ties. */
      const bestValue = [-1, -1, -1];
      const bestEvidence: Evidence[] = ['rule', 'rule', 'rule'];
      const counts = [0, 0, 0];
      for (const tie of tiesOf.get(actor.id) ?? []) {
        const party = partyOf.get(tie.source === actor.id ? tie.target : tie.source) ?? -1;
        if (party < 0) continue;
        const trust = usable(tie, 'trust', tie.trust);
        const value = trustValue(trust);
        if (value > bestValue[party]!) {
          bestValue[party] = value;
          bestEvidence[party] = trust === null ? 'rule' : basisOf(tie, 'trust');
        }
        counts[party]!++;
      }
      const partyTies = counts[0]! + counts[1]! + counts[2]!;
      const criteria = {} as Record<Criterion, number>;
      const evidence = {} as Record<Criterion, Evidence>;

      criteria.legitimacy = bestValue.reduce((sum, value) => sum + Math.max(0, value), 0) / 3;
      // Legitimacy is a finding only when the best tie with every party has an assessed trust.
      evidence.legitimacy = counts.every((count) => count > 0) ? weakest(bestEvidence) : 'rule';

      const seenImpartial = usable(actor, 'impartiality', actor.capacities.impartiality);
      if (seenImpartial !== null) {
        criteria.impartiality = seenImpartial / 3;
        evidence.impartiality = basisOf(actor, 'impartiality');
      } else {
        criteria.impartiality = PARTISAN.has(actor.sector)
          ? 0
          : partyTies < MIN_TIES_FOR_BALANCE
            ? 0.5
            : 1 - (Math.max(...counts) - Math.min(...counts)) / partyTies;
        evidence.impartiality = 'rule';
      }

      for (const key of CAPACITY_CRITERIA) {
        const value = usable(actor, key, actor.capacities[key]);
        criteria[key] = (value ?? 0) / 3;
        evidence[key] = value === null ? 'rule' : basisOf(actor, key);
      }

      const level = usable(actor, 'region', actor.level);
      criteria.nationalPresence = level === null && documentedOnly ? 0 : presence(actor);
      evidence.nationalPresence = actor.level === null || level === null ? 'rule' : basisOf(actor, 'region');

      const notAssessed = notAssessedOf(evidence);
      const score = CRITERIA.reduce((sum, c) => sum + Math.max(0, weights[c]) * criteria[c], 0) / totalWeight;
      return { actor: actor.id, rank: 0, score, criteria, evidence, notAssessed };
    })
    .sort((a, b) => b.score - a.score || compareText('es')(spanishOf(byId.get(a.actor)!.name), spanishOf(byId.get(b.actor)!.name)));
  scores.forEach((s, i) => {
    s.rank = i + 1;
  });
  return scores;
}

/**
 * A ranking as the analysis worker posts it: candidates best first, with
 * their scores, criteria and evidence in typed arrays. At 20,000 actors the
 * two rankings as objects were two thirds of the result, and copying them
 * to the page took a fifth of a second each way; typed arrays copy as a few
 * blocks. `convenerAt` gives a candidate back as a `ConvenerScore`.
 */
export interface PackedRanking {
  actors: string[];
  scores: Float64Array;
  /** criteria[i × CRITERIA.length + k]: candidate i's value on CRITERIA[k]. */
  criteria: Float64Array;
  /** evidence[i × CRITERIA.length + k]: what that value rests on, as an index into EVIDENCE_ORDER. */
  evidence: Uint8Array;
}

export function packRanking(ranking: readonly ConvenerScore[]): PackedRanking {
  const width = CRITERIA.length;
  const packed: PackedRanking = {
    actors: ranking.map((s) => s.actor),
    scores: Float64Array.from(ranking, (s) => s.score),
    criteria: new Float64Array(ranking.length * width),
    evidence: new Uint8Array(ranking.length * width),
  };
  for (let i = 0; i < ranking.length; i++) {
    const { criteria, evidence } = ranking[i]!;
    for (let k = 0; k < width; k++) {
      packed.criteria[i * width + k] = criteria[CRITERIA[k]!];
      packed.evidence[i * width + k] = EVIDENCE_ORDER.indexOf(evidence[CRITERIA[k]!]);
    }
  }
  return packed;
}

/** The candidate ranked i + 1. */
export function convenerAt(ranking: PackedRanking, i: number): ConvenerScore {
  const width = CRITERIA.length;
  const criteria = {} as Record<Criterion, number>;
  const evidence = {} as Record<Criterion, Evidence>;
  CRITERIA.forEach((c, k) => {
    criteria[c] = ranking.criteria[i * width + k]!;
    evidence[c] = EVIDENCE_ORDER[ranking.evidence[i * width + k]!]!;
  });
  const notAssessed = notAssessedOf(evidence);
  return { actor: ranking.actors[i]!, rank: i + 1, score: ranking.scores[i]!, criteria, evidence, notAssessed };
}

/** The first `count` candidates (all by default), best first. */
export function unpackRanking(ranking: PackedRanking, count = ranking.actors.length): ConvenerScore[] {
  return Array.from({ length: Math.min(count, ranking.actors.length) }, (_, i) => convenerAt(ranking, i));
}

function labelOf(criterion: Criterion): LabelKey {
  return CRITERION_DEFINITIONS.find((d) => d.id === criterion)!.label;
}

/** What each kind of evidence introduces in a candidate's sentence ("Resting on findings: …"). */
const EVIDENCE_SENTENCE = {
  documented: 'convener.explain.documented',
  inferred: 'convener.explain.inferred',
  assumed: 'convener.explain.assumed',
  rule: 'convener.explain.rule',
} as const satisfies Record<Evidence, MessageKey>;

/**
 * One sentence per candidate. Strong and weak name only assessed criteria
 * (a criterion scored by rule is neither), and every criterion is listed by
 * what it rests on, so a reader sees which parts are findings.
 */
export function explainConvener(score: ConvenerScore, name: LocalizedText, weights: Weights): Label {
  const weighted = CRITERIA.filter((c) => weights[c] > 0);
  const assessed = weighted.filter((c) => score.evidence[c] !== 'rule');
  const sentence = (lang: Locale) => {
    const list = (criteria: Criterion[]) => criteria.map((c) => label(lang, labelOf(c)).toLowerCase()).join(', ');
    const strong = assessed.filter((c) => score.criteria[c] >= 0.75);
    const weak = assessed.filter((c) => score.criteria[c] <= 0.25);
    const parts = [
      translate(lang, 'convener.explain.rank', { name, rank: score.rank, score: Math.round(score.score * 100) }),
      strong.length ? translate(lang, 'convener.explain.strong', { criteria: list(strong) }) : translate(lang, 'convener.explain.noStrong'),
      weak.length ? translate(lang, 'convener.explain.weak', { criteria: list(weak) }) : '',
      ...EVIDENCE_ORDER.map((e) => {
        const criteria = weighted.filter((c) => score.evidence[c] === e);
        return criteria.length ? translate(lang, EVIDENCE_SENTENCE[e], { criteria: list(criteria) }) : '';
      }),
    ];
    return parts.filter(Boolean).join(' ');
  };
  return { en: sentence('en'), es: sentence('es') };
}
