/**
 * Ranking candidate conveners by the 2010 study's criteria for a process
 * facilitator: "legitimacy with the three parties (State, business and civil
 * society), impartiality, technical capacity, knowledge on human rights
 * issues as well as conflict prevention experience and national presence"
 * (seed 000, IV.e). Each criterion scores 0–1 with a stated rule; the rank is
 * their weighted mean, and each candidate gets a sentence explaining it.
 */
import type { Actor, Network } from '../model/types';
import { CAPACITY_LABELS, pillarOf, type CapacityKey, type Label, type Pillar } from '../model/vocabularies';

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
  label: Label;
  rule: Label;
}

export const CRITERION_DEFINITIONS: readonly CriterionDefinition[] = [
  {
    id: 'legitimacy',
    label: { en: 'Legitimacy with the three parties', es: 'Legitimidad ante las tres partes' },
    rule: {
      en: 'For each of State, business and civil society, its best direct tie: trust +2 → 1, +1 → 0.75, not assessed → 0.5, 0 → 0.25, negative or no tie → 0; the mean of the three.',
      es: 'Para el Estado, las empresas y la sociedad civil, su mejor vínculo directo: confianza +2 → 1, +1 → 0,75, sin evaluar → 0,5, 0 → 0,25, negativa o sin vínculo → 0; el promedio de los tres.',
    },
  },
  {
    id: 'impartiality',
    label: { en: 'Impartiality', es: 'Imparcialidad' },
    rule: {
      en: '0 for companies, private security and security forces; otherwise, with at least 3 ties to the three parties, 1 − (most − fewest ties to one party) / all those ties; with fewer, 0.5 (too few ties to judge).',
      es: '0 para empresas, seguridad privada y fuerzas de seguridad; si no, con al menos 3 vínculos con las tres partes, 1 − (más − menos vínculos con una parte) / todos esos vínculos; con menos, 0,5 (muy pocos para juzgar).',
    },
  },
  {
    id: 'technical',
    label: CAPACITY_LABELS.technical,
    rule: { en: 'Technical capacity 0–3, divided by 3 (0 when not assessed).', es: 'Capacidad técnica 0–3, dividida entre 3 (0 si no se evaluó).' },
  },
  {
    id: 'humanRights',
    label: CAPACITY_LABELS.humanRights,
    rule: { en: 'Human-rights knowledge 0–3, divided by 3 (0 when not assessed).', es: 'Conocimiento de derechos humanos 0–3, entre 3 (0 si no se evaluó).' },
  },
  {
    id: 'conflictPrevention',
    label: CAPACITY_LABELS.conflictPrevention,
    rule: {
      en: 'Conflict-prevention experience 0–3, divided by 3 (0 when not assessed).',
      es: 'Experiencia en prevención de conflictos 0–3, entre 3 (0 si no se evaluó).',
    },
  },
  {
    id: 'nationalPresence',
    label: { en: 'National presence', es: 'Presencia nacional' },
    rule: {
      en: 'In Peru: national level → 1, international → 0.75, regional → 0.5, local → 0.25, unknown → 0.25; outside Peru → 0.',
      es: 'En el Perú: nivel nacional → 1, internacional → 0,75, regional → 0,5, local → 0,25, desconocido → 0,25; fuera del Perú → 0.',
    },
  },
];

export interface ConvenerScore {
  actor: string;
  rank: number;
  score: number;
  criteria: Record<Criterion, number>;
  /** Criteria that rest on values nobody assessed (scored as 0 or 0.5 by rule). */
  notAssessed: Criterion[];
  explanation: Label;
}

const PARTIES: Pillar[] = ['state', 'business', 'civil_society'];
const PARTISAN = new Set(['company', 'private_security', 'security_forces']);
/** Fewer ties to the parties than this say nothing about balance. */
const MIN_TIES_FOR_BALANCE = 3;

function trustValue(trust: number | null): number {
  if (trust === null) return 0.5;
  return trust >= 2 ? 1 : trust === 1 ? 0.75 : trust === 0 ? 0.25 : 0;
}

function presence(actor: Actor): number {
  const inPeru = actor.country === 'PE' || (actor.region?.startsWith('PE-') ?? false);
  if (!inPeru) return 0;
  return { national: 1, international: 0.75, regional: 0.5, local: 0.25 }[actor.level ?? 'local'] ?? 0.25;
}

const CAPACITY_CRITERIA: Record<'technical' | 'humanRights' | 'conflictPrevention', CapacityKey> = {
  technical: 'technical',
  humanRights: 'humanRights',
  conflictPrevention: 'conflictPrevention',
};

/** Ranks every actor but platforms (groups and events are the process's means, not its convener). */
export function rankConveners(network: Network, weights: Weights = DEFAULT_WEIGHTS): ConvenerScore[] {
  const byId = new Map(network.actors.map((a) => [a.id, a]));
  const tiesOf = new Map<string, typeof network.ties>();
  for (const tie of network.ties) {
    for (const end of [tie.source, tie.target]) (tiesOf.get(end) ?? tiesOf.set(end, []).get(end)!).push(tie);
  }
  const totalWeight = CRITERIA.reduce((sum, c) => sum + Math.max(0, weights[c]), 0) || 1;
  const scores = network.actors
    .filter((a) => pillarOf(a.sector) !== 'platform')
    .map((actor) => {
      const ties = tiesOf.get(actor.id) ?? [];
      const bestInto = new Map<Pillar, number>();
      const countInto = new Map<Pillar, number>();
      for (const tie of ties) {
        const other = byId.get(tie.source === actor.id ? tie.target : tie.source);
        if (!other) continue;
        const pillar = pillarOf(other.sector);
        if (!PARTIES.includes(pillar)) continue;
        bestInto.set(pillar, Math.max(bestInto.get(pillar) ?? 0, trustValue(tie.trust)));
        countInto.set(pillar, (countInto.get(pillar) ?? 0) + 1);
      }
      const counts = PARTIES.map((p) => countInto.get(p) ?? 0);
      const partyTies = counts.reduce((a, b) => a + b, 0);
      const criteria: Record<Criterion, number> = {
        legitimacy: PARTIES.reduce((sum, p) => sum + (bestInto.get(p) ?? 0), 0) / 3,
        impartiality: PARTISAN.has(actor.sector) ? 0 : partyTies < MIN_TIES_FOR_BALANCE ? 0.5 : 1 - (Math.max(...counts) - Math.min(...counts)) / partyTies,
        technical: (actor.capacities.technical ?? 0) / 3,
        humanRights: (actor.capacities.humanRights ?? 0) / 3,
        conflictPrevention: (actor.capacities.conflictPrevention ?? 0) / 3,
        nationalPresence: presence(actor),
      };
      const notAssessed: Criterion[] = [];
      for (const [criterion, key] of Object.entries(CAPACITY_CRITERIA) as [Criterion, CapacityKey][]) {
        if (actor.capacities[key] === null) notAssessed.push(criterion);
      }
      if (ties.some((t) => t.trust === null)) notAssessed.push('legitimacy');
      if (!PARTISAN.has(actor.sector) && partyTies < MIN_TIES_FOR_BALANCE) notAssessed.push('impartiality');
      const score = CRITERIA.reduce((sum, c) => sum + Math.max(0, weights[c]) * criteria[c], 0) / totalWeight;
      return { actor: actor.id, rank: 0, score, criteria, notAssessed, explanation: { en: '', es: '' } };
    })
    .sort((a, b) => b.score - a.score || byId.get(a.actor)!.name.localeCompare(byId.get(b.actor)!.name));
  scores.forEach((s, i) => {
    s.rank = i + 1;
    s.explanation = explain(s, byId.get(s.actor)!, weights);
  });
  return scores;
}

function labelOf(criterion: Criterion): Label {
  return CRITERION_DEFINITIONS.find((d) => d.id === criterion)!.label;
}

function explain(score: ConvenerScore, actor: Actor, weights: Weights): Label {
  const weighted = CRITERIA.filter((c) => weights[c] > 0);
  const strong = weighted.filter((c) => score.criteria[c] >= 0.75);
  const weak = weighted.filter((c) => score.criteria[c] <= 0.25);
  const list = (criteria: Criterion[], lang: 'en' | 'es') => criteria.map((c) => labelOf(c)[lang].toLowerCase()).join(', ');
  const pct = Math.round(score.score * 100);
  const en = [
    `${actor.name} ranks #${score.rank} (${pct}/100).`,
    strong.length ? `Strong on ${list(strong, 'en')}.` : 'No criterion is strong.',
    weak.length ? `Weak on ${list(weak, 'en')}.` : '',
    score.notAssessed.length ? `Not assessed: ${list(score.notAssessed, 'en')} — scores there are by rule, not findings.` : '',
  ];
  const es = [
    `${actor.name} ocupa el puesto ${score.rank} (${pct}/100).`,
    strong.length ? `Fuerte en ${list(strong, 'es')}.` : 'Ningún criterio es fuerte.',
    weak.length ? `Débil en ${list(weak, 'es')}.` : '',
    score.notAssessed.length ? `Sin evaluar: ${list(score.notAssessed, 'es')}; allí el puntaje sale de la regla, no de hallazgos.` : '',
  ];
  return { en: en.filter(Boolean).join(' '), es: es.filter(Boolean).join(' ') };
}

