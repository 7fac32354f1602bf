/**
 * Gaps a facilitator should look at, each found by a rule described as data:
 * an id, a plain-language explanation (keys of the catalogues), and a function that
 * returns the instances it finds with the actors, pillars or regions they
 * concern and a severity.
 */
import { basisOf } from '../model/basis';
import type { Actor, Network, Tie } from '../model/types';
import { pillarOf, type Pillar } from '../model/vocabularies';
import { message } from '../text/translate';
import { ENGAGEMENT_GAP_RULES } from './engagement-gaps';
import { actorNames as names, pillarWord as pl, type Gap, type GapContext, type GapRule, type Severity } from './gap-rule';

export * from './gap-rule';

/**
 * Where companies are among `actors` (those of one region), which of the
 * State and civil society has no actor there: the local conversation's
 * missing sides. Empty when there is no company, or both are present.
 */
export function missingCounterparts(actors: readonly Actor[]): Pillar[] {
  if (!actors.some((a) => a.sector === 'company')) return [];
  return (['state', 'civil_society'] as Pillar[]).filter((p) => !actors.some((a) => pillarOf(a.sector) === p));
}

/** The parties whose relations the gaps look at; platforms are means, not parties. */
const PARTIES: Pillar[] = ['state', 'business', 'civil_society', 'external'];
const CORE: Pillar[] = ['state', 'business', 'civil_society'];

function actorsById(network: Network): Map<string, Actor> {
  return new Map(network.actors.map((a) => [a.id, a]));
}

/** Every unordered pair of parties, in the order of PARTIES. */
const PARTY_PAIRS: [Pillar, Pillar][] = PARTIES.flatMap((a, i) => PARTIES.slice(i + 1).map((b): [Pillar, Pillar] => [a, b]));

/** The ties between actors of two parties, for each pair of parties (one pass over the ties). */
function tiesBetweenParties(network: Network): (a: Pillar, b: Pillar) => Tie[] {
  const pillar = new Map(network.actors.map((a) => [a.id, pillarOf(a.sector)]));
  const pairKey = (a: Pillar, b: Pillar) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const groups = new Map<string, Tie[]>();
  for (const tie of network.ties) {
    const key = pairKey(pillar.get(tie.source)!, pillar.get(tie.target)!);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(tie);
  }
  return (a, b) => groups.get(pairKey(a, b)) ?? [];
}

export const GAP_RULES: readonly GapRule[] = [
  {
    id: 'pillar-pair-no-tie',
    label: 'gap.pillar-pair-no-tie.label',
    explanation: 'gap.pillar-pair-no-tie.explanation',
    find: ({ network }) => {
      const byId = actorsById(network);
      /** The platforms each actor takes part in (membership ties). */
      const platformsOf = new Map<string, Set<string>>();
      for (const t of network.ties) {
        if (t.type !== 'membership') continue;
        for (const [member, platform] of [
          [t.source, t.target],
          [t.target, t.source],
        ] as const) {
          if (pillarOf(byId.get(platform)!.sector) !== 'platform') continue;
          (platformsOf.get(member) ?? platformsOf.set(member, new Set()).get(member)!).add(platform);
        }
      }
      const platformsOfPillar = (p: Pillar) =>
        new Set(network.actors.filter((x) => pillarOf(x.sector) === p).flatMap((x) => [...(platformsOf.get(x.id) ?? [])]));
      const between = tiesBetweenParties(network);
      const gaps: Gap[] = [];
      for (const [a, b] of PARTY_PAIRS) {
        if (![a, b].every((p) => network.actors.some((x) => pillarOf(x.sector) === p))) continue;
        if (between(a, b).length > 0) continue;
        const inB = platformsOfPillar(b);
        const shared = [...platformsOfPillar(a)].filter((x) => inB.has(x)).map((id) => byId.get(id)!);
        const core = CORE.includes(a) && CORE.includes(b);
        gaps.push({
          rule: 'pillar-pair-no-tie',
          severity: core && shared.length === 0 ? 'high' : core || shared.length === 0 ? 'medium' : 'low',
          detail: shared.length
            ? message('gap.pillar-pair-no-tie.detailShared', { a: pl(a), b: pl(b), platforms: names(shared) })
            : message('gap.pillar-pair-no-tie.detail', { a: pl(a), b: pl(b) }),
          actors: network.actors.filter((x) => [a, b].includes(pillarOf(x.sector))).map((x) => x.id),
          pillars: [a, b],
          regions: [],
        });
      }
      return gaps;
    },
  },
  {
    id: 'pillar-pair-distrust',
    label: 'gap.pillar-pair-distrust.label',
    explanation: 'gap.pillar-pair-distrust.explanation',
    find: ({ network }) => {
      const between = tiesBetweenParties(network);
      const gaps: Gap[] = [];
      for (const [a, b] of PARTY_PAIRS) {
        const assessed = between(a, b).filter((t) => t.trust !== null);
        if (assessed.length === 0) continue;
        const mean = assessed.reduce((sum, t) => sum + (t.trust ?? 0), 0) / assessed.length;
        if (mean >= 0) continue;
        const m = mean.toFixed(1);
        gaps.push({
          rule: 'pillar-pair-distrust',
          severity: mean <= -1 ? 'high' : 'medium',
          detail: message('gap.pillar-pair-distrust.detail', { a: pl(a), b: pl(b), mean: m, count: assessed.length }),
          actors: [...new Set(assessed.flatMap((t) => [t.source, t.target]))],
          pillars: [a, b],
          regions: [],
        });
      }
      return gaps;
    },
  },
  {
    id: 'unengaged-power',
    label: 'gap.unengaged-power.label',
    explanation: 'gap.unengaged-power.explanation',
    find: ({ network, graph }) =>
      network.actors
        .filter((a) => a.influence !== null && a.influence >= 4 && graph.degree(a.id) <= 1)
        .map((a) => {
          const assumed = basisOf(a, 'influence') === 'assumed';
          const ties = graph.degree(a.id);
          return {
            rule: 'unengaged-power' as const,
            severity: ties === 0 ? ('high' as const) : ('medium' as const),
            detail: message('gap.unengaged-power.detail', {
              name: a.name,
              influence: a.influence!,
              assumed: assumed ? message('gap.unengaged-power.assumed') : '',
              count: ties,
            }),
            actors: [a.id],
            pillars: [pillarOf(a.sector)],
            regions: a.region ? [a.region] : [],
          };
        }),
  },
  {
    id: 'training-targets',
    label: 'gap.training-targets.label',
    explanation: 'gap.training-targets.explanation',
    find: ({ network }) => {
      const targets = network.actors.filter(
        (a) => a.vpInterest !== null && a.vpInterest >= 2 && a.vpKnowledge !== null && a.vpKnowledge <= 1,
      );
      if (targets.length === 0) return [];
      return [
        {
          rule: 'training-targets',
          severity: 'medium',
          detail: message('gap.training-targets.detail', { count: targets.length, names: names(targets) }),
          actors: targets.map((a) => a.id),
          pillars: [...new Set(targets.map((a) => pillarOf(a.sector)))],
          regions: [],
        },
      ];
    },
  },
  {
    id: 'region-without-counterparts',
    label: 'gap.region-without-counterparts.label',
    explanation: 'gap.region-without-counterparts.explanation',
    find: ({ network, regionName }) => {
      const regions = [...new Set(network.actors.filter((a) => a.sector === 'company' && a.region).map((a) => a.region!))];
      const gaps: Gap[] = [];
      for (const region of regions) {
        const here = network.actors.filter((a) => a.region === region);
        const missing = missingCounterparts(here);
        if (missing.length === 0) continue;
        const companies = here.filter((a) => a.sector === 'company');
        const name = regionName(region);
        gaps.push({
          rule: 'region-without-counterparts',
          severity: missing.length === 2 ? 'high' : 'medium',
          detail: message('gap.region-without-counterparts.detail', {
            region: name,
            companies: names(companies),
            missing:
              missing.length === 1
                ? pl(missing[0]!)
                : message('gap.region-without-counterparts.missingBoth', { a: pl(missing[0]!), b: pl(missing[1]!) }),
          }),
          actors: companies.map((a) => a.id),
          pillars: missing,
          regions: [region],
        });
      }
      return gaps;
    },
  },
  {
    id: 'no-triangle',
    label: 'gap.no-triangle.label',
    explanation: 'gap.no-triangle.explanation',
    find: ({ network, graph }) => {
      const byId = actorsById(network);
      const of = (id: string) => pillarOf(byId.get(id)!.sector);
      for (const s of network.actors.filter((a) => pillarOf(a.sector) === 'state')) {
        const neighbours = graph.neighbors(s.id);
        for (const b of neighbours.filter((n) => of(n) === 'business')) {
          for (const c of neighbours.filter((n) => of(n) === 'civil_society')) if (graph.hasEdge(b, c)) return [];
        }
      }
      return [
        {
          rule: 'no-triangle',
          severity: 'high',
          detail: message('gap.no-triangle.detail'),
          actors: [],
          pillars: CORE,
          regions: [],
        },
      ];
    },
  },
  {
    id: 'silo-community',
    label: 'gap.silo-community.label',
    explanation: 'gap.silo-community.explanation',
    find: ({ network, communities }) => {
      const byId = actorsById(network);
      const gaps: Gap[] = [];
      communities.members.forEach((members, index) => {
        const parties = members.map((id) => byId.get(id)!).filter((a) => pillarOf(a.sector) !== 'platform');
        const pillars = [...new Set(parties.map((a) => pillarOf(a.sector)))];
        if (parties.length < 3 || pillars.length !== 1) return;
        const p = pillars[0]!;
        gaps.push({
          rule: 'silo-community',
          severity: 'low',
          detail: message('gap.silo-community.detail', { number: index + 1, actors: parties.length, pillar: pl(p), names: names(parties) }),
          actors: members,
          pillars: [p],
          regions: [],
        });
      });
      return gaps;
    },
  },
  // What the engagement records say (engagement-gaps.ts): who has gone unheard, what is overdue, who was left out.
  ...ENGAGEMENT_GAP_RULES,
];

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Every gap every rule finds, most severe first. */
export function findGaps(context: GapContext): Gap[] {
  return GAP_RULES.flatMap((rule) => rule.find(context)).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
