import { describe, expect, it, vi } from 'vitest';
import { localize } from '../../src/model/localized';
import { parseNetwork } from '../../src/model/validate';
import { loadSample } from '../../src/state/samples';
import { StoreError } from '../../src/store/scenario-store';
import { actorIds, deleteActor, elsewhere, newTab, startTab, stored, useTabs } from './tabs';

useTabs();

async function sampleNetwork(id: 'lima-2010' | 'macro-sur-2017') {
  return parseNetwork(await loadSample(id)).network!;
}

describe('opening', () => {
  it('opens the first sample the first time; its first edit makes it a scenario, written at once, and the sample stays as it ships', async () => {
    const tab = await startTab();
    const sample = await sampleNetwork('lima-2010');
    expect(tab.scenarios.ready).toBe(true);
    expect(tab.scenarios.current).toBeNull();
    expect(tab.workspace.sampleId).toBe('lima-2010');
    expect(actorIds(tab.workspace.network)).toEqual(actorIds(sample));

    const gone = deleteActor(tab, 0);
    const current = tab.scenarios.current!;
    expect(current.name.startsWith(`${localize(sample.title, 'en')} · `)).toBe(true);
    expect(current.origin).toEqual({ kind: 'sample', sampleId: 'lima-2010' });
    await tab.scenarios.flush();
    const record = (await stored(current.id)).record!;
    expect(record.revision).toBe(1);
    expect(actorIds(record.network)).toEqual(actorIds(sample).filter((id) => id !== gone));
    expect(tab.scenarios.list.map((s) => s.id)).toEqual([current.id]);

    // The sample itself is unchanged when opened again.
    await tab.scenarios.openSample('lima-2010');
    expect(tab.scenarios.current).toBeNull();
    expect(actorIds(tab.workspace.network)).toEqual(actorIds(sample));
  });

  it('reopens what was open last (a sample too), unless the address names a saved scenario', async () => {
    const tab = await startTab();
    deleteActor(tab, 0);
    await tab.scenarios.flush();
    const id = tab.scenarios.current!.id;
    await tab.scenarios.openSample('macro-sur-2017');
    tab.scenarios.close();

    const again = await startTab();
    expect(again.scenarios.current).toBeNull();
    expect(again.workspace.sampleId).toBe('macro-sur-2017');
    again.scenarios.close();

    const addressed = newTab();
    await addressed.scenarios.init(id);
    expect(addressed.scenarios.current?.id).toBe(id);
  });
});

describe('creating', () => {
  it('keeps a network that cannot be saved open in memory, saying why, and saves it when asked again', async () => {
    const tab = await startTab();
    const network = await sampleNetwork('macro-sur-2017');
    vi.spyOn(tab.scenarios.store!, 'saveIfRevision').mockRejectedValueOnce(new StoreError('quota', 'full'));
    const origin = { kind: 'file', fileName: 'macro-sur.xlsx' } as const;
    await tab.scenarios.create(network, 'Macro Sur (imported)', origin);
    expect(tab.scenarios.current).toBeNull();
    expect(tab.scenarios.unsaved).toEqual({ name: 'Macro Sur (imported)', origin });
    expect(tab.scenarios.status).toBe('error');
    expect(tab.scenarios.error).toEqual({ key: 'scenarios.store.quota' });
    expect(actorIds(tab.workspace.network)).toEqual(actorIds(network));
    expect(tab.scenarios.list).toEqual([]);

    await tab.scenarios.saveUnsaved();
    const current = tab.scenarios.current!;
    expect(current).toMatchObject({ name: 'Macro Sur (imported)', origin, revision: 1 });
    expect(tab.scenarios.unsaved).toBeNull();
    expect(tab.scenarios.status).toBe('saved');
    expect(tab.scenarios.error).toBeNull();
    expect(actorIds((await stored(current.id)).record?.network)).toEqual(actorIds(network));
  });

  it('opens a new scenario from a sample with a fresh view and no slides', async () => {
    const tab = await startTab();
    tab.view.colorBy = 'pillar';
    await tab.scenarios.createFromSample('macro-sur-2017');
    const current = tab.scenarios.current!;
    expect(current.origin).toEqual({ kind: 'sample', sampleId: 'macro-sur-2017' });
    expect(tab.view.colorBy).toBe('sector');
    expect(tab.scenarios.slides).toEqual([]);
    expect((await stored(current.id)).record?.revision).toBe(1);
  });
});

describe('wipe', () => {
  it('deletes every scenario and setting, then opens the first sample; saving works again after', async () => {
    const tab = await startTab();
    deleteActor(tab, 0);
    await tab.scenarios.flush();
    await tab.scenarios.createFromSample('macro-sur-2017');
    expect(tab.scenarios.list).toHaveLength(2);

    await tab.scenarios.wipe();
    expect(tab.scenarios.list).toEqual([]);
    expect(tab.scenarios.current).toBeNull();
    expect(tab.scenarios.deleted).toBeNull();
    expect(tab.workspace.sampleId).toBe('lima-2010');
    expect(actorIds(tab.workspace.network)).toEqual(actorIds(await sampleNetwork('lima-2010')));
    expect(await elsewhere((store) => store.list())).toEqual([]);
    // What was open last went with the settings: only the sample written by the wipe's own opening is remembered.
    expect(await elsewhere((store) => store.getSetting('lastOpen'))).toBe('sample:lima-2010');

    deleteActor(tab, 0);
    await tab.scenarios.flush();
    expect((await elsewhere((store) => store.list())).map((s) => s.id)).toEqual([tab.scenarios.current!.id]);
  });
});
