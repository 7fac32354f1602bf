import { describe, expect, it } from 'vitest';
import { actorToDraft, changedFields, draftToActorInput, emptyActorDraft } from '../../src/views/edit/drafts';
import { checkActor, parseNetwork } from '../../src/model/validate';
import lima from '../../data/lima-2010.json';

const network = parseNetwork(lima).network!;

describe('actor form drafts', () => {
  it('round-trips every sample actor through the form unchanged', () => {
    for (const actor of network.actors) {
      const { record, problems } = checkActor(draftToActorInput(actorToDraft(actor), actor), network, actor.id);
      expect(problems, actor.id).toEqual([]);
      expect(record, actor.id).toEqual(actor);
    }
  });

  it('keeps an assumed influence assumed, and drops the field basis when the score is cleared', () => {
    const minem = network.actors.find((a) => a.id === 'minem')!;
    const draft = actorToDraft(minem);
    expect(draft.scoreBasis.influence).toBe('assumed');
    draft.influence = '';
    const input = draftToActorInput(draft, minem) as { influence: unknown; fieldBasis: Record<string, string> };
    expect(input.influence).toBeNull();
    expect(input.fieldBasis).not.toHaveProperty('influence');
  });

  it('passes a typed non-number to validation instead of dropping it', () => {
    const draft = { ...emptyActorDraft(), id: 'x', name: 'X', influence: 'high' };
    const { problems } = checkActor(draftToActorInput(draft), network);
    expect(problems.map((p) => [p.path, p.code])).toEqual([['influence', 'wrong-type']]);
  });

  it('splits contacts into name and role', () => {
    const draft = { ...emptyActorDraft(), id: 'x', name: 'X', contacts: 'Ana Leyva — Coordinator\nJosé Pérez' };
    expect(draftToActorInput(draft).contacts).toEqual([
      { name: 'Ana Leyva', role: 'Coordinator' },
      { name: 'José Pérez', role: '' },
    ]);
  });
});

describe('changedFields(before, after)', () => {
  it('lists changed and removed fields only', () => {
    expect(changedFields({ a: 1, b: [1], c: 'x' } as Record<string, unknown>, { a: 1, b: [2] })).toEqual({ b: [2], c: undefined });
  });
});
