/**
 * Gaps a facilitator should look at, each found by a rule described as data:
 * an id, a plain-language explanation in both languages, and a function that
 * returns the instances it finds with the actors, pillars or regions they
 * concern and a severity.
 */
import { basisOf } from '../model/basis';
import { localize, type Locale } from '../model/localized';
import type { Actor, Network, Tie } from '../model/types';
import { PILLAR_LABELS, pillarOf, type Label, type Pillar } from '../model/vocabularies';
import { label } from '../text/translate';
import type { AnalysisGraph } from './analysis-graph';
import type { Communities } from './communities';

export type Severity = 'high' | 'medium' | 'low';

export interface Gap {
  rule: GapRuleId;
  severity: Severity;
  /** One sentence about this instance, in both languages. */
  detail: Label;
  actors: string[];
  pillars: Pillar[];
  regions: string[];
}

export interface GapContext {
  network: Network;
  graph: AnalysisGraph;
  communities: Communities;
  /** Region names for sentences. */
  regionName: (code: string) => Label;
}

/**
 * Where companies are among `actors` (those of one region), which of the
 * State and civil society has no actor there: the local conversation's
 * missing sides. Empty when there is no company, or both are present.
 */
export function missingCounterparts(actors: readonly Actor[]): Pillar[] {
  if (!actors.some((a) => a.sector === 'company')) return [];
  return (['state', 'civil_society'] as Pillar[]).filter((p) => !actors.some((a) => pillarOf(a.sector) === p));
}

export const GAP_RULE_IDS = [
  'pillar-pair-no-tie',
  'pillar-pair-distrust',
  'unengaged-power',
  'training-targets',
  'region-without-counterparts',
  'no-triangle',
  'silo-community',
] as const;
export type GapRuleId = (typeof GAP_RULE_IDS)[number];

export interface GapRule {
  id: GapRuleId;
  label: Label;
  explanation: Label;
  find: (context: GapContext) => Gap[];
}

/** The parties whose relations the gaps look at; platforms are means, not parties. */
const PARTIES: Pillar[] = ['state', 'business', 'civil_society', 'external'];
const CORE: Pillar[] = ['state', 'business', 'civil_society'];

const names = (actors: Actor[], lang: Locale) => actors.map((a) => localize(a.shortName ?? a.name, lang)).join(', ');
const pl = (pillar: Pillar) => PILLAR_LABELS[pillar];

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
    label: { en: 'Parties with no tie between them', es: 'Partes sin ningún vínculo entre sí' },
    explanation: {
      en: 'No actor of one party has a direct tie with any actor of the other. Dialogue between them has no existing channel to build on; if they only meet in a shared platform or event, that is named.',
      es: 'Ningún actor de una parte tiene un vínculo directo con algún actor de la otra. El diálogo entre ellas no tiene un canal propio; si solo coinciden en una plataforma o evento común, se nombra.',
    },
    find: ({ network }) => {
      const byId = actorsById(network);
      /** The platforms each actor takes part in (membership ties). */
      const platformsOf = new Map<string, Set<string>>();
      for (const t of network.ties) {
        if (t.type !== 'membership') continue;
        for (const [member, platform] of [[t.source, t.target], [t.target, t.source]] as const) {
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
            ? {
                en: `No direct tie between ${label('en', pl(a))} and ${label('en', pl(b))}; they meet only in ${names(shared, 'en')}.`,
                es: `Ningún vínculo directo entre ${label('es', pl(a))} y ${label('es', pl(b))}; solo coinciden en ${names(shared, 'es')}.`,
              }
            : {
                en: `No direct tie between ${label('en', pl(a))} and ${label('en', pl(b))}, not even a shared platform.`,
                es: `Ningún vínculo directo entre ${label('es', pl(a))} y ${label('es', pl(b))}, ni siquiera una plataforma común.`,
              },
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
    label: { en: 'Parties that distrust each other', es: 'Partes que desconfían entre sí' },
    explanation: {
      en: 'The ties between two parties whose trust was assessed are negative on average. Bring them together only with care and a trusted convener.',
      es: 'Los vínculos evaluados entre dos partes tienen en promedio confianza negativa. Reunirlas solo con cuidado y un convocante de confianza.',
    },
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
          detail: {
            en: `Mean trust between ${label('en', pl(a))} and ${label('en', pl(b))} is ${m} over ${assessed.length} assessed ties.`,
            es: `La confianza media entre ${label('es', pl(a))} y ${label('es', pl(b))} es ${m} en ${assessed.length} vínculos evaluados.`,
          },
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
    label: { en: 'Influential but unengaged', es: 'Influyentes pero no involucrados' },
    explanation: {
      en: 'Actors with high influence (4 or 5) but at most one tie in the map: power the process has not engaged yet.',
      es: 'Actores con influencia alta (4 o 5) pero como mucho un vínculo en el mapa: poder que el proceso aún no ha involucrado.',
    },
    find: ({ network, graph }) =>
      network.actors
        .filter((a) => a.influence !== null && a.influence >= 4 && graph.degree(a.id) <= 1)
        .map((a) => {
          const assumed = basisOf(a, 'influence') === 'assumed';
          const ties = graph.degree(a.id);
          return {
            rule: 'unengaged-power' as const,
            severity: ties === 0 ? ('high' as const) : ('medium' as const),
            detail: {
              en: `${localize(a.name, 'en')}: influence ${a.influence}${assumed ? ' (assumed)' : ''}, ${ties} tie${ties === 1 ? '' : 's'}.`,
              es: `${localize(a.name, 'es')}: influencia ${a.influence}${assumed ? ' (supuesta)' : ''}, ${ties} vínculo${ties === 1 ? '' : 's'}.`,
            },
            actors: [a.id],
            pillars: [pillarOf(a.sector)],
            regions: a.region ? [a.region] : [],
          };
        }),
  },
  {
    id: 'training-targets',
    label: { en: 'Interested but uninformed: training targets', es: 'Interesados pero poco informados: a capacitar' },
    explanation: {
      en: 'Actors with moderate or high interest in the VPs but little or misconstrued knowledge of them — the 2010 study’s central finding, and where training pays off first.',
      es: 'Actores con interés moderado o alto en los PV pero conocimiento escaso o erróneo de ellos: el hallazgo central del estudio de 2010, y donde la capacitación rinde primero.',
    },
    find: ({ network }) => {
      const targets = network.actors.filter((a) => a.vpInterest !== null && a.vpInterest >= 2 && a.vpKnowledge !== null && a.vpKnowledge <= 1);
      if (targets.length === 0) return [];
      return [
        {
          rule: 'training-targets',
          severity: 'medium',
          detail: {
            en: `${targets.length} actor${targets.length === 1 ? '' : 's'}: ${names(targets, 'en')}.`,
            es: `${targets.length} actor${targets.length === 1 ? '' : 'es'}: ${names(targets, 'es')}.`,
          },
          actors: targets.map((a) => a.id),
          pillars: [...new Set(targets.map((a) => pillarOf(a.sector)))],
          regions: [],
        },
      ];
    },
  },
  {
    id: 'region-without-counterparts',
    label: { en: 'Regions with companies but no counterpart', es: 'Regiones con empresas pero sin contraparte' },
    explanation: {
      en: 'A region where companies appear in the map but no State actor or no civil-society actor does: the local conversation has one side only.',
      es: 'Una región donde aparecen empresas en el mapa pero ningún actor del Estado o ninguno de la sociedad civil: la conversación local tiene un solo lado.',
    },
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
          detail: {
            en: `${name.en}: ${names(companies, 'en')}; no ${missing.map((p) => label('en', pl(p))).join(' and no ')} actor.`,
            es: `${name.es}: ${names(companies, 'es')}; ningún actor de ${missing.map((p) => label('es', pl(p))).join(' ni de ')}.`,
          },
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
    label: { en: 'No State–business–civil society triangle', es: 'Ningún triángulo Estado–empresas–sociedad civil' },
    explanation: {
      en: 'No three actors — one from the State, one from business, one from civil society — are all tied to each other. The tripartite dialogue the VPs need has no seed yet.',
      es: 'No hay tres actores —uno del Estado, uno de empresas, uno de la sociedad civil— vinculados todos entre sí. El diálogo tripartito que necesitan los PV aún no tiene semilla.',
    },
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
          detail: { en: 'No closed State–business–civil society triangle.', es: 'Ningún triángulo cerrado Estado–empresas–sociedad civil.' },
          actors: [],
          pillars: CORE,
          regions: [],
        },
      ];
    },
  },
  {
    id: 'silo-community',
    label: { en: 'Single-party communities (silos)', es: 'Comunidades de una sola parte (silos)' },
    explanation: {
      en: 'A community of three or more actors, platforms aside, all from the same party: they talk mostly among themselves.',
      es: 'Una comunidad de tres o más actores, sin contar plataformas, todos de la misma parte: hablan sobre todo entre sí.',
    },
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
          detail: {
            en: `Community ${index + 1}: ${parties.length} actors, all ${label('en', pl(p))} — ${names(parties, 'en')}.`,
            es: `Comunidad ${index + 1}: ${parties.length} actores, todos de ${label('es', pl(p))}: ${names(parties, 'es')}.`,
          },
          actors: members,
          pillars: [p],
          regions: [],
        });
      });
      return gaps;
    },
  },
];

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Every gap every rule finds, most severe first. */
export function findGaps(context: GapContext): Gap[] {
  return GAP_RULES.flatMap((rule) => rule.find(context)).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
