// A mapping session's answers recorded as edits: each answer kept with its informant, the records following them,
// one undo taking an answer and its effects back together.
import { putRecord } from '../../src/model/records';
import { describe, expect, it } from 'vitest';
import { applyEdit, removeTies, updateActors } from '../../src/model/edits';
import { parseNetwork } from '../../src/model/validate';
import type { Answer, MappingSession } from '../../src/model/informants';
import type { Actor, Network, Tie } from '../../src/model/types';
import { placeCards, recordAnswers, sessionId, startSession, TABLE, withdrawAnswers } from '../../src/analysis/session-record';

function network(): Network {
  // Two actors from a document, no ties.
  const { network } = parseNetwork({
    schemaVersion: 3,
    id: 'n',
    title: 'N',
    actors: [
      {
        id: 'a',
        name: 'Policía',
        sector: 'security_forces',
        basis: 'documented',
        influence: 5,
        sources: [{ doc: 'seed', locator: 'p. 1' }],
      },
      { id: 'b', name: 'Comunidad', sector: 'community', basis: 'documented', sources: [{ doc: 'seed', locator: 'p. 2' }] },
    ],
    ties: [],
  });
  return network!;
}

const session: MappingSession = {
  id: 'sesion-2026-12-07',
  question: { es: '¿Quién influye en la seguridad en Espinar?', en: 'Who influences security in Espinar?' },
  date: '2026-12-07',
  place: 'Yauri',
  linkTypes: [
    { id: 'info', name: { es: 'información', en: 'information' }, colour: '#1f77b4', tieType: 'information' },
    { id: 'fin', name: { es: 'financiamiento', en: 'funding' }, colour: '#2ca02c', tieType: 'funding' },
  ],
  goals: [{ id: 'dialogo', label: { es: 'Diálogo', en: 'Dialogue' } }],
  informants: [{ id: TABLE, label: 'Mesa' }],
};

const started = () => {
  const before = network();
  return applyEdit(before, startSession(before, session)).network;
};
type Bare<A = Answer> = A extends Answer ? Omit<A, 'session' | 'informant'> : never;
const answer = (a: Bare) => ({ ...a, session: session.id, informant: TABLE }) as Answer;
const apply = (n: Network, edit: ReturnType<typeof recordAnswers>) => applyEdit(n, edit!);

describe('recording a mapping session', () => {
  it('gives a new session an id of its date, unique in the network', () => {
    expect(sessionId(network(), '2026-12-07')).toBe('sesion-2026-12-07');
    expect(sessionId(started(), '2026-12-07')).toBe('sesion-2026-12-07-2');
  });

  it('adds an actor named at the table with the session as its documented source', () => {
    const n = started();
    const c: Actor = { ...n.actors[1]!, id: 'c', name: 'Comisaría de Espinar', sources: [], basis: 'assumed' };
    const { network: after } = apply(
      n,
      recordAnswers(n, session.id, [answer({ kind: 'actor', actor: 'c' })], { actors: [c], board: { c: { x: 0.5, y: 1.4 } } }),
    );
    const added = after.actors.find((a) => a.id === 'c')!;
    expect(added.basis).toBe('documented');
    expect(added.sources).toEqual([
      {
        doc: `session:${session.id}`,
        title: (session.question as { es: string }).es,
        locator: { es: 'Sesión de mapeo, Yauri, 2026-12-07', en: 'Mapping session, Yauri, 2026-12-07' },
      },
    ]);
    expect(after.mapping!.answers).toEqual([{ kind: 'actor', actor: 'c', session: session.id, informant: TABLE }]);
    // A card dragged past the edge stays on the board (y clamped to 1).
    expect(after.mapping!.sessions[0]!.board).toEqual({ c: { x: 0.5, y: 1 } });
  });

  it('draws a reported link as a tie of its type, sourced by the session, and one undo takes both back', () => {
    const n = started();
    const { network: after, inverse } = apply(
      n,
      recordAnswers(n, session.id, [answer({ kind: 'tie', source: 'a', target: 'b', linkType: 'fin' })]),
    );
    // Funding is directed: a → b, reported by 1 of the 1 informant asked.
    expect(after.ties).toHaveLength(1);
    expect(after.ties[0]).toMatchObject({
      source: 'a',
      target: 'b',
      type: 'funding',
      directed: true,
      basis: 'documented',
      extra: { reported: 1, asked: 1 },
    });
    expect(after.ties[0]!.sources.map((s) => s.doc)).toEqual([`session:${session.id}`]);
    expect(applyEdit(after, inverse).network).toEqual(n);
  });

  it('a tower adjusted replaces the one given before, and the influence follows: tower 4 → 1 + ⌊4/2⌋ = 3', () => {
    const n = started();
    const six = apply(n, recordAnswers(n, session.id, [answer({ kind: 'influence', actor: 'a', tower: 6 })])).network;
    // 6 → 1 + 3 = 4 on the 1–5 scale.
    expect(six.actors[0]!.influence).toBe(4);
    const four = apply(six, recordAnswers(six, session.id, [answer({ kind: 'influence', actor: 'a', tower: 4 })])).network;
    expect(four.mapping!.answers.filter((a) => a.kind === 'influence')).toHaveLength(1);
    expect(four.actors[0]!.influence).toBe(3);
    expect(four.actors[0]!.fieldBasis.influence).toBe('documented');
    // The document's source stays beside the session's.
    expect(four.actors[0]!.sources.map((s) => s.doc)).toEqual(['seed', `session:${session.id}`]);
  });

  it('a link rubbed out takes its tie with it when only the session held it, not a tie a document holds', () => {
    const n = started();
    const both = apply(
      n,
      recordAnswers(n, session.id, [
        answer({ kind: 'tie', source: 'a', target: 'b', linkType: 'fin' }),
        answer({ kind: 'tie', source: 'a', target: 'b', linkType: 'info' }),
      ]),
    ).network;
    expect(both.ties.map((t) => t.type).sort()).toEqual(['funding', 'information']);
    // The information tie is also in a document: it stays when its answer goes.
    const documented = {
      ...both,
      ties: both.ties.map((t) => (t.type === 'information' ? { ...t, sources: [...t.sources, { doc: 'seed', locator: 'p. 3' }] } : t)),
    };
    const edit = withdrawAnswers(documented, session.id, (a) => a.kind === 'tie');
    const after = applyEdit(documented, edit!).network;
    expect(after.mapping!.answers).toEqual([]);
    expect(after.ties.map((t) => t.type)).toEqual(['information']);
  });

  it('an actor taken off the table goes when only the session named it, with its card', () => {
    const n = started();
    const c: Actor = { ...n.actors[1]!, id: 'c', name: 'Comisaría', sources: [] };
    const withC = apply(
      n,
      recordAnswers(n, session.id, [answer({ kind: 'actor', actor: 'c' })], { actors: [c], board: { c: { x: 0.2, y: 0.3 } } }),
    ).network;
    const after = applyEdit(
      withC,
      withdrawAnswers(withC, session.id, (a) => a.kind === 'actor' && a.actor === 'c')!,
    ).network;
    expect(after.actors.map((a) => a.id)).toEqual(['a', 'b']);
    expect(after.mapping!.sessions[0]!.board).toEqual({});
    // Met at a meeting recorded since, the same actor stays when the answer is taken back: the record stands for it.
    const met = applyEdit(
      withC,
      putRecord(withC, 'engagements', {
        id: 'm1',
        kind: 'meeting',
        date: '2025-03',
        topic: 'Mesa',
        region: null,
        place: '',
        participants: [{ actor: 'c', role: 'attended' }],
        outcome: '',
        sources: [],
        basis: 'documented',
      }),
    ).network;
    const kept = applyEdit(
      met,
      withdrawAnswers(met, session.id, (a) => a.kind === 'actor' && a.actor === 'c')!,
    ).network;
    expect(kept.actors.map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });

  // From a review: a gesture touches only the records its own answers speak of.
  it('a card moved does not bring back a tie the user removed, nor undo an influence set by hand', () => {
    const n = started();
    const linked = apply(
      n,
      recordAnswers(n, session.id, [
        answer({ kind: 'tie', source: 'a', target: 'b', linkType: 'fin' }),
        answer({ kind: 'influence', actor: 'a', tower: 8 }),
      ]),
    ).network;
    const edited = applyEdit(
      applyEdit(linked, removeTies([linked.ties[0]!.id])).network,
      updateActors(linked, ['a'], { influence: 1 }),
    ).network;
    const moved = applyEdit(edited, placeCards(edited, session.id, { a: { x: 0.1, y: 0.1 } })!).network;
    expect(moved.ties).toEqual([]);
    expect(moved.actors[0]!.influence).toBe(1);
  });

  it('a directed link drawn both ways and rubbed out one way keeps only the other', () => {
    const n = started();
    const both = apply(
      n,
      recordAnswers(n, session.id, [
        answer({ kind: 'tie', source: 'a', target: 'b', linkType: 'fin' }),
        answer({ kind: 'tie', source: 'b', target: 'a', linkType: 'fin' }),
      ]),
    ).network;
    expect(both.ties.map((t) => `${t.source}>${t.target}`)).toEqual(['a>b', 'b>a']);
    const one = applyEdit(
      both,
      withdrawAnswers(both, session.id, (a) => a.kind === 'tie' && a.source === 'a')!,
    ).network;
    expect(one.ties.map((t) => `${t.source}>${t.target}`)).toEqual(['b>a']);
  });

  it('an actor taken off the table stays while a tie a document holds joins it', () => {
    const n = started();
    const c: Actor = { ...n.actors[1]!, id: 'c', name: 'Comisaría', sources: [] };
    const withC = apply(n, recordAnswers(n, session.id, [answer({ kind: 'actor', actor: 'c' })], { actors: [c] })).network;
    const documented = {
      ...withC,
      ties: [
        {
          ...withC.ties[0],
          id: 'doc',
          source: 'c',
          target: 'a',
          type: 'dialogue' as const,
          directed: false,
          trust: null,
          strength: null,
          notes: '',
          sources: [{ doc: 'entrevista-7', locator: 'p. 4' }],
          basis: 'documented' as const,
          fieldBasis: {},
          extra: {},
        } satisfies Tie,
      ],
    };
    const after = applyEdit(
      documented,
      withdrawAnswers(documented, session.id, (a) => a.kind === 'actor' && a.actor === 'c')!,
    ).network;
    expect(after.actors.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(after.ties.map((t) => t.id)).toEqual(['doc']);
  });

  it('a tower taken back takes the session off the actor’s sources and its tower figures', () => {
    const n = started();
    const towered = apply(n, recordAnswers(n, session.id, [answer({ kind: 'influence', actor: 'a', tower: 2 })])).network;
    expect(towered.actors[0]!.sources.map((s) => s.doc)).toEqual(['seed', `session:${session.id}`]);
    const back = applyEdit(
      towered,
      withdrawAnswers(towered, session.id, (a) => a.kind === 'influence')!,
    ).network;
    expect(back.actors[0]!.sources.map((s) => s.doc)).toEqual(['seed']);
    expect(back.actors[0]!.extra?.towerMean).toBeUndefined();
  });

  it('a tie marked directed against its type is the tie the session reports, not a second one', () => {
    const n = started();
    const marked = {
      ...n,
      ties: [
        {
          id: 'inf-ba',
          source: 'b',
          target: 'a',
          type: 'information' as const,
          directed: true,
          trust: null,
          strength: null,
          notes: '',
          sources: [{ doc: 'seed', locator: 'p. 3' }],
          basis: 'documented' as const,
          fieldBasis: {},
          extra: {},
        } satisfies Tie,
      ],
    };
    const after = apply(
      marked,
      recordAnswers(marked, session.id, [answer({ kind: 'tie', source: 'a', target: 'b', linkType: 'info' })]),
    ).network;
    expect(after.ties.map((t) => t.id)).toEqual(['inf-ba']);
    expect(after.ties[0]!.sources.map((s) => s.doc)).toEqual(['seed', `session:${session.id}`]);
  });
});
