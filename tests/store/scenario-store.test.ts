import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, upgrade } from '../../src/store/migrations';
import { ScenarioStore, StoreError } from '../../src/store/scenario-store';
import { makeBackup, previewImport, readBackup } from '../../src/store/backup';
import { scenario } from './fixtures';

let store: ScenarioStore | undefined;

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  store?.close();
  store = undefined;
});

describe('ScenarioStore', () => {
  it('saves, lists most recent first, reads back and deletes', async () => {
    store = await ScenarioStore.open();
    await store.save(scenario('a', 100));
    await store.save(scenario('b', 300));
    await store.save(scenario('c', 200));
    expect((await store.list()).map((s) => s.id)).toEqual(['b', 'c', 'a']);
    const { record, problems } = await store.get('a');
    expect(problems).toEqual([]);
    expect(record).toEqual(scenario('a', 100));
    expect((await store.list())[0]).toMatchObject({ actors: 16, ties: 22 });
    await store.delete('b');
    expect((await store.list()).map((s) => s.id)).toEqual(['c', 'a']);
    expect((await store.get('zzz')).record).toBeNull();
  });

  it('opens a scenario saved by the version-1 app (its network in schema 1) as schema 2, every record kept', async () => {
    store = await ScenarioStore.open();
    const v1 = JSON.parse(readFileSync(new URL('../fixtures/lima-2010.v1.json', import.meta.url), 'utf8'));
    await store.save(scenario('old', 100, { network: v1 }));
    const { record, problems } = await store.get('old');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(record?.network.schemaVersion).toBe(2);
    expect(record?.network.actors.map((a) => a.id)).toEqual(v1.actors.map((a: { id: string }) => a.id));
    expect(record?.network.ties.map((t) => [t.id, t.strength])).toEqual(v1.ties.map((t: { id: string; strength?: number }) => [t.id, t.strength ?? 1]));
  });

  it('keeps the previous version when a save is aborted half-way', async () => {
    store = await ScenarioStore.open();
    await store.save(scenario('a', 100, { name: 'good' }));
    // A value IndexedDB cannot store makes the put fail and the transaction abort.
    const broken = { ...scenario('a', 200, { name: 'broken' }), notes: (() => 'x') as unknown as string };
    const error = await store.save(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('aborted');
    expect((await store.get('a')).record?.name).toBe('good');
  });

  it('turns a full disk into a typed quota error and loses nothing already saved', async () => {
    store = await ScenarioStore.open();
    await store.save(scenario('a', 100, { name: 'kept' }));
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const error = await store.save(scenario('a', 200, { name: 'lost' })).catch((e: unknown) => e);
      expect((error as StoreError).kind).toBe('quota');
      expect((error as StoreError).message).toContain('storage for this site is full');
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect((await store.get('a')).record?.name).toBe('kept');
  });

  it('reports, with its place, a stored network the model cannot read', async () => {
    store = await ScenarioStore.open();
    const bad = scenario('a', 1);
    (bad.network.actors[0] as unknown as Record<string, unknown>).sector = 'goverment';
    await store.save(bad);
    const { record, problems } = await store.get('a');
    expect(record?.network.actors).toHaveLength(15);
    expect(problems[0]?.path).toBe('scenario "Scenario a": network.actors[0].sector');
  });

  it('never overwrites a newer save from another tab: the stale write is refused as a conflict', async () => {
    store = await ScenarioStore.open();
    const first = await store.saveIfRevision(scenario('a', 1, { revision: 0, name: 'first' }), 0);
    expect(first.revision).toBe(1);
    // Tab A saves on top of revision 1; tab B, still at revision 1, then tries too.
    await store.saveIfRevision({ ...first, name: 'tab A' }, 1);
    const error = await store.saveIfRevision({ ...first, name: 'tab B' }, 1).catch((e: unknown) => e);
    expect((error as StoreError).kind).toBe('conflict');
    expect((await store.get('a')).record).toMatchObject({ name: 'tab A', revision: 2 });
  });

  it('tells an open tab when a newer version of the app needs to upgrade the database, and lets it', async () => {
    let told = false;
    store = await ScenarioStore.open(undefined, { onBlocking: () => (told = true) });
    // A newer Puentes asks for the next version.
    const newer = await openDB('puentes', 99);
    expect(told).toBe(true);
    expect(newer.version).toBe(99);
    newer.close();
  });

  it('keeps settings', async () => {
    store = await ScenarioStore.open();
    await store.setSetting('lastOpen', 'a');
    expect(await store.getSetting('lastOpen')).toBe('a');
  });
});

describe('migrations', () => {
  it('are numbered 1, 2, … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('step 1 creates the scenarios store; step 2 adds settings and the recency index', async () => {
    const v1 = await openDB('steps', 1, { upgrade: (db, old, next, tx) => upgrade(db, old, next ?? 1, tx as never) });
    expect([...v1.objectStoreNames]).toEqual(['scenarios']);
    v1.close();
    const v2 = await openDB('steps', 2, { upgrade: (db, old, next, tx) => upgrade(db, old, next ?? 2, tx as never) });
    expect([...v2.objectStoreNames].sort()).toEqual(['meta', 'scenarios']);
    expect([...v2.transaction('scenarios').store.indexNames]).toEqual(['byUpdated']);
    v2.close();
  });

  it('opens a database written by version 1 and finds every record intact, with the new fields filled in', async () => {
    // What version 1 of the app wrote: no notes, no revision.
    const v1 = await openDB('puentes', 1, { upgrade: (db, old, next, tx) => upgrade(db, old, 1, tx as never) });
    const old = Array.from({ length: 3 }, (_, i) => {
      const { notes: _n, revision: _r, ...rest } = scenario(`s${i}`, 10 * i);
      return rest;
    });
    for (const record of old) await v1.put('scenarios', record);
    v1.close();

    store = await ScenarioStore.open();
    const list = await store.list();
    expect(list.map((s) => s.id)).toEqual(['s2', 's1', 's0']);
    for (const record of old) {
      const { record: read, problems } = await store.get(record.id);
      expect(problems).toEqual([]);
      expect(read).toEqual({ ...record, notes: '', revision: 0 });
    }
  });
});

describe('backups', () => {
  it('export then import into an empty database gives back every scenario exactly', async () => {
    store = await ScenarioStore.open();
    const originals = [scenario('a', 100), scenario('b', 200, { name: 'Qué pasaría si Socios Perú se retira', notes: 'línea 1\nlínea 2' })];
    for (const s of originals) await store.save(s);
    const text = JSON.stringify(makeBackup(await store.all()));
    store.close();

    globalThis.indexedDB = new IDBFactory();
    store = await ScenarioStore.open();
    const { scenarios, problems } = readBackup(text);
    expect(problems).toEqual([]);
    await store.putAll(scenarios, true);
    expect(await store.all()).toEqual([...originals].reverse());
  });

  it('reports broken backups with their place and imports nothing from them', () => {
    expect(readBackup('{', 'b.json').problems[0]).toMatchObject({ path: 'b.json', code: 'not-json' });
    expect(readBackup(JSON.stringify({ format: 'other', version: 1, exportedAt: '', scenarios: [] })).problems[0]?.message).toBe(
      'is not a Puentes backup',
    );
    const bad = makeBackup([scenario('a', 1)]);
    (bad.scenarios[0]!.network.ties[0] as unknown as Record<string, unknown>).target = 'nobody';
    const read = readBackup(JSON.stringify(bad), 'b.json');
    expect(read.problems[0]?.path).toBe('b.json: scenarios[0].network.ties[0].target');
  });

  it('previews what an import adds, changes and leaves', () => {
    const stored = [scenario('a', 1), scenario('b', 1), scenario('c', 1)].map((s) => ({ ...s, actors: 0, ties: 0 }));
    const preview = previewImport([scenario('a', 1), scenario('b', 2), scenario('d', 1)], stored);
    expect(preview).toEqual({ added: ['Scenario d'], changed: ['Scenario b'], unchanged: ['Scenario a'], onlyStored: ['Scenario c'] });
  });
});
