/**
 * Opening and creating scenarios: reopening what the user had open, opening
 * a sample or a saved scenario, making a scenario of an import, of a
 * sample's first edit or of work another tab made obsolete. A network that cannot be saved stays open in memory, never lost.
 * Each function takes the parts of the scenarios state it works on.
 */
import { locale } from '../i18n/locale.svelte';
import { formatDate } from '../i18n/format';
import { message } from '../text/translate';
import { localize } from '../model/localized';
import { parseNetwork } from '../model/validate';
import type { Network } from '../model/types';
import type { ScenarioOrigin, ScenarioRecord, Slide, ViewSnapshot } from '../store/records';
import { ScenarioStore, StoreError } from '../store/scenario-store';
import { loadSample, loadSampleLayout, type SampleId } from './samples';
import type { ScenarioJournal } from './scenario-journal.svelte';
import type { TabSync } from './scenario-sync';
import { storeMessage, type OpenScenario, type ScenarioState } from './scenario-state.svelte';
import { freshViewSnapshot, type Position, type ViewState } from './view.svelte';
import type { Workspace } from './workspace.svelte';

/** The scenarios state and what it is made of. */
export interface ScenarioParts {
  /** Its fields: what is open, how saving goes, the store. */
  readonly scenarios: ScenarioState;
  readonly workspace: Workspace;
  readonly view: ViewState;
  readonly journal: ScenarioJournal;
  readonly sync: TabSync;
}

/** The setting that remembers what was open last: a scenario's id, or `sample:<id>`. */
export const LAST_OPEN = 'lastOpen';

export function newId(): string {
  return `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Opens the store and reopens `preferred` (from the address), else what the user had open, exactly as they left it. */
export async function initScenarios(p: ScenarioParts, preferred: string | null): Promise<void> {
  const { scenarios } = p;
  try {
    scenarios.store = await ScenarioStore.open(undefined, {
      onBlocking: () => {
        p.journal.flushNow();
        scenarios.mustReload = true;
      },
      onBlocked: () => (scenarios.blocked = true),
    });
  } catch (error) {
    scenarios.unavailable = true;
    scenarios.error = storeMessage(error);
  }
  p.sync.listen();
  await scenarios.refreshList();
  const last =
    preferred && scenarios.list.some((s) => s.id === preferred)
      ? preferred
      : await scenarios.store?.getSetting<string>(LAST_OPEN).catch(() => undefined);
  if (last && last.startsWith('sample:')) await openSample(p, last.slice(7) as SampleId);
  else if (last && scenarios.list.some((s) => s.id === last)) await openScenario(p, last);
  else await openSample(p, 'lima-2010');
  void scenarios.storage.refresh();
}

/** Leaves what is open: what is pending is written, the lock let go, the warnings about it cleared. */
async function leave(p: ScenarioParts): Promise<void> {
  await p.journal.flush();
  p.sync.release();
  p.scenarios.deletedElsewhere = false;
  p.scenarios.unsaved = null;
  p.journal.forget();
}

/** Opens a sample as it ships: edits to it create a scenario, so the sample itself never changes. */
export async function openSample(p: ScenarioParts, id: SampleId): Promise<void> {
  const { scenarios, view } = p;
  await leave(p);
  scenarios.ready = false;
  scenarios.current = null;
  view.reset();
  scenarios.slides = [];
  // The sample's saved drawing, fetched beside its data; without it, the force layout runs.
  const positions = await loadSampleLayout(id).catch(() => ({}));
  if (Object.keys(positions).length > 0) {
    view.positions = positions;
    view.layout = 'saved';
  } else view.layout = 'force';
  await p.workspace.openSample(id);
  scenarios.status = 'idle';
  scenarios.error = null;
  await scenarios.store?.setSetting(LAST_OPEN, `sample:${id}`).catch(() => {});
  scenarios.ready = true;
}

/** Opens a saved scenario with its view; takes the edit lock, or follows read-only if another tab has it. */
export async function openScenario(p: ScenarioParts, id: string): Promise<void> {
  const { scenarios, view } = p;
  await leave(p);
  if (!scenarios.store) return;
  scenarios.ready = false;
  let loaded;
  try {
    loaded = await scenarios.store.get(id);
  } catch (error) {
    scenarios.reportError(error);
    scenarios.ready = true;
    return;
  }
  const record = loaded.record;
  if (!record) {
    scenarios.ready = true;
    return;
  }
  view.restore(record.view, new Set(record.network.actors.map((a) => a.id)));
  scenarios.slides = record.slides ?? [];
  p.journal.boundariesStored(view.boundaries);
  p.workspace.load(record.network, loaded.problems);
  scenarios.current = openScenarioOf(record);
  scenarios.status = 'saved';
  scenarios.error = null;
  await scenarios.store.setSetting(LAST_OPEN, id).catch(() => {});
  takeLock(p, id);
  // Edits written since the last whole save are folded in once this tab is known to edit.
  p.journal.foldLater(loaded.replayed);
  scenarios.ready = true;
}

/** What is kept in memory of a scenario opened from `record`. */
function openScenarioOf({ id, name, notes, createdAt, origin, revision }: ScenarioRecord): OpenScenario {
  return { id, name, notes, createdAt, origin, revision };
}

/** The record of the open scenario as it is in memory now (saved or not). */
export function recordNow(p: ScenarioParts): ScenarioRecord | null {
  const { scenarios, workspace } = p;
  if (!scenarios.current || !workspace.network) return null;
  return {
    ...scenarios.current,
    updatedAt: Date.now(),
    // The network as it is: never a proxy (the workspace holds it raw) and never changed in place (an edit makes a
    // new one), so it is not copied here. The store's write copies it once; a snapshot here would copy every actor
    // again at each fold of the journal, and a large network has tens of thousands.
    network: workspace.network,
    view: $state.snapshot(p.view.snapshot()) as ViewSnapshot,
    slides: $state.snapshot(scenarios.slides) as Slide[],
  };
}

/** A new scenario's record: `network` as it is now, with the current view. */
function newRecord(p: ScenarioParts, network: Network, name: string, origin: ScenarioOrigin, view = p.view.snapshot()): ScenarioRecord {
  const now = Date.now();
  return {
    id: newId(),
    name,
    notes: '',
    createdAt: now,
    updatedAt: now,
    revision: 0,
    origin,
    network, // as in recordNow: not copied twice
    view: $state.snapshot(view) as ViewSnapshot,
    slides: $state.snapshot(p.scenarios.slides) as Slide[],
  };
}

/**
 * A new scenario holding `network` (imported or from a sample), saved at
 * once and opened with a fresh view. If it cannot be saved (storage full),
 * it stays open in memory with a banner offering an export: nothing is
 * thrown away.
 */
export async function createScenario(
  p: ScenarioParts,
  network: Network,
  name: string,
  origin: ScenarioOrigin,
  positions: Record<string, Position> = {},
): Promise<void> {
  const { scenarios } = p;
  if (!scenarios.store) return keepInMemory(p, network, name, origin, new StoreError('unavailable', 'no local database'));
  // A new network starts with no slides (those in hand belong to the scenario open before); with positions, drawn there.
  const record = { ...newRecord(p, network, name, origin, { ...freshViewSnapshot(), positions }), slides: [] };
  try {
    const saved = await scenarios.store.saveIfRevision(record, 0);
    await scenarios.refreshList();
    p.sync.tell({ type: 'listChanged' });
    await openScenario(p, saved.id);
  } catch (error) {
    await keepInMemory(p, record.network, name, origin, error);
  }
}

async function keepInMemory(p: ScenarioParts, network: Network, name: string, origin: ScenarioOrigin, error: unknown): Promise<void> {
  const { scenarios } = p;
  await leave(p);
  scenarios.current = null;
  p.view.reset();
  scenarios.slides = [];
  p.workspace.load(network);
  scenarios.unsaved = { name, origin };
  scenarios.reportError(error);
  scenarios.ready = true;
}

export async function createFromSample(p: ScenarioParts, id: SampleId): Promise<void> {
  const { network } = parseNetwork(await loadSample(id));
  if (!network) return;
  await createScenario(p, network, localize(network.title, locale.current), { kind: 'sample', sampleId: id });
}

/** Tries again to save a network kept only in memory. */
export async function saveUnsaved(p: ScenarioParts): Promise<void> {
  const { scenarios } = p;
  const store = scenarios.store;
  const unsaved = scenarios.unsaved;
  const network = p.workspace.network;
  if (!unsaved || !network || !store) return;
  const record = newRecord(p, network, unsaved.name, unsaved.origin);
  try {
    const saved = await store.saveIfRevision(record, 0);
    scenarios.unsaved = null;
    adopt(p, saved);
    await store.setSetting(LAST_OPEN, saved.id).catch(() => {});
    await scenarios.refreshList();
    p.sync.tell({ type: 'listChanged' });
  } catch (error) {
    scenarios.reportError(error);
  }
}

/** Makes a just-saved record the open scenario, with the network and view already in memory. */
function adopt(p: ScenarioParts, saved: ScenarioRecord): void {
  const { scenarios } = p;
  scenarios.current = openScenarioOf(saved);
  scenarios.deletedElsewhere = false;
  p.journal.forget();
  scenarios.status = 'saved';
  scenarios.error = null;
  takeLock(p, saved.id);
}

/** The first edit of a sample (or of a network kept only in memory) makes it a scenario, written at once. */
export function promote(p: ScenarioParts): void {
  const { scenarios } = p;
  const store = scenarios.store!;
  const network = p.workspace.network!;
  const unsaved = scenarios.unsaved;
  const name = unsaved?.name ?? `${localize(network.title, locale.current)} · ${formatDate(new Date(), locale.current)}`;
  const origin = unsaved?.origin ?? { kind: 'sample', sampleId: p.workspace.sampleId };
  const record = { ...newRecord(p, network, name, origin), revision: 1 };
  scenarios.current = openScenarioOf(record);
  const written = p.journal.track(store.createNow(record, LAST_OPEN));
  void written.then(async (ok) => {
    if (!ok || scenarios.current?.id !== record.id) return;
    scenarios.unsaved = null;
    takeLock(p, record.id);
    await scenarios.refreshList();
    p.sync.tell({ type: 'listChanged' });
    void scenarios.storage.askOnce(store);
  });
}

/**
 * Keeps this tab's work as a new scenario (another tab saved a newer
 * version, or deleted this one). The work stays open; nothing waits for a
 * save in progress, so this can never stop the tab from saving again.
 */
export async function saveAsCopy(
  p: ScenarioParts,
  record: ScenarioRecord,
  suffix: string,
  said: 'scenarios.conflictSaved' | 'scenarios.keptCopy',
): Promise<void> {
  const { scenarios } = p;
  const copy: ScenarioRecord = {
    ...record,
    id: newId(),
    name: `${record.name} (${suffix})`,
    revision: 0,
    origin: { kind: 'copy', of: record.id },
  };
  try {
    const saved = await scenarios.store!.saveIfRevision(copy, 0);
    p.sync.release();
    adopt(p, saved);
    await scenarios.store!.setSetting(LAST_OPEN, saved.id).catch(() => {});
    scenarios.error = message(said, { name: saved.name });
    await scenarios.refreshList();
    p.sync.tell({ type: 'listChanged' });
  } catch (error) {
    scenarios.reportError(error);
    p.journal.scheduleRetry();
  }
}

/** Takes the edit lock of scenario `id` (or follows read-only, when another tab holds it). */
export function takeLock(p: ScenarioParts, id: string): void {
  p.workspace.readOnly = false;
  p.sync.take(id);
}
