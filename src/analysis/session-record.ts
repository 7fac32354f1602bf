/**
 * What a mapping session (views/session) does to a scenario, as edits. Each
 * answer is kept in the network's `mapping`, with its informant and session
 * (model/informants.ts); the actors and ties it speaks of are the network's
 * own records, which carry the session as a source and take the combined
 * value of the answers (analysis/answered-network.ts: a tie reported by any
 * informant is there, an actor given towers takes their mean). One call is one
 * undoable edit: the answers and what they change in the records go and come
 * back together. Pure.
 */
import { answeredNetwork, sessionSource } from './answered-network';
import { editBetween } from '../model/edit-between';
import { applyEdit, updateMeta, type Edit } from '../model/edits';
import { informantKey, type Answer, type Informant, type Mapping, type MappingSession } from '../model/informants';
import type { Actor, Network } from '../model/types';

/** The informant of a session whose group answers together (Net-Map around one table). */
export const TABLE = 'mesa';

/** A position on the table's board: 0–1 across and down. */
export interface BoardPlace {
  x: number;
  y: number;
}

const EMPTY: Mapping = { sessions: [], answers: [] };

function sessionOf(mapping: Mapping, id: string): MappingSession {
  const session = mapping.sessions.find((s) => s.id === id);
  if (!session) throw new Error(`model/session-record: no session "${id}"`);
  return session;
}

/** The same question about the same thing by the same informant: a later answer replaces the earlier. */
function sameQuestion(a: Answer, b: Answer): boolean {
  if (a.kind !== b.kind || informantKey(a) !== informantKey(b)) return false;
  switch (a.kind) {
    case 'actor':
      return a.actor === (b as typeof a).actor;
    case 'influence':
      return a.actor === (b as typeof a).actor;
    case 'stance':
      return a.actor === (b as typeof a).actor && a.goal === (b as typeof a).goal;
    case 'tie': {
      const t = b as typeof a;
      return a.linkType === t.linkType && a.source === t.source && a.target === t.target;
    }
  }
}

const clamp = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 10000) / 10000;

/** Applies the edits one after the other and returns them as one, or null when there is nothing to do. */
function chain(network: Network, steps: ((current: Network) => Edit | null)[]): Edit | null {
  const edits: Edit[] = [];
  let current = network;
  for (const step of steps) {
    const edit = step(current);
    if (!edit) continue;
    current = applyEdit(current, edit).network;
    edits.push(edit);
  }
  if (edits.length === 0) return null;
  return edits.length === 1 ? edits[0]! : { kind: 'batch', edits };
}

/** The records brought in line with every answer: ties reported are there, towers give influence (answered-network). */
const recordsFollow = (current: Network): Edit | null => editBetween(current, answeredNetwork(current, { atLeast: 1 }));

/** Starts a session: it joins the network's sessions (a new id is the caller's: see `sessionId`). */
export function startSession(network: Network, session: MappingSession): Edit {
  const mapping = network.mapping ?? EMPTY;
  return updateMeta(network, { mapping: { ...mapping, sessions: [...mapping.sessions, session] } });
}

/** Changes a session's set-up (question, link types, goals, who answers, date, place). */
export function updateSession(network: Network, id: string, patch: Partial<Omit<MappingSession, 'id'>>): Edit {
  const mapping = network.mapping ?? EMPTY;
  sessionOf(mapping, id);
  const sessions = mapping.sessions.map((s) => (s.id === id ? { ...s, ...patch } : s));
  return updateMeta(network, { mapping: { ...mapping, sessions } });
}

/** An id for a new session, unique in the network: `sesion-2026-12-07`, then `-2`, `-3`… */
export function sessionId(network: Network, date: string): string {
  const taken = new Set((network.mapping ?? EMPTY).sessions.map((s) => s.id));
  const base = `sesion-${date}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export interface Recorded {
  /** New actors named in the session: added to the network with the session as their source. */
  actors?: Actor[];
  /** Where cards lie on the table now. */
  board?: Record<string, BoardPlace>;
  /** Informants who join the session (a participant whose proposal was accepted). */
  informants?: Informant[];
}

/**
 * Records answers of a session: each replaces an earlier answer of the same informant to the same question (the
 * group adjusted a tower), new actors are added with the session as source, and the records follow the answers.
 */
export function recordAnswers(network: Network, id: string, answers: readonly Answer[], recorded: Recorded = {}): Edit | null {
  const mapping = network.mapping ?? EMPTY;
  const session = sessionOf(mapping, id);
  const source = sessionSource(session);
  const fresh = (recorded.actors ?? []).map((actor) => ({
    ...actor,
    sources: [...actor.sources.filter((s) => s.doc !== source.doc), source],
    basis: 'documented' as const,
  }));
  const known = new Set(session.informants.map((i) => i.id));
  const joining = (recorded.informants ?? []).filter((i) => !known.has(i.id));
  const board = recorded.board
    ? { ...session.board, ...Object.fromEntries(Object.entries(recorded.board).map(([k, p]) => [k, { x: clamp(p.x), y: clamp(p.y) }])) }
    : session.board;
  const nextSession: MappingSession = {
    ...session,
    informants: [...session.informants, ...joining],
    ...(board ? { board } : {}),
  };
  const kept = mapping.answers.filter((old) => !answers.some((a) => sameQuestion(old, a)));
  const next: Mapping = {
    sessions: mapping.sessions.map((s) => (s.id === id ? nextSession : s)),
    answers: [...kept, ...answers.map((a) => ({ ...a, session: id }))],
  };
  return chain(network, [
    (current) =>
      fresh.length ? { kind: 'insertActors', items: fresh.map((actor, i) => ({ index: current.actors.length + i, actor })) } : null,
    (current) => (JSON.stringify(next) === JSON.stringify(current.mapping) ? null : updateMeta(current, { mapping: next })),
    recordsFollow,
  ]);
}

/** Moves cards on the table's board. */
export function placeCards(network: Network, id: string, places: Record<string, BoardPlace>): Edit | null {
  return recordAnswers(network, id, [], { board: places });
}

/**
 * Takes answers back (a link rubbed out at the table, an actor taken off it): the answers go, and so do the
 * records that nothing else holds (a tie or an actor whose only sources are mapping sessions and that no answer
 * left speaks of).
 */
export function withdrawAnswers(network: Network, id: string, goes: (answer: Answer) => boolean): Edit | null {
  const mapping = network.mapping ?? EMPTY;
  const session = sessionOf(mapping, id);
  const answers = mapping.answers.filter((a) => !(a.session === id && goes(a)));
  if (answers.length === mapping.answers.length) return null;
  const next: Mapping = { ...mapping, answers };
  const fromSessionsOnly = (sources: readonly { doc: string }[]) =>
    sources.length > 0 && sources.every((s) => s.doc.startsWith('session:'));
  const spoken = new Set(answers.flatMap((a) => (a.kind === 'tie' ? [a.source, a.target] : [a.actor])));
  const linkTypes = new Map(next.sessions.flatMap((s) => s.linkTypes.map((l) => [`${s.id}|${l.id}`, l.tieType] as const)));
  const tieKeys = new Set(
    answers.flatMap((a) => {
      if (a.kind !== 'tie') return [];
      const type = linkTypes.get(`${a.session}|${a.linkType}`);
      return type ? [`${type}|${a.source}|${a.target}`, `${type}|${a.target}|${a.source}`] : [];
    }),
  );
  const removed = mapping.answers.filter((a) => a.session === id && goes(a));
  const board = session.board ? { ...session.board } : undefined;
  return chain(network, [
    (current) => updateMeta(current, { mapping: next }),
    (current) => {
      const ties = current.ties
        .filter((t) => fromSessionsOnly(t.sources) && !tieKeys.has(`${t.type}|${t.source}|${t.target}`))
        .filter((t) =>
          removed.some((a) => a.kind === 'tie' && [a.source, a.target].includes(t.source) && [a.source, a.target].includes(t.target)),
        )
        .map((t) => t.id);
      return ties.length ? { kind: 'deleteTies', ids: ties } : null;
    },
    (current) => {
      const actors = current.actors
        .filter((a) => fromSessionsOnly(a.sources) && !spoken.has(a.id))
        .filter((a) => removed.some((r) => r.kind !== 'tie' && r.actor === a.id))
        .map((a) => a.id);
      if (actors.length === 0) return null;
      if (board) for (const actor of actors) delete board[actor];
      return { kind: 'deleteActors', ids: actors };
    },
    (current) =>
      board && Object.keys(board).length !== Object.keys(session.board ?? {}).length
        ? updateMeta(current, { mapping: { ...next, sessions: next.sessions.map((s) => (s.id === id ? { ...s, board } : s)) } })
        : null,
  ]);
}
