import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addActor,
  addTie,
  applyEdit,
  removeActors,
  removeTies,
  slugId,
  updateActors,
  updateMeta,
  updateTies,
  type Edit,
} from '../../src/model/edits';
import { EMPTY_HISTORY, perform, redo, undo, type History } from '../../src/model/history';
import { parseNetwork } from '../../src/model/validate';
import type { Actor, Network, Tie } from '../../src/model/types';
import lima from '../../data/lima-2010.json';

function network(): Network {
  // a — b — c, and a → c funding: small enough to check by hand.
  const { network } = parseNetwork({
    schemaVersion: 3,
    id: 'n',
    title: 'N',
    actors: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), sector: 'civil_society', basis: 'documented' })),
    ties: [
      { id: 'ab', source: 'a', target: 'b', type: 'dialogue', basis: 'documented' },
      { id: 'bc', source: 'b', target: 'c', type: 'dialogue', basis: 'documented' },
      { id: 'ac', source: 'a', target: 'c', type: 'funding', basis: 'inferred' },
    ],
  });
  return network!;
}

const newActor = (id: string): Actor => ({ ...network().actors[0]!, id, name: id });
const newTie = (id: string, source: string, target: string): Tie => ({ ...network().ties[0]!, id, source, target });

describe('applyEdit and its inverse', () => {
  it('sets the mapping sessions of a network that had none, and the inverse leaves it without them again', () => {
    const before = network();
    const mapping = { sessions: [], answers: [] };
    const { network: after, inverse } = applyEdit(before, updateMeta(before, { mapping, title: 'M' }));
    expect(after.mapping).toEqual(mapping);
    expect(after.title).toBe('M');
    expect(after.actors).toBe(before.actors);
    const back = applyEdit(after, inverse).network;
    expect(back).toEqual(before);
    expect('mapping' in back).toBe(false);
  });

  it('adds an actor at the end, and the inverse removes it', () => {
    const before = network();
    const { network: after, inverse } = applyEdit(before, addActor(before, newActor('d')));
    expect(after.actors.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(applyEdit(after, inverse).network).toEqual(before);
  });

  it('removes an actor with its ties, and the inverse restores both in their places', () => {
    const before = network();
    const { network: after, inverse } = applyEdit(before, removeActors(['b']));
    expect(after.actors.map((a) => a.id)).toEqual(['a', 'c']);
    // ab and bc went with b; ac stays.
    expect(after.ties.map((t) => t.id)).toEqual(['ac']);
    expect(applyEdit(after, inverse).network).toEqual(before);
  });

  it('adds and removes ties', () => {
    const before = network();
    const added = applyEdit(before, addTie(before, newTie('ca', 'c', 'a')));
    expect(added.network.ties.map((t) => t.id)).toEqual(['ab', 'bc', 'ac', 'ca']);
    const removed = applyEdit(before, removeTies(['ab']));
    expect(removed.network.ties.map((t) => t.id)).toEqual(['bc', 'ac']);
    expect(applyEdit(removed.network, removed.inverse).network).toEqual(before);
  });

  it('sets a field on several actors in one edit and puts each old value back', () => {
    const before = applyEdit(network(), updateActors(network(), ['a'], { region: 'PE-CUS' })).network;
    const { network: after, inverse } = applyEdit(before, updateActors(before, ['a', 'b', 'c'], { region: 'PE-PUN' }));
    expect(after.actors.map((a) => a.region)).toEqual(['PE-PUN', 'PE-PUN', 'PE-PUN']);
    expect(applyEdit(after, inverse).network.actors.map((a) => a.region)).toEqual(['PE-CUS', null, null]);
  });

  it('removes a field that was absent before when undoing', () => {
    const before = network();
    const { network: after, inverse } = applyEdit(before, updateActors(before, ['a'], { shortName: 'Short' }));
    expect(after.actors[0]?.shortName).toBe('Short');
    const undone = applyEdit(after, inverse).network;
    expect(Object.keys(undone.actors[0]!)).not.toContain('shortName');
  });

  it('updates a tie’s trust', () => {
    const before = network();
    const { network: after, inverse } = applyEdit(before, updateTies(before, ['bc'], { trust: -1 }));
    expect(after.ties[1]?.trust).toBe(-1);
    expect(applyEdit(after, inverse).network).toEqual(before);
  });

  it('never changes the network it was given', () => {
    const before = network();
    const copy = structuredClone(before);
    applyEdit(before, { kind: 'batch', edits: [removeActors(['a']), updateActors(before, ['b'], { notes: 'x' })] });
    expect(before).toEqual(copy);
  });

  it('refuses edits that would break the network: a duplicate id, a tie to nobody', () => {
    const before = network();
    expect(() => applyEdit(before, addActor(before, newActor('a')))).toThrow(/already exists/);
    expect(() => applyEdit(before, addTie(before, newTie('x', 'a', 'zz')))).toThrow(/missing actor/);
  });
});

describe('slugId', () => {
  it('makes a readable unique id from a name', () => {
    expect(slugId('Centro Guamán Poma', new Set())).toBe('centro-guaman-poma');
    expect(slugId('Centro Guamán Poma', new Set(['centro-guaman-poma']))).toBe('centro-guaman-poma-2');
    expect(slugId('¿?', new Set())).toBe('actor');
  });
});

// ── Property: any sequence of edits, undone, gives back the exact network ──

type Op =
  | { op: 'addActor'; n: number }
  | { op: 'deleteActor'; pick: number }
  | { op: 'addTie'; a: number; b: number }
  | { op: 'deleteTie'; pick: number }
  | { op: 'influence'; picks: number[]; value: number | null }
  | { op: 'trust'; pick: number; value: number | null }
  | { op: 'bulkDelete'; picks: number[] };

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('addActor' as const), n: fc.nat() }),
  fc.record({ op: fc.constant('deleteActor' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('addTie' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('deleteTie' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('influence' as const),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    value: fc.option(fc.integer({ min: 1, max: 5 })),
  }),
  fc.record({ op: fc.constant('trust' as const), pick: fc.nat(), value: fc.option(fc.integer({ min: -2, max: 2 })) }),
  fc.record({ op: fc.constant('bulkDelete' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }),
);

let counter = 0;
/** Turns an abstract operation into an edit valid for the current network, or null when it does not apply. */
function toEdit(net: Network, op: Op): Edit | null {
  const actorAt = (i: number) => net.actors[i % Math.max(1, net.actors.length)];
  switch (op.op) {
    case 'addActor':
      return addActor(net, { ...newActor(`x${counter++}`), influence: (op.n % 5) + 1 });
    case 'deleteActor':
      return net.actors.length ? removeActors([actorAt(op.pick)!.id]) : null;
    case 'addTie': {
      const a = actorAt(op.a);
      const b = actorAt(op.b);
      return a && b && a.id !== b.id ? addTie(net, newTie(`t${counter++}`, a.id, b.id)) : null;
    }
    case 'deleteTie':
      return net.ties.length ? removeTies([net.ties[op.pick % net.ties.length]!.id]) : null;
    case 'influence': {
      const ids = [...new Set(op.picks.map((p) => actorAt(p)?.id).filter((id): id is string => !!id))];
      return ids.length ? updateActors(net, ids, { influence: op.value }) : null;
    }
    case 'trust':
      return net.ties.length ? updateTies(net, [net.ties[op.pick % net.ties.length]!.id], { trust: op.value }) : null;
    case 'bulkDelete': {
      const ids = [...new Set(op.picks.map((p) => actorAt(p)?.id).filter((id): id is string => !!id))];
      return ids.length ? removeActors(ids) : null;
    }
  }
}

function run(start: Network, ops: Op[]): { states: Network[]; history: History; network: Network } {
  let current = start;
  let history: History = EMPTY_HISTORY;
  const states = [start];
  for (const op of ops) {
    const edit = toEdit(current, op);
    if (!edit) continue;
    ({ network: current, history } = perform(current, history, edit, op.op));
    states.push(current);
  }
  return { states, history, network: current };
}

describe('undo and redo (property)', () => {
  const start = parseNetwork(lima).network!;

  it('undoing every edit of any sequence restores the exact starting network', () => {
    fc.assert(
      fc.property(fc.array(opArbitrary, { maxLength: 25 }), (ops) => {
        let { network: current, history } = run(start, ops);
        for (let step = undo(current, history); step; step = undo(current, history)) ({ network: current, history } = step);
        expect(current).toEqual(start);
      }),
      { numRuns: 150 },
    );
  });

  it('undoing k steps then redoing j gives the state after n − k + j edits', () => {
    fc.assert(
      fc.property(fc.array(opArbitrary, { minLength: 1, maxLength: 20 }), fc.nat(), fc.nat(), (ops, k0, j0) => {
        const { states, history: h, network: n } = run(start, ops);
        const performed = states.length - 1;
        const k = k0 % (performed + 1);
        const j = j0 % (k + 1);
        let current = n;
        let history = h;
        for (let i = 0; i < k; i++) ({ network: current, history } = undo(current, history)!);
        expect(current).toEqual(states[performed - k]);
        for (let i = 0; i < j; i++) ({ network: current, history } = redo(current, history)!);
        expect(current).toEqual(states[performed - k + j]);
      }),
      { numRuns: 150 },
    );
  });

  it('a new edit after undo clears redo', () => {
    const net = network();
    let { network: current, history } = perform(net, EMPTY_HISTORY, removeTies(['ab']), 'delete');
    ({ network: current, history } = undo(current, history)!);
    ({ network: current, history } = perform(current, history, removeTies(['bc']), 'delete'));
    expect(redo(current, history)).toBeNull();
    expect(current.ties.map((t) => t.id)).toEqual(['ab', 'ac']);
  });
});
