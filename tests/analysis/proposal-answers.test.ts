// A participant's proposal accepted becomes exactly the answer the table would have recorded: the participant joins
// the session's informants, their answer is kept with them, a new actor comes with the session as its source.
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/model/edits';
import { parseNetwork } from '../../src/model/validate';
import type { MappingSession } from '../../src/model/informants';
import { participantLabels, readProposal, resolveActor, type Proposal, type Verdict } from '../../src/model/proposals';
import type { Network } from '../../src/model/types';
import { acceptProposal, acceptance, stillRecorded } from '../../src/analysis/proposal-answers';
import { startSession, TABLE } from '../../src/analysis/session-record';

const session: MappingSession = {
  id: 's1',
  question: { es: '¿Quién influye en la seguridad en Espinar?', en: 'Who influences security in Espinar?' },
  date: '2026-12-07',
  place: 'Yauri',
  linkTypes: [{ id: 'info', name: { es: 'información', en: 'information' }, colour: '#1f77b4', tieType: 'information' }],
  goals: [{ id: 'dialogo', label: { es: 'Diálogo', en: 'Dialogue' } }],
  informants: [{ id: TABLE, label: 'Mesa' }],
};

function network(): Network {
  const { network } = parseNetwork({
    schemaVersion: 3,
    id: 'n',
    title: 'N',
    actors: [
      { id: 'policia', name: 'Policía', sector: 'security_forces', basis: 'documented', sources: [{ doc: 'seed', locator: 'p. 1' }] },
      { id: 'comunidad', name: 'Comunidad', sector: 'community', basis: 'documented', sources: [{ doc: 'seed', locator: 'p. 2' }] },
    ],
    ties: [],
  });
  return applyEdit(network!, startSession(network!, session)).network;
}

const by = { id: 'ana7', pseudonym: 'Lucha' };
const proposal = (id: string, body: Proposal['body'], at = 1): Proposal => ({ id, session: 's1', by, at, body });
const none = new Map<string, Verdict>();
const numbered = (n: number) => `Participante ${n}`;

describe('participantLabels(session, proposals, numbered)', () => {
  it('calls a participant by the label they joined with, else their latest pseudonym, else a number after those in the session', () => {
    const s = {
      informants: [
        { id: TABLE, label: 'Mesa' },
        { id: 'p-old', label: 'Participante 1' },
      ],
    };
    const proposals: Proposal[] = [
      { ...proposal('x-1', { kind: 'influence', actor: { id: 'policia' }, tower: 3 }, 5), by: { id: 'x' } },
      { ...proposal('y-1', { kind: 'influence', actor: { id: 'policia' }, tower: 3 }, 2), by: { id: 'y', pseudonym: 'Rosa' } },
      { ...proposal('y-2', { kind: 'influence', actor: { id: 'policia' }, tower: 3 }, 9), by: { id: 'y', pseudonym: 'Rosita' } },
      { ...proposal('z-1', { kind: 'influence', actor: { id: 'policia' }, tower: 3 }, 7), by: { id: 'z' } },
      { ...proposal('old-1', { kind: 'influence', actor: { id: 'policia' }, tower: 3 }, 1), by: { id: 'old' } },
    ];
    // In the order of first proposals: old (at 1, joined as Participante 1), y (at 2, a pseudonym), x (at 5) is 3,
    // z (at 7) is 4.
    expect(Object.fromEntries(participantLabels(s, proposals, numbered))).toEqual({
      old: 'Participante 1',
      y: 'Rosita',
      x: 'Participante 3',
      z: 'Participante 4',
    });
  });
});

describe('readProposal(value, key)', () => {
  it('takes a well-formed proposal stored under its own id, and nothing else', () => {
    const good = proposal('ana7-1', { kind: 'influence', actor: { id: 'policia' }, tower: 8 });
    expect(readProposal(good, 'ana7-1')).toEqual(good);
    expect(readProposal(good, 'ana7-2')).toBeNull();
    expect(readProposal({ ...good, body: { ...good.body, tower: 9 } }, 'ana7-1')).toBeNull();
    expect(readProposal({ ...good, body: { kind: 'actor', name: '  ', sector: 'company' } }, 'ana7-1')).toBeNull();
    expect(readProposal({ ...good, body: { kind: 'actor', name: 'X', sector: 'aliens' } }, 'ana7-1')).toBeNull();
  });
});

describe('resolveActor(ref, verdicts, has)', () => {
  it('follows an accepted actor proposal to the actor it became', () => {
    const has = (id: string) => id === 'policia' || id === 'comisaria';
    const verdicts = new Map<string, Verdict>([
      ['a', { status: 'accepted', actor: 'comisaria', at: 1 }],
      ['b', { status: 'declined', at: 1 }],
    ]);
    expect(resolveActor({ id: 'policia' }, verdicts, has)).toEqual({ actor: 'policia' });
    expect(resolveActor({ id: 'nadie' }, verdicts, has)).toEqual({ problem: 'missing' });
    expect(resolveActor({ proposal: 'a' }, verdicts, has)).toEqual({ actor: 'comisaria' });
    expect(resolveActor({ proposal: 'b' }, verdicts, has)).toEqual({ problem: 'declined' });
    expect(resolveActor({ proposal: 'c' }, verdicts, has)).toEqual({ problem: 'open' });
  });
});

describe('acceptProposal(network, proposal, options)', () => {
  it('adds a proposed actor with the session as its source, the participant as an informant who named it', () => {
    const n = network();
    const actor = proposal('ana7-1', { kind: 'actor', name: 'Comisaría de Espinar', sector: 'security_forces' });
    const result = acceptProposal(n, actor, { label: 'Lucha', verdicts: none, now: 42 });
    if ('problem' in result) throw new Error(result.problem);
    expect(result.verdict).toEqual({ status: 'accepted', actor: 'comisaria-de-espinar', at: 42 });
    const after = applyEdit(n, result.edit!).network;
    const added = after.actors.find((a) => a.id === 'comisaria-de-espinar')!;
    expect(added).toMatchObject({ name: 'Comisaría de Espinar', sector: 'security_forces', basis: 'documented' });
    expect(added.sources.map((s) => s.doc)).toEqual(['session:s1']);
    expect(after.mapping!.sessions[0]!.informants).toEqual([
      { id: TABLE, label: 'Mesa' },
      { id: 'p-ana7', label: 'Lucha' },
    ]);
    expect(after.mapping!.answers).toEqual([{ kind: 'actor', session: 's1', informant: 'p-ana7', actor: 'comisaria-de-espinar' }]);
  });

  it('merges a proposed actor into one the map has ("Es el mismo que…"): no new actor, the answer goes to it', () => {
    const n = network();
    const actor = proposal('ana7-1', { kind: 'actor', name: 'La policía', sector: 'security_forces' });
    const result = acceptProposal(n, actor, { label: 'Lucha', verdicts: none, mergeInto: 'policia', now: 1 });
    if ('problem' in result) throw new Error(result.problem);
    expect(result.verdict.actor).toBe('policia');
    const after = applyEdit(n, result.edit!).network;
    expect(after.actors.map((a) => a.id)).toEqual(['policia', 'comunidad']);
    expect(after.mapping!.answers).toEqual([{ kind: 'actor', session: 's1', informant: 'p-ana7', actor: 'policia' }]);
  });

  it('records a link to an actor the participant proposed once that one is accepted, not before', () => {
    const n = network();
    const link = proposal('ana7-2', { kind: 'tie', source: { proposal: 'ana7-1' }, target: { id: 'comunidad' }, linkType: 'info' });
    expect(acceptance(n, link, { label: 'Lucha', verdicts: none })).toEqual({ problem: 'actor-open' });
    const declined = new Map<string, Verdict>([['ana7-1', { status: 'declined', at: 1 }]]);
    expect(acceptance(n, link, { label: 'Lucha', verdicts: declined })).toEqual({ problem: 'actor-declined' });

    const first = acceptProposal(n, proposal('ana7-1', { kind: 'actor', name: 'Comisaría', sector: 'security_forces' }), {
      label: 'Lucha',
      verdicts: none,
      now: 1,
    });
    if ('problem' in first) throw new Error(first.problem);
    const withActor = applyEdit(n, first.edit!).network;
    const verdicts = new Map([['ana7-1', first.verdict]]);
    const second = acceptProposal(withActor, link, { label: 'Lucha', verdicts, now: 2 });
    if ('problem' in second) throw new Error(second.problem);
    const after = applyEdit(withActor, second.edit!).network;
    // An information tie comisaria → comunidad, sourced by the session; the informant joined once.
    expect(after.ties).toHaveLength(1);
    expect(after.ties[0]).toMatchObject({ source: 'comisaria', target: 'comunidad', type: 'information', basis: 'documented' });
    expect(after.ties[0]!.sources.map((s) => s.doc)).toEqual(['session:s1']);
    expect(after.mapping!.sessions[0]!.informants.filter((i) => i.id === 'p-ana7')).toHaveLength(1);
    expect(after.mapping!.answers.map((a) => a.kind)).toEqual(['actor', 'tie']);
  });

  it('records a tower (6 → influence 1 + ⌊6/2⌋ = 4) and a stance as the participant’s answers', () => {
    const n = network();
    const tower = acceptProposal(n, proposal('ana7-3', { kind: 'influence', actor: { id: 'policia' }, tower: 6 }), {
      label: 'Lucha',
      verdicts: none,
      now: 1,
    });
    if ('problem' in tower) throw new Error(tower.problem);
    const towered = applyEdit(n, tower.edit!).network;
    expect(towered.actors[0]!.influence).toBe(4);
    const stance = acceptProposal(
      towered,
      proposal('ana7-4', { kind: 'stance', actor: { id: 'comunidad' }, goal: 'dialogo', stance: -1 }),
      { label: 'Lucha', verdicts: none, now: 2 },
    );
    if ('problem' in stance) throw new Error(stance.problem);
    const after = applyEdit(towered, stance.edit!).network;
    expect(after.mapping!.answers).toEqual([
      { kind: 'influence', session: 's1', informant: 'p-ana7', actor: 'policia', tower: 6 },
      { kind: 'stance', session: 's1', informant: 'p-ana7', actor: 'comunidad', goal: 'dialogo', stance: -1 },
    ]);
  });

  it('refuses a link type or goal the session lacks, and an actor the map no longer has', () => {
    const n = network();
    const opts = { label: 'Lucha', verdicts: none };
    expect(
      acceptance(n, proposal('x', { kind: 'tie', source: { id: 'policia' }, target: { id: 'comunidad' }, linkType: 'fin' }), opts),
    ).toEqual({
      problem: 'missing',
    });
    expect(acceptance(n, proposal('x', { kind: 'stance', actor: { id: 'policia' }, goal: 'paz', stance: 1 }), opts)).toEqual({
      problem: 'missing',
    });
    expect(acceptance(n, proposal('x', { kind: 'influence', actor: { id: 'nadie' }, tower: 1 }), opts)).toEqual({ problem: 'missing' });
  });
});

describe('stillRecorded(network, proposal, verdict)', () => {
  it('is true while the map holds the accepted answer, false once the acceptance is undone', () => {
    const before = network();
    const tower = proposal('ana7-1', { kind: 'influence', actor: { id: 'policia' }, tower: 6 });
    const result = acceptProposal(before, tower, { label: 'Lucha', verdicts: none, now: 1 });
    if ('problem' in result) throw new Error(result.problem);
    const { network: after, inverse } = applyEdit(before, result.edit!);
    expect(stillRecorded(after, tower, result.verdict)).toBe(true);
    // Undone: the participant's tower is gone from the map.
    expect(stillRecorded(applyEdit(after, inverse).network, tower, result.verdict)).toBe(false);
    // Another tower of the same participant is not this one.
    expect(stillRecorded(after, { ...tower, body: { ...tower.body, tower: 2 } as Proposal['body'] }, result.verdict)).toBe(false);
  });
});
