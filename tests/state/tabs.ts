/**
 * Browser tabs for the scenarios tests, in Node: each tab is its own
 * Workspace, ViewState and Scenarios, all on one (fake) IndexedDB, one
 * in-memory Web Locks and Node's BroadcastChannel, as tabs of one browser
 * share them. Call `useTabs()` at the top of a test file.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { locale } from '../../src/i18n/locale.svelte';
import { removeActors } from '../../src/model/edits';
import { Scenarios } from '../../src/state/scenarios.svelte';
import { ViewState } from '../../src/state/view.svelte';
import { Workspace } from '../../src/state/workspace.svelte';
import { ScenarioStore, type LoadedScenario } from '../../src/store/scenario-store';
import { message } from '../../src/text/translate';
import { FakeLocks } from './fake-locks';

export interface Tab {
  scenarios: Scenarios;
  workspace: Workspace;
  view: ViewState;
}

const open: Tab[] = [];

/** A fresh database and fresh locks for every test, English messages, and every tab closed after it. */
export function useTabs(): void {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    vi.stubGlobal('navigator', { locks: new FakeLocks() });
    locale.set('en');
  });
  afterEach(() => {
    for (const tab of open.splice(0)) tab.scenarios.close();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}

/** A new tab, not yet started (`init`). */
export function newTab(): Tab {
  const workspace = new Workspace();
  const view = new ViewState();
  const tab = { workspace, view, scenarios: new Scenarios(workspace, view) };
  open.push(tab);
  return tab;
}

/** A new tab, started: it opens what the browser had open last (the first sample the first time). */
export async function startTab(): Promise<Tab> {
  const tab = newTab();
  await tab.scenarios.init();
  return tab;
}

/** Deletes the actor at `index` of the tab's network, as the user would: one undoable edit. Returns its id. */
export function deleteActor(tab: Tab, index = 0): string {
  const id = tab.workspace.network!.actors[index]!.id;
  tab.workspace.perform(removeActors([id]), message('edit.deleteActors', { what: id }));
  return id;
}

/** Works on the database through a connection of its own, as another tab would. */
export async function elsewhere<T>(work: (store: ScenarioStore) => Promise<T>): Promise<T> {
  const store = await ScenarioStore.open();
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

/** Scenario `id` as another connection reads it from the database now (its journal replayed). */
export function stored(id: string): Promise<LoadedScenario> {
  return elsewhere((store) => store.get(id));
}

/** The ids of the actors of a network. */
export const actorIds = (network: { actors: { id: string }[] } | null | undefined): string[] => (network?.actors ?? []).map((a) => a.id);
