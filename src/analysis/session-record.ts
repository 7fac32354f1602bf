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
import { actorsOfRecord, recordsOf } from '../model/records';
import { answeredNetwork, sessionSource } from './answered-network';
import { tieKey } from './agreement';
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
const SESSION_DOC = 'session:';

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

/** The keys of the ties answers speak of (analysis/agreement.ts), by the tie type of each answer's link type. */
function tieKeysOf(mapping: Mapping, answers: readonly Answer[]): Set<string> {
  const types = new Map(mapping.sessions.flatMap((s) => s.linkTypes.map((l) => [`${s.id}|${l.id}`, l.tieType] as const)));
  return new Set(
    answers.flatMap((a) => {
      if (a.kind !== 'tie') return [];
      const type = types.get(`${a.session}|${a.linkType}`);
      return type ? [tieKey({ type, source: a.source, target: a.target })] : [];
    }),
  );
}

/**
 * The records the answers just given speak of, brought in line with every answer (answered-network.ts: a tie
 * reported is there, towers give influence); nothing else is touched, so a tie removed or a value edited by hand
 * elsewhere stays as the user left it.
 */
function recordsFollow(answers: readonly Answer[]) {
  return (current: Network): Edit | null => {
    const actors = new Set(answers.flatMap((a) => (a.kind === 'influence' ? [a.actor] : [])));
    const keys = tieKeysOf(current.mapping ?? EMPTY, answers);
    if (actors.size === 0 && keys.size === 0) return null;
    const target = answeredNetwork(current, { atLeast: 1 });
    const targetActors = new Map(target.actors.map((a) => [a.id, a]));
    const targetTies = new Map(target.ties.map((t) => [t.id, t]));
    const had = new Set(current.ties.map((t) => t.id));
    const ties = current.ties.flatMap((t) => (!keys.has(tieKey(t)) ? [t] : targetTies.has(t.id) ? [targetTies.get(t.id)!] : []));
    for (const t of target.ties) if (!had.has(t.id) && keys.has(tieKey(t))) ties.push(t);
    const after = { ...current, actors: current.actors.map((a) => (actors.has(a.id) ? (targetActors.get(a.id) ?? a) : a)), ties };
    return editBetween(current, after);
  };
}

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
    recordsFollow(answers.map((a) => ({ ...a, session: id }))),
  ]);
}

/** Moves cards on the table's board. */
export function placeCards(network: Network, id: string, places: Record<string, BoardPlace>): Edit | null {
  return recordAnswers(network, id, [], { board: places });
}

/**
 * Takes answers back (a link rubbed out at the table, an actor taken off it): the answers go; a tie or an actor
 * goes too when only mapping sessions stand for it and no answer left speaks of it (an actor stays while a tie a
 * document or the user made holds it); a record that stays loses the sessions no answer left supports.
 */
export function withdrawAnswers(network: Network, id: string, goes: (answer: Answer) => boolean): Edit | null {
  const mapping = network.mapping ?? EMPTY;
  const session = sessionOf(mapping, id);
  const removed = mapping.answers.filter((a) => a.session === id && goes(a));
  if (removed.length === 0) return null;
  const answers = mapping.answers.filter((a) => !(a.session === id && goes(a)));
  const next: Mapping = { ...mapping, answers };
  const sessionOnly = (sources: readonly { doc: string }[]) => sources.length > 0 && sources.every((s) => s.doc.startsWith(SESSION_DOC));
  const spoken = new Set(answers.flatMap((a) => (a.kind === 'tie' ? [a.source, a.target] : [a.actor])));
  const keysLeft = tieKeysOf(next, answers);
  const keysGone = tieKeysOf(mapping, removed);
  const actorsGone = new Set(removed.flatMap((a) => (a.kind === 'tie' ? [] : [a.actor])));
  // The sessions that still say something of a record.
  const sessionsOfTie = (key: string) =>
    new Set(answers.filter((a) => tieKeysOf(next, [a]).has(key)).map((a) => `${SESSION_DOC}${a.session}`));
  const sessionsOfActor = (actor: string) =>
    new Set(answers.filter((a) => a.kind === 'influence' && a.actor === actor).map((a) => `${SESSION_DOC}${a.session}`));
  const board = session.board ? { ...session.board } : undefined;
  return chain(network, [
    (current) => updateMeta(current, { mapping: next }),
    (current) => {
      const ties = current.ties
        .filter((t) => keysGone.has(tieKey(t)) && !keysLeft.has(tieKey(t)) && sessionOnly(t.sources))
        .map((t) => t.id);
      return ties.length ? { kind: 'deleteTies', ids: ties } : null;
    },
    (current) => {
      // An actor goes with the ties only sessions hold; one held by any other tie stays.
      const heldByOthers = new Set(current.ties.filter((t) => !sessionOnly(t.sources)).flatMap((t) => [t.source, t.target]));
      // A meeting, commitment or incident recorded with the actor stands for it too.
      const { engagements, commitments, incidents } = recordsOf(current);
      for (const record of [...engagements, ...commitments, ...incidents]) for (const id of actorsOfRecord(record)) heldByOthers.add(id);
      const actors = current.actors
        .filter((a) => actorsGone.has(a.id) && sessionOnly(a.sources) && !spoken.has(a.id) && !heldByOthers.has(a.id))
        .map((a) => a.id);
      if (actors.length === 0) return null;
      if (board) for (const actor of actors) delete board[actor];
      return { kind: 'deleteActors', ids: actors };
    },
    // What stays loses the sessions no answer left stands for, and the figures they gave.
    (current) => {
      const changes = current.ties.flatMap((t) => {
        if (!keysGone.has(tieKey(t))) return [];
        const left = sessionsOfTie(tieKey(t));
        const sources = t.sources.filter((s) => !s.doc.startsWith(SESSION_DOC) || left.has(s.doc));
        if (sources.length === t.sources.length) return [];
        const extra = left.size === 0 && t.extra ? withoutKeys(t.extra, ['reported', 'asked']) : t.extra;
        return [{ id: t.id, before: { sources: t.sources, extra: t.extra }, after: { sources, extra } }];
      });
      return changes.length ? { kind: 'updateTies', changes } : null;
    },
    (current) => {
      const changes = current.actors.flatMap((a) => {
        if (!removed.some((r) => r.kind === 'influence' && r.actor === a.id)) return [];
        const left = sessionsOfActor(a.id);
        const sources = a.sources.filter((s) => !s.doc.startsWith(SESSION_DOC) || left.has(s.doc) || spokenIn(answers, a.id, s.doc));
        const extra = left.size === 0 && a.extra ? withoutKeys(a.extra, ['towerMean', 'towerSpread']) : a.extra;
        if (sources.length === a.sources.length && extra === a.extra) return [];
        return [{ id: a.id, before: { sources: a.sources, extra: a.extra }, after: { sources, extra } }];
      });
      return changes.length ? { kind: 'updateActors', changes } : null;
    },
    (current) =>
      board && Object.keys(board).length !== Object.keys(session.board ?? {}).length
        ? updateMeta(current, { mapping: { ...next, sessions: next.sessions.map((s) => (s.id === id ? { ...s, board } : s)) } })
        : null,
  ]);
}

/** Whether a session (`session:<id>`) still names the actor in an answer: then its source stays (it added the actor). */
function spokenIn(answers: readonly Answer[], actor: string, doc: string): boolean {
  return answers.some(
    (a) => `${SESSION_DOC}${a.session}` === doc && (a.kind === 'tie' ? a.source === actor || a.target === actor : a.actor === actor),
  );
}

function withoutKeys<T extends Record<string, unknown>>(record: T, keys: readonly string[]): T | undefined {
  const rest = Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k))) as T;
  return Object.keys(rest).length > 0 ? rest : undefined;
}
