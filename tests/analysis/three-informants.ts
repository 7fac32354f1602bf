// Three informants mapped Espinar each in a session of their own, on their own copy of the map: three networks, each
// with one session and one informant, to be merged one after the other (merge-sessions.ts). They disagree. Every
// session asks about information and conflict, so each tie was asked of all three. The numbers are worked by hand in
// three-informants.test.ts; the browser test (tests/e2e/agreement.test.ts) opens the same scenario.
import { answeredNetwork } from '../../src/analysis/answered-network';
import { mergeSessions } from '../../src/analysis/merge-sessions';
import { parseNetwork } from '../../src/model/validate';
import type { Answer, MappingSession } from '../../src/model/informants';
import type { Network } from '../../src/model/types';

/** The five actors, by the informant's own ids and names (informant B typed no accents and used other ids). */
const ACTORS = {
  policia: { name: 'Policía Nacional del Perú', sector: 'security_forces' },
  municipio: { name: 'Municipalidad Provincial de Espinar', sector: 'state' },
  empresa: { name: 'Compañía Minera Antapaccay', sector: 'company' },
  defensoria: { name: 'Defensoría del Pueblo', sector: 'state' },
  rondas: { name: 'Rondas Campesinas de Espinar', sector: 'community' },
} as const;
type ActorId = keyof typeof ACTORS;
const B_IDS: Record<ActorId, string> = { policia: 'b-pnp', municipio: 'b-muni', empresa: 'b-mina', defensoria: 'b-dp', rondas: 'b-rondas' };
const plain = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

type TieSpec = [ActorId, ActorId, 'info' | 'conf'];
interface InformantSpec {
  session: string;
  label: string;
  ties: TieSpec[];
  towers: Record<ActorId, number>;
  stances: Partial<Record<ActorId, -1 | 0 | 1>>;
}

/**
 * A: information police–municipality, company–municipality, Ombudsman–rondas; conflict rondas–company.
 * B: information municipality–police, company–municipality, Ombudsman–police; conflict company–rondas.
 * C: information police–municipality, Ombudsman–rondas; conflict rondas–company, police–rondas.
 */
export const INFORMANTS: InformantSpec[] = [
  {
    session: 'espinar-a',
    label: 'Dirigente comunal',
    ties: [
      ['policia', 'municipio', 'info'],
      ['empresa', 'municipio', 'info'],
      ['rondas', 'empresa', 'conf'],
      ['defensoria', 'rondas', 'info'],
    ],
    towers: { policia: 7, municipio: 3, empresa: 8, defensoria: 4, rondas: 5 },
    stances: { policia: 1, empresa: 1, rondas: -1 },
  },
  {
    session: 'espinar-b',
    label: 'Funcionaria municipal',
    ties: [
      ['municipio', 'policia', 'info'],
      ['empresa', 'municipio', 'info'],
      ['empresa', 'rondas', 'conf'],
      ['defensoria', 'policia', 'info'],
    ],
    towers: { policia: 3, municipio: 4, empresa: 7, defensoria: 4, rondas: 2 },
    stances: { policia: 1, empresa: 1, rondas: -1 },
  },
  {
    session: 'espinar-c',
    label: 'Periodista local',
    ties: [
      ['policia', 'municipio', 'info'],
      ['rondas', 'empresa', 'conf'],
      ['defensoria', 'rondas', 'info'],
      ['policia', 'rondas', 'conf'],
    ],
    towers: { policia: 5, municipio: 3, empresa: 8, defensoria: 4, rondas: 4 },
    stances: { policia: 0, empresa: 1 },
  },
];

const session = (spec: InformantSpec): MappingSession => ({
  id: spec.session,
  question: {
    es: '¿Quién influye en la seguridad y los derechos humanos en Espinar?',
    en: 'Who influences security and human rights in Espinar?',
  },
  place: 'Espinar',
  date: '2024-05',
  linkTypes: [
    { id: 'info', name: { es: 'información', en: 'information' }, colour: '#1f77b4', tieType: 'information' },
    { id: 'conf', name: { es: 'conflicto', en: 'conflict' }, colour: '#d62728', tieType: 'conflict' },
  ],
  goals: [{ id: 'dialogo', label: { es: 'Un diálogo sobre los Principios Voluntarios', en: 'A dialogue on the Voluntary Principles' } }],
  informants: [{ id: 'i1', label: spec.label }],
});

/**
 * One informant's network as their session leaves it: the actors they named, the ties they reported (documented by
 * the session), and their answers. Informant B's actors have ids of their own and names without accents, so the
 * merge has to match them by name.
 */
export function informantNetwork(index: 0 | 1 | 2): Network {
  const spec = INFORMANTS[index]!;
  const idOf = (id: ActorId) => (index === 1 ? B_IDS[id] : id);
  const nameOf = (id: ActorId) => (index === 1 ? plain(ACTORS[id].name) : ACTORS[id].name);
  const answer = { session: spec.session, informant: 'i1' };
  const answers: Answer[] = [
    ...spec.ties.map(([source, target, linkType]): Answer => ({
      kind: 'tie',
      ...answer,
      source: idOf(source),
      target: idOf(target),
      linkType,
    })),
    ...Object.entries(spec.towers).map(([actor, tower]): Answer => ({
      kind: 'influence',
      ...answer,
      actor: idOf(actor as ActorId),
      tower,
    })),
    ...Object.entries(spec.stances).map(([actor, stance]): Answer => ({
      kind: 'stance',
      ...answer,
      actor: idOf(actor as ActorId),
      goal: 'dialogo',
      stance,
    })),
  ];
  const source = { doc: `session:${spec.session}`, locator: { es: 'Sesión de mapeo, Espinar', en: 'Mapping session, Espinar' } };
  const { network, problems } = parseNetwork({
    schemaVersion: 3,
    id: `espinar-${'abc'[index]}`,
    title: { es: 'Espinar: quién influye', en: 'Espinar: who has influence' },
    actors: (Object.keys(ACTORS) as ActorId[]).map((id) => ({
      id: idOf(id),
      name: nameOf(id),
      sector: ACTORS[id].sector,
      basis: 'documented',
      sources: [source],
    })),
    ties: spec.ties.map(([source_, target, link]) => ({
      id: `${link}-${idOf(source_)}-${idOf(target)}`,
      source: idOf(source_),
      target: idOf(target),
      type: link === 'info' ? 'information' : 'conflict',
      basis: 'documented',
      sources: [source],
    })),
    mapping: { sessions: [session(spec)], answers },
  });
  if (!network || problems.some((p) => p.severity === 'error')) throw new Error(`three-informants: ${JSON.stringify(problems)}`);
  return network;
}

/**
 * The scenario the three sessions leave: A's map with B's and C's sessions merged in, holding every tie anyone
 * reported (six: A's four, B's Ombudsman–police, C's police–rondas), each documented by the sessions that reported it.
 */
export function espinarScenario(): Network {
  const merged = mergeSessions(mergeSessions(informantNetwork(0), informantNetwork(1)).network, informantNetwork(2)).network;
  const union = answeredNetwork(merged, { atLeast: 1 });
  return { ...merged, id: 'espinar', ties: union.ties.map(({ extra: _, ...tie }) => tie) };
}
