/**
 * Scenarios: saving the open network and its view locally so that nothing is
 * ever lost. Edits are saved automatically (a burst of edits is one write),
 * flushed when the page is hidden, and a save counts only once its
 * transaction has committed. A failed save keeps the work in memory, says
 * why, offers a backup and retries. Two tabs never overwrite each other: one
 * holds the scenario's lock (Web Locks) and edits, the other follows its
 * saves (BroadcastChannel) read-only; a stale write is refused as a conflict.
 */
import { locale } from '../i18n/locale.svelte';
import { formatDate } from '../i18n/format';
import { localize } from '../model/localized';
import { parseNetwork } from '../model/validate';
import type { Network } from '../model/types';
import type { ScenarioOrigin, ScenarioRecord, ScenarioSummary } from '../store/records';
import { ScenarioStore, StoreError } from '../store/scenario-store';
import { loadSample, type SampleId } from './samples';
import { StorageInfo } from './storage-info.svelte';
import { TabLock } from './tab-lock';
import { freshViewSnapshot, type ViewState } from './view.svelte';
import type { Workspace } from './workspace.svelte';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'unsaved' | 'error';

/** The scenario open in this tab (null while looking at a sample that has not been edited). */
export interface OpenScenario {
  id: string;
  name: string;
  notes: string;
  createdAt: number;
  origin: ScenarioOrigin;
  revision: number;
}

const LAST_OPEN = 'lastOpen';
const SAVE_DELAY = 700;
const CHANNEL = 'puentes-scenarios';

type Broadcast = { type: 'saved'; id: string; revision: number } | { type: 'listChanged' };

export function newId(): string {
  return `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export class Scenarios {
  /** False until the first scenario or sample is open: nothing is written before. */
  ready = $state(false);
  list: ScenarioSummary[] = $state.raw([]);
  current: OpenScenario | null = $state.raw(null);
  status: SaveStatus = $state('idle');
  /** Why the last save failed, in words for the user. */
  error = $state('');
  /** A newer Puentes opened the database: this tab must reload. */
  mustReload = $state(false);
  /** This tab cannot upgrade the database while an older tab keeps it open. */
  blocked = $state(false);
  /** The store is unavailable (private mode, old browser): work is not kept. */
  unavailable = $state(false);
  readonly storage = new StorageInfo();
  /** The last scenario deleted, for "undo delete". */
  deleted: ScenarioRecord | null = $state.raw(null);

  #store: ScenarioStore | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #dirty = false;
  #saving: Promise<void> | null = null;
  #retry = 0;
  #channel: BroadcastChannel | null = null;
  readonly #lock = new TabLock();

  /** The store, for the backup functions (scenario-backup.ts); null when the browser offers none. */
  get store(): ScenarioStore | null {
    return this.#store;
  }

  /** The record of the open scenario as it is in memory now (saved or not), for a backup. */
  liveRecord(): ScenarioRecord | null {
    if (!this.current || !this.workspace.network) return null;
    const { id, name, notes, createdAt, origin, revision } = this.current;
    return {
      id, name, notes, createdAt, updatedAt: Date.now(), revision, origin,
      network: $state.snapshot(this.workspace.network) as Network,
      view: $state.snapshot(this.view.snapshot()) as ReturnType<ViewState['snapshot']>,
    };
  }

  constructor(
    private readonly workspace: Workspace,
    private readonly view: ViewState,
  ) {}

  /** Opens the store and reopens what the user had open, exactly as they left it. */
  async init(): Promise<void> {
    try {
      this.#store = await ScenarioStore.open(undefined, {
        onBlocking: () => {
          void this.flush();
          this.mustReload = true;
        },
        onBlocked: () => (this.blocked = true),
      });
    } catch (error) {
      this.unavailable = true;
      this.error = error instanceof Error ? error.message : String(error);
    }
    this.#channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    if (this.#channel) this.#channel.onmessage = (event: MessageEvent<Broadcast>) => void this.#onBroadcast(event.data);
    await this.refreshList();
    const last = await this.#store?.getSetting<string>(LAST_OPEN).catch(() => undefined);
    if (last && last.startsWith('sample:')) await this.openSample(last.slice(7) as SampleId);
    else if (last && this.list.some((s) => s.id === last)) await this.open(last);
    else await this.openSample('lima-2010');
    void this.storage.refresh();
  }

  async refreshList(): Promise<void> {
    if (!this.#store) return;
    try {
      this.list = await this.#store.list();
    } catch (error) {
      this.reportError(error);
    }
  }

  /** Opens a sample as it ships: edits to it create a scenario, so the sample itself never changes. */
  async openSample(id: SampleId): Promise<void> {
    await this.flush();
    this.#release();
    this.ready = false;
    this.current = null;
    this.view.reset();
    await this.workspace.openSample(id);
    this.status = 'idle';
    await this.#store?.setSetting(LAST_OPEN, `sample:${id}`).catch(() => {});
    this.ready = true;
  }

  /** Opens a saved scenario with its view; takes the edit lock, or follows read-only if another tab has it. */
  async open(id: string): Promise<void> {
    await this.flush();
    this.#release();
    if (!this.#store) return;
    this.ready = false;
    let loaded;
    try {
      loaded = await this.#store.get(id);
    } catch (error) {
      this.reportError(error);
      return;
    }
    const record = loaded.record;
    if (!record) {
      this.ready = true;
      return;
    }
    this.view.restore(record.view, new Set(record.network.actors.map((a) => a.id)));
    this.workspace.load(record.network, loaded.problems);
    this.current = { id, name: record.name, notes: record.notes, createdAt: record.createdAt, origin: record.origin, revision: record.revision };
    this.status = 'saved';
    await this.#store.setSetting(LAST_OPEN, id).catch(() => {});
    this.#takeLock(id);
    this.ready = true;
  }

  /** A new scenario's record: `network` as it is now, with the current view. */
  #newRecord(network: Network, name: string, origin: ScenarioOrigin, view = this.view.snapshot()): ScenarioRecord {
    const now = Date.now();
    return {
      id: newId(),
      name,
      notes: '',
      createdAt: now,
      updatedAt: now,
      revision: 0,
      origin,
      network: $state.snapshot(network) as Network,
      view: $state.snapshot(view) as ReturnType<ViewState['snapshot']>,
    };
  }

  /** A new scenario holding `network` (imported or from a sample), saved at once and opened with a fresh view. */
  async create(network: Network, name: string, origin: ScenarioOrigin): Promise<void> {
    if (!this.#store) return;
    const record = this.#newRecord(network, name, origin, freshViewSnapshot());
    try {
      const saved = await this.#store.saveIfRevision(record, 0);
      await this.refreshList();
      this.#broadcast({ type: 'listChanged' });
      await this.open(saved.id);
    } catch (error) {
      this.reportError(error);
    }
  }

  async createFromSample(id: SampleId): Promise<void> {
    const { network } = parseNetwork(await loadSample(id));
    if (!network) return;
    const title = localize(network.title, locale.current);
    await this.create(network, title, { kind: 'sample', sampleId: id });
  }

  /**
   * Something the user keeps changed: the network or the view. Saves after a
   * short pause (a burst of edits is one write). Editing a sample first makes
   * it a scenario.
   */
  changed(): void {
    if (!this.ready || this.workspace.readOnly || !this.workspace.network) return;
    if (!this.current) {
      // Only an edit of the network turns a sample into a scenario; looking around does not.
      if (this.workspace.history.past.length === 0) return;
      this.#dirty = true;
      void this.#promoteSample();
      return;
    }
    this.#dirty = true;
    if (this.status !== 'error') this.status = 'unsaved';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY);
  }

  /** Saves now if anything is unsaved (the page is being hidden or closed, or another scenario opens). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    if (this.#saving) await this.#saving;
    if (!this.#dirty || !this.current || !this.#store || !this.workspace.network || this.workspace.readOnly) return;
    this.#saving = this.#save().finally(() => (this.#saving = null));
    await this.#saving;
  }

  async #save(): Promise<void> {
    const current = this.current!;
    const network = this.workspace.network!;
    this.#dirty = false;
    this.status = 'saving';
    const record: ScenarioRecord = {
      id: current.id,
      name: current.name,
      notes: current.notes,
      createdAt: current.createdAt,
      updatedAt: Date.now(),
      revision: current.revision,
      origin: current.origin,
      network: $state.snapshot(network) as Network,
      view: $state.snapshot(this.view.snapshot()) as ReturnType<ViewState['snapshot']>,
    };
    try {
      const saved = await this.#store!.saveIfRevision(record, current.revision);
      if (this.current?.id === current.id) this.current = { ...this.current, revision: saved.revision };
      this.status = this.#dirty ? 'unsaved' : 'saved';
      this.error = '';
      this.#retry = 0;
      this.#broadcast({ type: 'saved', id: current.id, revision: saved.revision });
      void this.storage.askOnce(this.#store!);
      void this.refreshList();
    } catch (error) {
      // The work stays in memory: mark it unsaved again and try later.
      this.#dirty = true;
      this.reportError(error);
      if (error instanceof StoreError && error.kind === 'conflict') {
        await this.#saveConflictCopy(record);
        return;
      }
      const delay = Math.min(30_000, 2000 * 2 ** this.#retry++);
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.flush(), delay);
    }
  }

  /** Another tab saved this scenario meanwhile: keep this tab's work as a separate copy rather than lose either. */
  async #saveConflictCopy(record: ScenarioRecord): Promise<void> {
    const copy = { ...record, id: newId(), name: `${record.name} (${locale.t('scenarios.conflictCopy')})`, revision: 0, origin: { kind: 'copy' as const, of: record.id } };
    try {
      await this.#store!.saveIfRevision(copy, 0);
      this.#dirty = false;
      await this.refreshList();
      await this.open(copy.id);
      this.error = locale.t('scenarios.conflictSaved', { name: copy.name });
    } catch (error) {
      this.reportError(error);
    }
  }

  async #promoteSample(): Promise<void> {
    if (!this.#store || this.current) return;
    const network = this.workspace.network!;
    const name = `${localize(network.title, locale.current)} · ${formatDate(new Date(), locale.current)}`;
    const record = this.#newRecord(network, name, { kind: 'sample', sampleId: this.workspace.sampleId });
    this.current = { id: record.id, name, notes: '', createdAt: record.createdAt, origin: record.origin, revision: 0 };
    this.status = 'saving';
    try {
      const saved = await this.#store.saveIfRevision(record, 0);
      this.current = { ...this.current, revision: saved.revision };
      this.#dirty = false;
      this.status = 'saved';
      await this.#store.setSetting(LAST_OPEN, saved.id).catch(() => {});
      this.#takeLock(saved.id);
      await this.refreshList();
      this.#broadcast({ type: 'listChanged' });
      void this.storage.askOnce(this.#store!);
    } catch (error) {
      this.reportError(error);
    }
  }

  /** Shows why saving or reading failed; the work stays in memory. */
  reportError(error: unknown): void {
    this.status = 'error';
    const kind = error instanceof StoreError ? error.kind : 'unknown';
    const detail = error instanceof Error ? error.message : String(error);
    // Each kind of failure in the interface language; the technical detail follows an unknown one.
    this.error = kind === 'unknown' ? locale.t('scenarios.storeUnknown', { detail }) : locale.t(`scenarios.store.${kind}`);
  }

  // ── Several tabs ──────────────────────────────────────────────────────

  #takeLock(id: string): void {
    this.workspace.readOnly = false;
    this.#lock.take(`puentes:${id}`, {
      onReadOnly: () => (this.workspace.readOnly = true),
      onTakeOver: async () => {
        const loaded = await this.#store?.get(id);
        if (!loaded?.record || this.current?.id !== id) return;
        this.workspace.follow(loaded.record.network);
        this.current = { ...this.current, revision: loaded.record.revision };
        this.workspace.readOnly = false;
      },
    });
  }

  #release(): void {
    this.#lock.release();
  }

  #broadcast(message: Broadcast): void {
    this.#channel?.postMessage(message);
  }

  /** Tells other tabs the list of scenarios changed. */
  announceListChanged(): void {
    this.#broadcast({ type: 'listChanged' });
  }

  async #onBroadcast(message: Broadcast): Promise<void> {
    if (message.type === 'listChanged') return this.refreshList();
    await this.refreshList();
    if (!this.current || message.id !== this.current.id || message.revision <= this.current.revision) return;
    // A newer save of the scenario shown here, from the tab that edits it: follow it.
    const loaded = await this.#store?.get(message.id);
    if (!loaded?.record) return;
    this.workspace.follow(loaded.record.network);
    this.current = { ...this.current, name: loaded.record.name, revision: loaded.record.revision };
  }

  // ── Storage, backup, wipe ─────────────────────────────────────────────

  /** Deletes every scenario and setting kept in this browser. */
  async wipe(): Promise<void> {
    clearTimeout(this.#timer);
    this.#dirty = false;
    this.#release();
    this.#store?.close();
    await ScenarioStore.wipe();
    this.#store = await ScenarioStore.open().catch(() => null);
    this.list = [];
    this.deleted = null;
    this.#broadcast({ type: 'listChanged' });
    await this.openSample('lima-2010');
  }
}
