// The edit that brings the network on screen to one changed elsewhere: applied, it gives exactly that network.
import { describe, expect, it } from 'vitest';
import lima from '../../data/lima-2010.json';
import { parseNetwork } from '../../src/model/validate';
import { addActor, addTie, applyEdit, removeActors, removeTies, updateActors, updateTies, type Edit } from '../../src/model/edits';
import { editBetween, editOfChanges } from '../../src/model/edit-between';
import type { Network } from '../../src/model/types';

const start = parseNetwork(lima).network!;

describe('the edit between two networks', () => {
  const [a, b] = start.actors;
  // An actor with ties, other than a and b, to remove; and two ties clear of it, to remove and to change.
  const touches = (t: (typeof start.ties)[number], id: string) => t.source === id || t.target === id;
  const gone = start.actors.find((x) => x.id !== a!.id && x.id !== b!.id && start.ties.some((t) => touches(t, x.id)))!;
  const [clear1, clear2] = start.ties.filter((t) => !touches(t, gone.id));
  const steps: [string, (n: Network) => Edit][] = [
    ['a field changed', (n) => updateActors(n, [a!.id], { influence: 5, notes: 'nueva nota' })],
    ['a field removed', (n) => updateActors(n, [b!.id], { shortName: undefined })],
    ['an actor added', (n) => addActor(n, { ...a!, id: 'nuevo', name: 'Nuevo actor' })],
    ['an actor removed with its ties', () => removeActors([gone.id])],
    ['a tie removed', () => removeTies([clear1!.id])],
    ['a tie changed', (n) => updateTies(n, [clear2!.id], { trust: 1 })],
    ['a tie added', (n) => addTie(n, { ...start.ties[0]!, id: 'nuevo-vinculo', source: a!.id, target: b!.id })],
  ];
  for (const [what, step] of steps) {
    it(`${what}: applied to the first, gives the second`, () => {
      const after = applyEdit(start, step(start)).network;
      const between = editBetween(start, after);
      expect(between).not.toBeNull();
      expect(applyEdit(start, between!).network).toEqual(after);
    });
  }

  it('several at once, in one edit', () => {
    let after = start;
    for (const [, step] of steps) after = applyEdit(after, step(after)).network;
    expect(applyEdit(start, editBetween(start, after)!).network).toEqual(after);
  });

  it('is null when nothing changed, even from a copy of the same network', () => {
    expect(editBetween(start, structuredClone(start))).toBeNull();
  });
});

describe('the edit of changes made elsewhere (only what arrived)', () => {
  // A tiny network worked by hand: actors a, b, c in that order; ties ab (a→b) and bc (b→c).
  const actor = (id: string) => ({ ...start.actors[0]!, id, name: `Actor ${id}`, influence: 3 as const });
  const tie = (id: string, source: string, target: string) => ({ ...start.ties[0]!, id, source, target, trust: 3 as const });
  const tiny: Network = { ...start, actors: [actor('a'), actor('b'), actor('c')], ties: [tie('ab', 'a', 'b'), tie('bc', 'b', 'c')] };
  const touched = (actors: Record<string, string[]>, ties: Record<string, string[]> = {}) => ({
    actor: new Map(Object.entries(actors).map(([id, fields]) => [id, new Set(fields)])),
    tie: new Map(Object.entries(ties).map(([id, fields]) => [id, new Set(fields)])),
  });

  it('takes only the fields that arrived, and keeps an edit made here that the room does not have yet', () => {
    // Here: a's notes changed a moment ago (not yet in the room). There: a's influence 3 → 5.
    const shown = applyEdit(tiny, updateActors(tiny, ['a'], { notes: 'mía' })).network;
    const room = applyEdit(tiny, updateActors(tiny, ['a'], { influence: 5 })).network;
    const result = applyEdit(shown, editOfChanges(shown, room, touched({ a: ['influence'] }))!).network;
    // a has both: influence 5 from there, notes 'mía' from here; b, c and the ties are the same objects as shown.
    expect(result.actors[0]).toMatchObject({ id: 'a', influence: 5, notes: 'mía' });
    expect(result.actors[1]).toBe(shown.actors[1]);
    expect(result.ties).toBe(shown.ties);
  });

  it('adds an actor where the room has it, with a tie that was waiting for it; an actor added here stays', () => {
    // Here: x added at the end (not yet in the room). There: d added between a and b, with tie da (d→a) and
    // tie dc (d→c). In the room's order d follows a, so it goes after a: a, d, b, c, x.
    const shown = applyEdit(tiny, addActor(tiny, actor('x'))).network;
    const room: Network = {
      ...tiny,
      actors: [tiny.actors[0]!, actor('d'), tiny.actors[1]!, tiny.actors[2]!],
      ties: [...tiny.ties, tie('da', 'd', 'a'), tie('dc', 'd', 'c')],
    };
    // The tie dc arrived before d (so it was not in the room's network then); now only d's identity arrives.
    const edit = editOfChanges(shown, room, touched({ d: ['#', 'name'] }))!;
    const result = applyEdit(shown, edit).network;
    expect(result.actors.map((a) => a.id)).toEqual(['a', 'd', 'b', 'c', 'x']);
    expect(result.ties.map((t) => t.id)).toEqual(['ab', 'bc', 'da', 'dc']);
  });

  it('removes an actor removed there, with its ties, and a tie removed there', () => {
    // There: c removed (so bc goes with it) and ab removed. Here nothing else: a and b remain, no ties.
    const room: Network = { ...tiny, actors: tiny.actors.slice(0, 2), ties: [] };
    const result = applyEdit(tiny, editOfChanges(tiny, room, touched({ c: ['#', 'name'] }, { ab: ['#', 'source'] }))!).network;
    expect(result.actors.map((a) => a.id)).toEqual(['a', 'b']);
    expect(result.ties).toEqual([]);
  });

  it('a tie moved there onto an actor removed here a moment ago goes, rather than joining nothing', () => {
    // Here: a removed (ab goes with it). There: bc's target moved c → a.
    const shown = applyEdit(tiny, removeActors(['a'])).network;
    const room: Network = { ...tiny, ties: [tiny.ties[0]!, { ...tiny.ties[1]!, target: 'a' }] };
    const result = applyEdit(shown, editOfChanges(shown, room, touched({}, { bc: ['target'] }))!).network;
    expect(result.actors.map((a) => a.id)).toEqual(['b', 'c']);
    expect(result.ties).toEqual([]);
  });

  it('does not bring back an actor removed here a moment ago when a field of it arrives (only its identity would)', () => {
    // Here: b removed (with ab and bc), not yet in the room. There: b's influence 3 → 4.
    const shown = applyEdit(tiny, removeActors(['b'])).network;
    const room = applyEdit(tiny, updateActors(tiny, ['b'], { influence: 4 })).network;
    expect(editOfChanges(shown, room, touched({ b: ['influence'] }, { ab: ['trust'] }))).toBeNull();
    // Had b been removed there and added again (its identity arriving), it would come back.
    expect(applyEdit(shown, editOfChanges(shown, room, touched({ b: ['#', 'influence'] }))!).network.actors.map((a) => a.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('is null when what arrived is what is shown already', () => {
    expect(editOfChanges(tiny, structuredClone(tiny), touched({ a: ['influence'] }, { ab: ['trust'] }))).toBeNull();
  });
});
