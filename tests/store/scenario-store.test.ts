import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, upgrade } from '../../src/store/migrations';
import { ScenarioStore, StoreError } from '../../src/store/scenario-store';
import { comparisonId } from '../../src/store/records';
import { makeBackup, previewImport, readBackup } from '../../src/store/backup';
import { scenario } from './fixtures';
import { SCHEMA_VERSION } from '../../src/model/schema';
import { updateActors } from '../../src/model/edits';
import macroSur from '../../data/macro-sur-2017.json';

// The fixture is the Macro Sur sample: the list counts its actors and ties.
const ACTORS = macroSur.actors.length;
const TIES = macroSur.ties.length;

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
    expect((await store.list())[0]).toMatchObject({ actors: ACTORS, ties: TIES });
    await store.delete('b');
    expect((await store.list()).map((s) => s.id)).toEqual(['c', 'a']);
    expect((await store.get('zzz')).record).toBeNull();
  });

  it('opens a scenario saved by the version-1 app (its network in schema 1) as the current schema, every record kept', async () => {
    store = await ScenarioStore.open();
    const v1 = JSON.parse(readFileSync(new URL('../fixtures/lima-2010.v1.json', import.meta.url), 'utf8'));
    await store.save(scenario('old', 100, { network: v1 }));
    const { record, problems } = await store.get('old');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(record?.network.schemaVersion).toBe(SCHEMA_VERSION);
    expect(record?.network.actors.map((a) => a.id)).toEqual(v1.actors.map((a: { id: string }) => a.id));
    expect(record?.network.ties.map((t) => [t.id, t.strength])).toEqual(
      v1.ties.map((t: { id: string; strength?: number }) => [t.id, t.strength ?? 1]),
    );
  });

  it('opens a scenario saved before engagement records (schema 2) unchanged: every field as saved, and no records', async () => {
    store = await ScenarioStore.open();
    const v2 = JSON.parse(readFileSync(new URL('../fixtures/macro-sur-2017.v2.json', import.meta.url), 'utf8'));
    await store.save(scenario('v2', 100, { network: v2 }));
    const { record, problems } = await store.get('v2');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { schemaVersion, ...rest } = record!.network;
    expect(schemaVersion).toBe(3);
    // Everything the v2 file held is there, as it held it (the reader fills no default the v2 reader did not).
    expect(rest).toEqual({ ...v2, schemaVersion: undefined, actors: expect.any(Array), ties: expect.any(Array) });
    expect(record!.network.actors).toEqual(v2.actors.map((a: object) => expect.objectContaining(a)));
    expect(record!.network.engagements).toBeUndefined();
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
    expect(record?.network.actors).toHaveLength(ACTORS - 1);
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
    // The list says the same as the record, without reading it.
    expect(await store.list()).toEqual([expect.objectContaining({ id: 'a', name: 'tab A', revision: 2, actors: ACTORS, ties: TIES })]);
  });

  it('keeps the list in step with every kind of write: a new scenario, a whole save, a backup restored, a deletion', async () => {
    store = await ScenarioStore.open();
    await store.createNow(scenario('new', 5, { name: 'nuevo' }), 'lastOpen');
    await store.save(scenario('kept', 6));
    expect((await store.list()).map((s) => [s.id, s.name])).toEqual([
      ['kept', 'Scenario kept'],
      ['new', 'nuevo'],
    ]);
    // A backup restored in place of everything: only its scenarios are listed.
    const restored = scenario('restored', 7, { revision: 3 });
    await store.putAll([restored], true);
    expect(await store.list()).toEqual([
      {
        id: 'restored',
        name: restored.name,
        notes: restored.notes,
        createdAt: restored.createdAt,
        updatedAt: 7,
        revision: 3,
        origin: restored.origin,
        actors: ACTORS,
        ties: TIES,
      },
    ]);
    await store.delete('restored');
    expect(await store.list()).toEqual([]);
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

  it('replays the journal over the stored record, and a whole save folds it in', async () => {
    store = await ScenarioStore.open();
    const base = await store.saveIfRevision(scenario('a', 1, { revision: 0 }), 0);
    const network = base.network;
    // Three edits written one by one, as the app writes them the moment they are made:
    // rename the first actor, add a tie-less actor, then change the view.
    const first = network.actors[0]!;
    const rename = updateActors(network, [first.id], { notes: 'renamed in the journal' });
    await store.appendNow({ scenarioId: 'a', at: 10, kind: 'edit', edit: rename });
    const added = { ...first, id: 'nuevo', ties: undefined } as typeof first;
    await store.appendNow({
      scenarioId: 'a',
      at: 20,
      kind: 'edit',
      edit: { kind: 'insertActors', items: [{ index: network.actors.length, actor: added }] },
    });
    await store.appendNow({ scenarioId: 'a', at: 30, kind: 'details', name: 'Renamed', notes: 'n' });
    // Another scenario's journal is not mixed in.
    await store.appendNow({ scenarioId: 'other', at: 40, kind: 'details', name: 'x', notes: '' });
    const loaded = await store.get('a');
    expect(loaded.replayed).toBe(3);
    expect(loaded.problems).toEqual([]);
    expect(loaded.record?.network.actors).toHaveLength(network.actors.length + 1);
    expect(loaded.record?.network.actors[0]?.notes).toBe('renamed in the journal');
    expect(loaded.record).toMatchObject({ name: 'Renamed', notes: 'n', revision: 1 });
    // The whole save of what the tab holds clears the journal of that scenario only.
    await store.saveIfRevision(loaded.record!, 1);
    const again = await store.get('a');
    expect(again.replayed).toBe(0);
    expect(again.record?.network.actors).toHaveLength(network.actors.length + 1);
    expect(again.record?.revision).toBe(2);
  });

  it('keeps boundaries written once when later view entries leave them out, and drops them when a view clears them', async () => {
    store = await ScenarioStore.open();
    const base = scenario('a', 1);
    await store.save(base);
    const boundaries = { fileName: 'mias.geojson', codeProperty: 'iso', nameProperty: null, features: [] };
    const { boundaries: _b, ...view } = { ...base.view, boundaries: null };
    await store.appendNow({ scenarioId: 'a', at: 2, kind: 'view', view: { ...view, boundaries } });
    await store.appendNow({ scenarioId: 'a', at: 3, kind: 'view', view: { ...view, filterMode: 'hide' } });
    expect((await store.get('a')).record?.view).toMatchObject({ filterMode: 'hide', boundaries });
    await store.appendNow({ scenarioId: 'a', at: 4, kind: 'view', view: { ...view, boundaries: null } });
    expect((await store.get('a')).record?.view.boundaries).toBeNull();
  });

  it('says which journal entry no longer applies and leaves it and the ones after it out', async () => {
    store = await ScenarioStore.open();
    await store.save(scenario('a', 1));
    await store.appendNow({ scenarioId: 'a', at: 10, kind: 'edit', edit: { kind: 'deleteActors', ids: ['no-such-actor'] } });
    await store.appendNow({ scenarioId: 'a', at: 20, kind: 'details', name: 'never', notes: '' });
    const { record, problems } = await store.get('a');
    expect(record?.name).toBe('Scenario a');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'scenario "Scenario a": journal[0]', severity: 'error' });
    expect(problems[0]?.message).toContain('with the 1 after it');
  });

  it('does not bring back a scenario deleted in another tab, and deleting takes its journal with it', async () => {
    store = await ScenarioStore.open();
    const saved = await store.saveIfRevision(scenario('a', 1, { revision: 0 }), 0);
    await store.appendNow({ scenarioId: 'a', at: 10, kind: 'details', name: 'journalled', notes: '' });
    await store.delete('a');
    const error = await store.saveIfRevision(saved, 1).catch((e: unknown) => e);
    expect((error as StoreError).kind).toBe('deleted');
    expect((await store.get('a')).record).toBeNull();
    // A new scenario that happens to reuse the id starts with no journal of the old one.
    await store.save(scenario('a', 2, { name: 'fresh' }));
    expect((await store.get('a')).record?.name).toBe('fresh');
  });

  it('reports a journal write that cannot be stored as a typed error, keeping what was there', async () => {
    store = await ScenarioStore.open();
    await store.save(scenario('a', 1, { name: 'kept' }));
    const unstorable = { scenarioId: 'a', at: 1, kind: 'details', name: 'x', notes: (() => '') as unknown as string } as const;
    const error = await store.appendNow(unstorable).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((await store.get('a')).record?.name).toBe('kept');
  });

  it('keeps settings', async () => {
    store = await ScenarioStore.open();
    await store.setSetting('lastOpen', 'a');
    expect(await store.getSetting('lastOpen')).toBe('a');
  });

  it('keeps slides written to the journal, and a whole save folds them into the record', async () => {
    store = await ScenarioStore.open();
    const record = scenario('s0', 10);
    await store.save(record);
    const slide = {
      id: 'd1',
      title: { es: 'Quién convoca', en: '' },
      caption: { es: '', en: '' },
      notes: 'decir despacio',
      view: record.view,
      focus: null,
      highlight: ['a'],
    };
    await store.appendNow({ scenarioId: 's0', at: 20, kind: 'slides', slides: [slide] });
    expect((await store.get('s0')).record?.slides).toEqual([slide]);
    const loaded = (await store.get('s0')).record!;
    await store.save(loaded);
    expect(await store.get('s0')).toMatchObject({ replayed: 0, record: { slides: [slide] } });
  });

  it("keeps a comparison's matching decisions under the pair of networks, in order", async () => {
    store = await ScenarioStore.open();
    const first = { kind: 'sample', id: 'lima-2010' } as const;
    const second = { kind: 'scenario', id: 's1' } as const;
    const record = {
      id: comparisonId(first, second),
      first,
      second,
      confirmed: [['minem', 'produce']] as [string, string][],
      rejected: [['pnp', 'pnp']] as [string, string][],
      updatedAt: 5,
    };
    await store.putComparison(record);
    expect(record.id).toBe('sample:lima-2010|scenario:s1');
    expect(await store.getComparison('sample:lima-2010|scenario:s1')).toEqual(record);
    // The other order is another comparison (first and second are before and after).
    expect(await store.getComparison(comparisonId(second, first))).toBeUndefined();
  });
});

describe('migrations', () => {
  it('are numbered 1, 2, … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('step 3 adds the journal, indexed by scenario', async () => {
    const v3 = await openDB('steps3', 3, { upgrade: (db, old, next, tx) => upgrade(db, old, next ?? 3, tx as never) });
    expect([...v3.objectStoreNames].sort()).toEqual(['journal', 'meta', 'scenarios']);
    expect([...v3.transaction('journal').store.indexNames]).toEqual(['byScenario']);
    v3.close();
  });

  it('step 4 adds the comparisons, and a version-3 database keeps its scenarios and journal', async () => {
    const v3 = await openDB('puentes', 3, { upgrade: (db, old, next, tx) => upgrade(db, old, 3, tx as never) });
    const old = scenario('s0', 10, { revision: 2 });
    await v3.put('scenarios', old);
    await v3.add('journal', { scenarioId: 's0', at: 11, kind: 'details', name: 'renamed in v3', notes: '' });
    v3.close();
    store = await ScenarioStore.open();
    expect((await store.get('s0')).record?.name).toBe('renamed in v3');
    expect(await store.getComparison('x')).toBeUndefined();
  });

  it('step 5 lists the scenarios of a version-4 database, with their revisions, and still refuses a stale save', async () => {
    const v4 = await openDB('puentes', 4, { upgrade: (db, old, next, tx) => upgrade(db, old, 4, tx as never) });
    await v4.put('scenarios', scenario('s0', 10, { revision: 2 }));
    await v4.put('scenarios', scenario('s1', 30, { revision: 7, name: 'segundo' }));
    v4.close();
    store = await ScenarioStore.open();
    expect((await store.list()).map((s) => [s.id, s.name, s.revision, s.actors, s.ties])).toEqual([
      ['s1', 'segundo', 7, ACTORS, TIES],
      ['s0', 'Scenario s0', 2, ACTORS, TIES],
    ]);
    const stale = await store.saveIfRevision(scenario('s1', 40, { revision: 6 }), 6).catch((e: unknown) => e);
    expect((stale as StoreError).kind).toBe('conflict');
    expect((await store.saveIfRevision(scenario('s1', 40, { revision: 7 }), 7)).revision).toBe(8);
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

  it('opens a database written by version 2 (no journal) with every scenario and setting intact, and journals from then on', async () => {
    // What version 2 of the app wrote: scenarios with notes and revisions, and the last open one.
    const v2 = await openDB('puentes', 2, { upgrade: (db, old, next, tx) => upgrade(db, old, 2, tx as never) });
    const old = [scenario('s0', 10, { revision: 4 }), scenario('s1', 20, { notes: 'nota', revision: 1 })];
    for (const record of old) await v2.put('scenarios', record);
    await v2.put('meta', 's1', 'lastOpen');
    v2.close();

    store = await ScenarioStore.open();
    expect((await store.list()).map((s) => s.id)).toEqual(['s1', 's0']);
    expect(await store.getSetting('lastOpen')).toBe('s1');
    for (const record of old) expect(await store.get(record.id)).toEqual({ record, problems: [], replayed: 0 });
    await store.appendNow({ scenarioId: 's0', at: 99, kind: 'details', name: 'after the upgrade', notes: '' });
    expect((await store.get('s0')).record?.name).toBe('after the upgrade');
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
