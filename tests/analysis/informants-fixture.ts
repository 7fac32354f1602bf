// Three informants who disagree, each in a session of their own (sessions 1 and 2 ask about information and
// funding, session 3 about information and conflict): the answers the agreement and answered-network tests work
// by hand. Actor ids are a, b, c.
import type { Answer, Mapping, MappingSession } from '../../src/model/informants';

const text = (es: string) => ({ es, en: es });
const link = (id: string, tieType: 'information' | 'funding' | 'conflict') => ({ id, name: text(id), colour: '#000', tieType });
/** Sessions 1 and 2 ask about information and funding; session 3 about information and conflict (not funding). */
const session = (id: string, links: ReturnType<typeof link>[]): MappingSession => ({
  id,
  question: text('¿Quién influye en la seguridad en Espinar?'),
  linkTypes: links,
  goals: [{ id: 'g', label: text('Diálogo sobre los PV') }],
  informants: [{ id: 'i', label: `Informante ${id}` }],
});
const sessions = [
  session('s1', [link('info', 'information'), link('fin', 'funding')]),
  session('s2', [link('info', 'information'), link('fin', 'funding')]),
  session('s3', [link('info', 'information'), link('conf', 'conflict')]),
];
const tie = (s: string, source: string, target: string, linkType: string): Answer => ({
  kind: 'tie',
  session: s,
  informant: 'i',
  source,
  target,
  linkType,
});
const tower = (s: string, actor: string, t: number): Answer => ({ kind: 'influence', session: s, informant: 'i', actor, tower: t });
const stance = (s: string, actor: string, value: -1 | 0 | 1): Answer => ({
  kind: 'stance',
  session: s,
  informant: 'i',
  actor,
  goal: 'g',
  stance: value,
});
const answers: Answer[] = [
  // Information A–B: all three (informant 2 says B–A: the same undirected tie).
  tie('s1', 'a', 'b', 'info'),
  tie('s2', 'b', 'a', 'info'),
  tie('s3', 'a', 'b', 'info'),
  // Funding B→C: informants 1 and 2, the only ones asked about funding. Funding C→B (directed: another tie): 2 only.
  tie('s1', 'b', 'c', 'fin'),
  tie('s2', 'b', 'c', 'fin'),
  tie('s2', 'c', 'b', 'fin'),
  // Conflict A–C: informant 3, the only one asked. Information A–C: informant 1 only, twice (counted once).
  tie('s3', 'a', 'c', 'conf'),
  tie('s1', 'a', 'c', 'info'),
  tie('s1', 'c', 'a', 'info'),
  // Towers: A 8, 6, 4. B: informant 1 gives 2 then the group moves it to 3; 3; 2.
  tower('s1', 'a', 8),
  tower('s2', 'a', 6),
  tower('s3', 'a', 4),
  tower('s1', 'b', 2),
  tower('s1', 'b', 3),
  tower('s2', 'b', 3),
  tower('s3', 'b', 2),
  // Stances on the goal: A +, +, −; B 0, 0.
  stance('s1', 'a', 1),
  stance('s2', 'a', 1),
  stance('s3', 'a', -1),
  stance('s1', 'b', 0),
  stance('s2', 'b', 0),
];
export const mapping: Mapping = { sessions, answers };
