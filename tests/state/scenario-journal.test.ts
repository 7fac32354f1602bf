import { describe, expect, it, vi } from 'vitest';
import { locale } from '../../src/i18n/locale.svelte';
import { StoreError } from '../../src/store/scenario-store';
import { actorIds, deleteActor, startTab, stored, useTabs, type Tab } from './tabs';

useTabs();

/** Only the timers the journal sets are faked: fake-indexeddb works on setImmediate, which keeps running. */
const fakeTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

/** A tab with the first sample made a scenario by a first edit (deleting its first actor), all written. */
async function editedTab(): Promise<{ tab: Tab; id: string; first: string }> {
  const tab = await startTab();
  const first = deleteActor(tab, 0);
  await tab.scenarios.flush();
  return { tab, id: tab.scenarios.current!.id, first };
}

describe('the journal writer', () => {
  it("starts an edit's journal write before the edit returns", async () => {
    const { tab, id } = await editedTab();
    const append = vi.spyOn(tab.scenarios.store!, 'appendNow');
    const gone = deleteActor(tab, 0);
    // No await between the edit and this check: a browser killed right after the edit still gets the write.
    expect(append).toHaveBeenCalledTimes(1);
    expect(append.mock.calls[0]![0]).toMatchObject({ scenarioId: id, kind: 'edit', edit: { kind: 'deleteActors', ids: [gone] } });
    expect(tab.scenarios.status).toBe('saving');
    await tab.scenarios.flush();
    expect(tab.scenarios.status).toBe('saved');
  });

  it('writes edits as journal entries, folds them into the scenario a quiet moment later, and a reopened tab has them', async () => {
    fakeTimers();
    const tab = await startTab();
    const sample = actorIds(tab.workspace.network);
    // The first edit makes the sample a scenario (written whole, revision 1); the next two are journal entries.
    deleteActor(tab, 0);
    deleteActor(tab, 0);
    deleteActor(tab, 0);
    await tab.scenarios.flush();
    const id = tab.scenarios.current!.id;
    const expected = sample.slice(3);

    const journalled = await stored(id);
    expect(journalled.replayed).toBe(2);
    expect(journalled.record?.revision).toBe(1);
    expect(actorIds(journalled.record?.network)).toEqual(expected);

    // Folded in 2 s after the last edit, not before.
    await vi.advanceTimersByTimeAsync(1999);
    expect((await stored(id)).replayed).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(tab.scenarios.current?.revision).toBe(2));
    const folded = await stored(id);
    expect(folded.replayed).toBe(0);
    expect(folded.record?.revision).toBe(2);
    expect(actorIds(folded.record?.network)).toEqual(expected);
    expect(tab.scenarios.list.map((s) => [s.id, s.actors])).toEqual([[id, expected.length]]);

    tab.scenarios.close();
    const reopened = await startTab();
    expect(reopened.scenarios.current?.id).toBe(id);
    expect(actorIds(reopened.workspace.network)).toEqual(expected);
  });

  it('journals an undo like any edit', async () => {
    const { tab, id, first } = await editedTab();
    tab.workspace.undo();
    await tab.scenarios.flush();
    const loaded = await stored(id);
    expect(loaded.replayed).toBe(1);
    expect(actorIds(loaded.record?.network)).toContain(first);
  });

  it('retries a failed write with a growing delay until it catches up, losing nothing', async () => {
    fakeTimers();
    const { tab, id } = await editedTab();
    const store = tab.scenarios.store!;
    vi.spyOn(store, 'appendNow').mockRejectedValueOnce(new StoreError('quota', 'full'));
    const save = vi.spyOn(store, 'saveIfRevision').mockRejectedValueOnce(new StoreError('quota', 'full'));
    const gone = deleteActor(tab, 0);
    // The failure is known without the clock moving (the mocked write fails at once), so the delays below count from it.
    await vi.advanceTimersByTimeAsync(0);
    expect(tab.scenarios.status).toBe('error');
    expect(tab.scenarios.error).toEqual({ key: 'scenarios.store.quota' });
    expect(locale.say(tab.scenarios.error!)).toBe('the browser’s storage for this site is full');
    // The edit is not in the store, but it is in memory.
    expect(actorIds((await stored(id)).record?.network)).toContain(gone);
    expect(actorIds(tab.workspace.network)).not.toContain(gone);

    // First retry 2 s after the failure: a whole save, which fails too (the mock) …
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(1);
    // … so the next one waits twice as long: 4 s.
    await vi.advanceTimersByTimeAsync(3999);
    expect(save).toHaveBeenCalledTimes(1);
    expect(tab.scenarios.status).toBe('error');
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(tab.scenarios.status).toBe('saved'));
    expect(save).toHaveBeenCalledTimes(2);
    expect(tab.scenarios.error).toBeNull();
    const caughtUp = await stored(id);
    expect(actorIds(caughtUp.record?.network)).not.toContain(gone);
    expect(caughtUp.record?.revision).toBe(2);
  });

  it('catches up at once when asked to flush after a failed write (before a backup or opening another scenario)', async () => {
    const { tab, id } = await editedTab();
    vi.spyOn(tab.scenarios.store!, 'appendNow').mockRejectedValueOnce(new StoreError('aborted', 'cancelled'));
    const gone = deleteActor(tab, 0);
    await tab.scenarios.flush();
    expect(tab.scenarios.status).toBe('saved');
    expect(actorIds((await stored(id)).record?.network)).not.toContain(gone);
  });
});

describe('the view', () => {
  it('is written 400 ms after it changes, in one journal entry', async () => {
    fakeTimers();
    const { tab, id } = await editedTab();
    tab.view.colorBy = 'pillar';
    tab.scenarios.viewChanged();
    expect(tab.scenarios.status).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(399);
    expect((await stored(id)).record?.view.colorBy).toBe('sector');
    await vi.advanceTimersByTimeAsync(1);
    await tab.scenarios.flush();
    const loaded = await stored(id);
    expect(loaded.record?.view.colorBy).toBe('pillar');
    expect(loaded.replayed).toBe(1);
    expect(tab.scenarios.status).toBe('saved');
  });

  it('goes out at once when the page is hidden or closed, once connected, and no more once disconnected', async () => {
    const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const window = new EventTarget();
    vi.stubGlobal('document', document);
    vi.stubGlobal('window', window);
    const { tab, id } = await editedTab();
    const append = vi.spyOn(tab.scenarios.store!, 'appendNow');
    const disconnect = tab.scenarios.connect();

    // In the browser the connection's effect calls viewChanged; effects do not run in these (server-compiled) tests.
    tab.view.colorBy = 'pillar';
    tab.scenarios.viewChanged();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(append).not.toHaveBeenCalled(); // still visible
    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(append).toHaveBeenCalledTimes(1);
    expect(append.mock.calls[0]![0]).toMatchObject({ kind: 'view', view: { colorBy: 'pillar' } });

    tab.view.sizeBy = 'degree';
    tab.scenarios.viewChanged();
    window.dispatchEvent(new Event('pagehide'));
    expect(append).toHaveBeenCalledTimes(2);
    await tab.scenarios.flush();
    expect((await stored(id)).record?.view).toMatchObject({ colorBy: 'pillar', sizeBy: 'degree' });

    disconnect();
    tab.view.colorBy = 'community';
    tab.scenarios.viewChanged();
    window.dispatchEvent(new Event('pagehide'));
    expect(append).toHaveBeenCalledTimes(2);
  });
});
