import { beforeEach, describe, expect, it, vi } from 'vitest';
import { locale } from '../../src/i18n/locale.svelte';
import { deleteScenario } from '../../src/state/scenario-actions';
import { actorIds, deleteActor, elsewhere, startTab, stored, useTabs, type Tab } from './tabs';

useTabs();

/** A first tab that made the first sample a scenario (deleting its first actor), and a second tab that reopened it. */
async function twoTabs(): Promise<{ first: Tab; second: Tab; id: string }> {
  const first = await startTab();
  deleteActor(first, 0);
  await first.scenarios.flush();
  const id = first.scenarios.current!.id;
  // The second tab reopens what was open last in this browser: the same scenario.
  const second = await startTab();
  expect(second.scenarios.current?.id).toBe(id);
  return { first, second, id };
}

describe('two tabs on one scenario', () => {
  it('the second follows read-only, refuses edits, and edits once the first lets go', async () => {
    const { first, second, id } = await twoTabs();
    await vi.waitFor(() => expect(second.scenarios.readOnly).toBe(true));
    expect(first.scenarios.readOnly).toBe(false);
    expect(await second.scenarios.editedElsewhere(id)).toBe(true);

    const before = actorIds(second.workspace.network);
    deleteActor(second, 0);
    expect(actorIds(second.workspace.network)).toEqual(before);
    expect(second.workspace.refused).toBe(true);
    expect(second.scenarios.setDetails('Renamed here', '')).toBe(false);

    // The first tab's edits reach the second.
    const gone = deleteActor(first, 0);
    first.scenarios.setDetails('Lima, after the talks', 'two actors fewer');
    await first.scenarios.flush();
    await vi.waitFor(() => expect(second.scenarios.current?.name).toBe('Lima, after the talks'));
    expect(actorIds(second.workspace.network)).not.toContain(gone);
    expect(second.scenarios.current?.notes).toBe('two actors fewer');

    // The first tab opens something else: the second takes over, and its edits are written.
    await first.scenarios.openSample('macro-sur-2017');
    await vi.waitFor(() => expect(second.scenarios.readOnly).toBe(false));
    expect(second.scenarios.status).toBe('saved');
    const next = deleteActor(second, 0);
    await second.scenarios.flush();
    expect(actorIds((await stored(id)).record?.network)).not.toContain(next);
  });

  it('shows a scenario deleted in another tab as deleted, writes nothing more to it, and may keep it as a new scenario', async () => {
    const { first, second, id } = await twoTabs();
    const name = first.scenarios.current!.name;
    await deleteScenario(second.scenarios, id);
    await vi.waitFor(() => expect(first.scenarios.deletedElsewhere).toBe(true));
    expect(first.scenarios.status).toBe('unsaved');
    expect(first.scenarios.list).toEqual([]);

    // Still editable here, but nothing is written: the deleted scenario does not come back.
    const gone = deleteActor(first, 0);
    await first.scenarios.flush();
    expect((await stored(id)).record).toBeNull();

    await first.scenarios.keepDeletedCopy();
    const kept = first.scenarios.current!;
    expect(kept.id).not.toBe(id);
    expect(kept.name).toBe(`${name} (kept copy)`);
    expect(kept.origin).toEqual({ kind: 'copy', of: id });
    expect(first.scenarios.deletedElsewhere).toBe(false);
    expect(actorIds((await stored(kept.id)).record?.network)).toEqual(actorIds(first.workspace.network));
    expect(actorIds(first.workspace.network)).not.toContain(gone);
    expect(first.scenarios.list.map((s) => s.id)).toEqual([kept.id]);
  });

  it('a scenario deleted while its tab folds the journal in is shown as deleted, not brought back', async () => {
    const { first, id } = await twoTabs();
    // Deleted behind the tab's back (no message reached it): the whole save finds it gone.
    deleteActor(first, 0);
    await first.scenarios.flush();
    await elsewhere((store) => store.delete(id));
    await first.scenarios.saveWhole();
    expect(first.scenarios.deletedElsewhere).toBe(true);
    expect((await stored(id)).record).toBeNull();
  });
});

describe('two tabs without Web Locks', () => {
  // A browser without Web Locks: both tabs edit, and only the store's revision check stands between them.
  beforeEach(() => vi.stubGlobal('navigator', {}));

  it('never overwrite each other: a save over a newer one is kept as a conflict copy', async () => {
    const { first, second, id } = await twoTabs();
    const name = first.scenarios.current!.name;
    // Without locks both tabs edit. The sample's actors s0, s1, s2 …: s0 went with the first edit.
    expect(second.scenarios.readOnly).toBe(false);
    const bySecond = deleteActor(second, 0); // s1
    await second.scenarios.saveWhole();
    expect((await stored(id)).record?.revision).toBe(2);

    const byFirst = deleteActor(first, 5); // s6: the first tab never saw s1 go
    await first.scenarios.saveWhole();

    const copy = first.scenarios.current!;
    expect(copy.id).not.toBe(id);
    expect(copy.name).toBe(`${name} (conflict copy)`);
    expect(copy.origin).toEqual({ kind: 'copy', of: id });
    const kept = (await stored(copy.id)).record!;
    expect(actorIds(kept.network)).toContain(bySecond);
    expect(actorIds(kept.network)).not.toContain(byFirst);
    // The second tab's save stands.
    const theirs = (await stored(id)).record!;
    expect(theirs.revision).toBe(2);
    expect(actorIds(theirs.network)).not.toContain(bySecond);

    // What happened is kept as a message, said in the language of the moment.
    expect(first.scenarios.error).toEqual({ key: 'scenarios.conflictSaved', args: { name: copy.name } });
    expect(locale.say(first.scenarios.error!)).toBe(`Another tab had saved a newer version; your changes were kept as “${copy.name}”.`);
    locale.set('es');
    expect(locale.say(first.scenarios.error!)).toBe(
      `Otra pestaña había guardado una versión más nueva; sus cambios se guardaron como «${copy.name}».`,
    );
  });
});
