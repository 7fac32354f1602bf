/**
 * The network the informants' answers give (analysis/agreement.ts): the
 * consensus at a threshold, or one informant's own. Ties reported by enough
 * informants are there — a tie the network had already keeps its record and
 * gains the sessions as sources; one it lacked is added — each tie saying in
 * `extra` how many of those asked reported it. A tie some informant reported
 * but too few (or not the one chosen) is left out, unless a source other than
 * a session stands for it (a document found it too). An actor given towers
 * takes their mean on the model's 1–5 influence scale, documented by the
 * sessions. What the answers do not speak of is left as it was. Pure.
 */
import type { Actor, Network, Source, Tie } from '../model/types';
import { informantKey, type Mapping, type MappingSession } from '../model/informants';
import { agreement, answersOf, influenceOfTower, tieKey } from './agreement';

/** Which answers: those at least `atLeast` informants agree on, or one informant's (`session/informant`). */
export type AnsweredBy = { atLeast: number } | { informant: string };

/** A mapping session's source names it as `session:<id>`. */
const SESSION_DOC = 'session:';

/** A mapping session as a source: the question, where and when, in both languages. */
export function sessionSource(session: MappingSession): Source {
  const when = [session.place, session.date].filter(Boolean).join(', ');
  return {
    doc: `${SESSION_DOC}${session.id}`,
    title: typeof session.question === 'string' ? session.question : session.question.es,
    locator: { es: `Sesión de mapeo${when ? `, ${when}` : ''}`, en: `Mapping session${when ? `, ${when}` : ''}` },
  };
}

const withSources = (have: readonly Source[], add: readonly Source[]) => [
  ...have,
  ...add.filter((s) => !have.some((h) => h.doc === s.doc)),
];

export function answeredNetwork(network: Network, by: AnsweredBy): Network {
  const mapping: Mapping | undefined = network.mapping;
  if (!mapping) return network;
  const answers = 'informant' in by ? answersOf(mapping, by.informant) : mapping;
  const combined = agreement(answers);
  const sessions = new Map(mapping.sessions.map((s) => [s.id, s]));
  const sourcesOf = (informants: readonly string[]) =>
    [...new Set(informants.map((i) => i.slice(0, i.lastIndexOf('/'))))].flatMap((id) => {
      const session = sessions.get(id);
      return session ? [sessionSource(session)] : [];
    });

  const actorIds = new Set(network.actors.map((a) => a.id));
  const atLeast = 'atLeast' in by ? by.atLeast : 1;
  const reported = combined.ties.filter((t) => t.reporters.length >= atLeast && actorIds.has(t.source) && actorIds.has(t.target));
  const byKey = new Map(reported.map((t) => [t.key, t]));
  // Keyed as the agreement keys them, by the type's direction (a tie marked directed against its type's default is
  // still the tie the informants speak of).
  const keyOf = (tie: Tie) => tieKey(tie);

  // Every tie any informant reported, whichever answers are kept: those of them not kept are left out.
  const spokenOf = new Set(('informant' in by ? agreement(mapping) : combined).ties.map((t) => t.key));
  const standsAlone = (tie: Tie) => tie.sources.some((s) => !s.doc.startsWith(SESSION_DOC));

  const used = new Set<string>();
  const ties: Tie[] = network.ties.flatMap((tie) => {
    const key = keyOf(tie);
    const answered = byKey.get(key);
    if (!answered) return spokenOf.has(key) && !standsAlone(tie) ? [] : [tie];
    used.add(answered.key);
    return [
      {
        ...tie,
        sources: withSources(tie.sources, sourcesOf(answered.reporters)),
        extra: { ...tie.extra, reported: answered.reporters.length, asked: answered.asked },
      },
    ];
  });
  const taken = new Set(ties.map((t) => t.id));
  for (const answered of reported) {
    if (used.has(answered.key)) continue;
    let id = `${answered.type}--${answered.source}--${answered.target}`;
    for (let n = 2; taken.has(id); n++) id = `${answered.type}--${answered.source}--${answered.target}-${n}`;
    taken.add(id);
    ties.push({
      id,
      source: answered.source,
      target: answered.target,
      type: answered.type,
      directed: answered.directed,
      trust: null,
      strength: null,
      notes: '',
      sources: sourcesOf(answered.reporters),
      basis: 'documented',
      fieldBasis: {},
      extra: { reported: answered.reporters.length, asked: answered.asked },
    });
  }

  const towers = new Map(combined.influence.map((i) => [i.actor, i]));
  const actors: Actor[] = network.actors.map((actor) => {
    const given = towers.get(actor.id);
    if (!given) return actor;
    return {
      ...actor,
      influence: influenceOfTower(given.mean),
      fieldBasis: { ...actor.fieldBasis, influence: 'documented' },
      sources: withSources(actor.sources, sourcesOf(given.towers.map((t) => t.informant))),
      extra: { ...actor.extra, towerMean: Math.round(given.mean * 100) / 100, towerSpread: Math.round(given.spread * 100) / 100 },
    };
  });
  return { ...network, actors, ties };
}

/** Every informant of the network's sessions who answered, as `session/informant`, with their label. */
export function informantsOf(network: Network): { key: string; label: string }[] {
  const mapping = network.mapping;
  if (!mapping) return [];
  const answered = new Set(mapping.answers.map(informantKey));
  return mapping.sessions.flatMap((s) =>
    s.informants.filter((i) => answered.has(`${s.id}/${i.id}`)).map((i) => ({ key: `${s.id}/${i.id}`, label: i.label })),
  );
}

/**
 * The choice as it applies to `network`: null when the network has no answers or names no informant chosen among
 * those who answered; a threshold kept between 1 and the number of informants.
 */
export function answeredChoice(network: Network, by: AnsweredBy | null): AnsweredBy | null {
  if (!by || !network.mapping || network.mapping.answers.length === 0) return null;
  const informants = informantsOf(network);
  if ('informant' in by) return informants.some((i) => i.key === by.informant) ? by : null;
  if (informants.length === 0) return null;
  const atLeast = Math.max(1, Math.min(informants.length, Math.round(by.atLeast)));
  return atLeast === by.atLeast ? by : { atLeast };
}
