// The edit that brings the network on screen to one changed elsewhere: applied, it gives exactly that network.
import { describe, expect, it } from 'vitest';
import lima from '../../data/lima-2010.json';
import { parseNetwork } from '../../src/model/validate';
import { addActor, addTie, applyEdit, removeActors, removeTies, updateActors, updateTies, type Edit } from '../../src/model/edits';
import { editBetween } from '../../src/model/edit-between';
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
