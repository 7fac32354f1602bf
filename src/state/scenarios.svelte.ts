/**
 * Scenarios: saving the open network and its view locally so that nothing is
 * ever lost. Every edit is written the moment it is made, as a journal entry
 * in an IndexedDB transaction started (and asked to commit) before the edit
 * returns; a quiet moment later the whole scenario is saved and its journal
 * folded in. How the network is looked at (filters, positions) is written a
 * moment after it changes, and at once when the page is hidden or closed.
 * "Saved" is shown only once every write has committed. A failed write keeps
 * the work in memory, says why, offers a backup and retries.
 *
 * Two tabs never overwrite each other: one holds the scenario's lock (Web
 * Locks) and edits, the other follows its writes (BroadcastChannel)
 * read-only and refuses edits. A scenario deleted in one tab is shown as
 * deleted in the other, which may keep its copy as a new scenario.
 */
import { locale } from '../i18n/locale.svelte';
import { formatDate } from '../i18n/format';
import type { Edit } from '../model/edits';
import { localize } from '../model/localized';
import { parseNetwork } from '../model/validate';
import type { Network } from '../model/types';
import type { JournalEntry, ScenarioOrigin, ScenarioRecord, ScenarioSummary, Slide } from '../store/records';
import { ScenarioStore, StoreError } from '../store/scenario-store';
import { loadSample, loadSampleLayout, type SampleId } from './samples';
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

/** A network open only in memory because saving it failed (storage full during an import). */
export interface UnsavedNetwork {
  name: string;
  origin: ScenarioOrigin;
}

const LAST_OPEN = 'lastOpen';
/** How long after a change of view (filters, positions) it is written. */
const VIEW_DELAY = 400;
/** How long after the last edit the journal is folded into the scenario. */
const COMPACT_DELAY = 2000;
/** Fold the journal in sooner when it grows this long. */
const COMPACT_AFTER = 200;
const CHANNEL = 'puentes-scenarios';

type Broadcast = { type: 'changed'; id: string } | { type: 'deleted'; id: string } | { type: 'listChanged' };

/** The Web Lock a tab holds while it edits scenario `id`. */
const lockName = (id: string) => `puentes:${id}`;

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
  /** The scenario open here was deleted in another tab: nothing more is written until the user decides. */
  deletedElsewhere = $state(false);
  /** A network open only in memory because it could not be saved. */
  unsaved: UnsavedNetwork | null = $state.raw(null);
  readonly storage = new StorageInfo();
  /** The open scenario's slides, in order. */
  slides: Slide[] = $state.raw([]);
  /** The last scenario deleted, for "undo delete". */
  deleted: ScenarioRecord | null = $state.raw(null);

  #store: ScenarioStore | null = null;
  /** Writes started and not yet committed. */
  readonly #writing = new Set<Promise<void>>();
  /** A write failed: the next whole save must catch up with everything in memory. */
  #behind = false;
  #viewDirty = false;
  /** The boundaries last written for the open scenario (the view's other parts are written each time). */
  #boundariesWritten: unknown = undefined;
  #viewTimer: ReturnType<typeof setTimeout> | undefined;
  #compactTimer: ReturnType<typeof setTimeout> | undefined;
  #compacting: Promise<void> | null = null;
  #journalLength = 0;
  #retry = 0;
  #following: Promise<void> | null = null;
  #followAgain = false;
  #channel: BroadcastChannel | null = null;
  readonly #lock = new TabLock();

  constructor(
    private readonly workspace: Workspace,
    private readonly view: ViewState,
  ) {
    workspace.onApplied = (edit) => this.#edited(edit);
  }

  /** The store, for the backup functions (scenario-backup.ts); null when the browser offers none. */
  get store(): ScenarioStore | null {
    return this.#store;
  }

  /** True while another tab edits the scenario shown here. */
  get readOnly(): boolean {
    return this.workspace.readOnly;
  }

  /** The record of the open scenario as it is in memory now (saved or not), for a backup. */
  liveRecord(): ScenarioRecord | null {
    if (!this.current || !this.workspace.network) return null;
    return this.#recordNow(this.current);
  }

  #recordNow(current: OpenScenario): ScenarioRecord {
    const { id, name, notes, createdAt, origin, revision } = current;
    return {
      id, name, notes, createdAt, updatedAt: Date.now(), revision, origin,
      // The network as it is: never a proxy (the workspace holds it raw) and never changed in place (an edit makes a
      // new one), so it is not copied here — the store's write copies it once. (A snapshot of 20,000 actors took
      // seconds, at every fold of the journal.)
      network: this.workspace.network as Network,
      view: $state.snapshot(this.view.snapshot()) as ReturnType<ViewState['snapshot']>,
      slides: $state.snapshot(this.slides) as Slide[],
    };
  }

  /** Opens the store and reopens `preferred` (from the address), else what the user had open, exactly as they left it. */
  async init(preferred: string | null = null): Promise<void> {
    try {
      this.#store = await ScenarioStore.open(undefined, {
        onBlocking: () => {
          this.flushNow();
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
    const last = preferred && this.list.some((s) => s.id === preferred) ? preferred : await this.#store?.getSetting<string>(LAST_OPEN).catch(() => undefined);
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

  /** Leaves what is open: what is pending is written, the lock let go, the warnings about it cleared. */
  async #leave(): Promise<void> {
    await this.flush();
    this.#release();
    this.deletedElsewhere = false;
    this.unsaved = null;
    this.#behind = false;
    this.#journalLength = 0;
    clearTimeout(this.#compactTimer);
  }

  /** Opens a sample as it ships: edits to it create a scenario, so the sample itself never changes. */
  async openSample(id: SampleId): Promise<void> {
    await this.#leave();
    this.ready = false;
    this.current = null;
    this.view.reset();
    this.slides = [];
    // The sample's saved drawing, fetched beside its data; without it, the force layout runs.
    const positions = await loadSampleLayout(id).catch(() => ({}));
    if (Object.keys(positions).length > 0) {
      this.view.positions = positions;
      this.view.layout = 'saved';
    } else this.view.layout = 'force';
    await this.workspace.openSample(id);
    this.status = 'idle';
    this.error = '';
    await this.#store?.setSetting(LAST_OPEN, `sample:${id}`).catch(() => {});
    this.ready = true;
  }

  /** Opens a saved scenario with its view; takes the edit lock, or follows read-only if another tab has it. */
  async open(id: string): Promise<void> {
    await this.#leave();
    if (!this.#store) return;
    this.ready = false;
    let loaded;
    try {
      loaded = await this.#store.get(id);
    } catch (error) {
      this.reportError(error);
      this.ready = true;
      return;
    }
    const record = loaded.record;
    if (!record) {
      this.ready = true;
      return;
    }
    this.view.restore(record.view, new Set(record.network.actors.map((a) => a.id)));
    this.slides = record.slides ?? [];
    this.#boundariesWritten = this.view.boundaries;
    this.workspace.load(record.network, loaded.problems);
    this.current = { id, name: record.name, notes: record.notes, createdAt: record.createdAt, origin: record.origin, revision: record.revision };
    this.status = 'saved';
    this.error = '';
    await this.#store.setSetting(LAST_OPEN, id).catch(() => {});
    this.#takeLock(id);
    // Edits written since the last whole save are folded in once this tab is known to edit.
    this.#journalLength = loaded.replayed;
    if (loaded.replayed > 0) this.#scheduleCompact();
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
      network, // as in #recordNow: not copied twice
      view: $state.snapshot(view) as ReturnType<ViewState['snapshot']>,
      slides: $state.snapshot(this.slides) as Slide[],
    };
  }

  /**
   * A new scenario holding `network` (imported or from a sample), saved at
   * once and opened with a fresh view. If it cannot be saved (storage full),
   * it stays open in memory with a banner offering an export: nothing is
   * thrown away.
   */
  async create(network: Network, name: string, origin: ScenarioOrigin): Promise<void> {
    if (!this.#store) return this.#keepInMemory(network, name, origin, new StoreError('unavailable', 'no local database'));
    // A new network starts with no slides (those in hand belong to the scenario open before).
    const record = { ...this.#newRecord(network, name, origin, freshViewSnapshot()), slides: [] };
    try {
      const saved = await this.#store.saveIfRevision(record, 0);
      await this.refreshList();
      this.#broadcast({ type: 'listChanged' });
      await this.open(saved.id);
    } catch (error) {
      await this.#keepInMemory(record.network, name, origin, error);
    }
  }

  async #keepInMemory(network: Network, name: string, origin: ScenarioOrigin, error: unknown): Promise<void> {
    await this.#leave();
    this.current = null;
    this.view.reset();
    this.slides = [];
    this.workspace.load(network);
    this.unsaved = { name, origin };
    this.reportError(error);
    this.ready = true;
  }

  /** Tries again to save a network kept only in memory. */
  async saveUnsaved(): Promise<void> {
    const unsaved = this.unsaved;
    const network = this.workspace.network;
    if (!unsaved || !network || !this.#store) return;
    const record = this.#newRecord(network, unsaved.name, unsaved.origin);
    try {
      const saved = await this.#store.saveIfRevision(record, 0);
      this.unsaved = null;
      this.#adopt(saved);
      await this.#store.setSetting(LAST_OPEN, saved.id).catch(() => {});
      await this.refreshList();
      this.#broadcast({ type: 'listChanged' });
    } catch (error) {
      this.reportError(error);
    }
  }

  /** Makes a just-saved record the open scenario, with the network and view already in memory. */
  #adopt(saved: ScenarioRecord): void {
    this.current = { id: saved.id, name: saved.name, notes: saved.notes, createdAt: saved.createdAt, origin: saved.origin, revision: saved.revision };
    this.deletedElsewhere = false;
    this.#behind = false;
    this.#journalLength = 0;
    this.status = 'saved';
    this.error = '';
    this.#takeLock(saved.id);
  }

  async createFromSample(id: SampleId): Promise<void> {
    const { network } = parseNetwork(await loadSample(id));
    if (!network) return;
    const title = localize(network.title, locale.current);
    await this.create(network, title, { kind: 'sample', sampleId: id });
  }

  // ── Writing ───────────────────────────────────────────────────────────

  /** An edit was applied to the open network (by the user, an undo or a redo): write it now. */
  #edited(edit: Edit): void {
    if (!this.#store || !this.workspace.network || this.workspace.readOnly || this.deletedElsewhere) return;
    if (!this.current) return this.#promote();
    this.#append({ scenarioId: this.current.id, at: Date.now(), kind: 'edit', edit: $state.snapshot(edit) as Edit });
    this.#scheduleCompact();
  }

  /** The first edit of a sample (or of a network kept only in memory) makes it a scenario, written at once. */
  #promote(): void {
    const network = this.workspace.network!;
    const unsaved = this.unsaved;
    const name = unsaved?.name ?? `${localize(network.title, locale.current)} · ${formatDate(new Date(), locale.current)}`;
    const origin = unsaved?.origin ?? { kind: 'sample', sampleId: this.workspace.sampleId };
    const record = { ...this.#newRecord(network, name, origin), revision: 1 };
    this.current = { id: record.id, name, notes: '', createdAt: record.createdAt, origin, revision: 1 };
    const written = this.#track(this.#store!.createNow(record, LAST_OPEN));
    void written.then(async (ok) => {
      if (!ok || this.current?.id !== record.id) return;
      this.unsaved = null;
      this.#takeLock(record.id);
      await this.refreshList();
      this.#broadcast({ type: 'listChanged' });
      void this.storage.askOnce(this.#store!);
    });
  }

  /** Writes one journal entry now (the transaction starts before this returns). */
  #append(entry: JournalEntry): void {
    this.#journalLength++;
    const id = entry.scenarioId;
    void this.#track(this.#store!.appendNow(entry)).then((ok) => ok && this.#broadcast({ type: 'changed', id }));
  }

  /** Follows a write until it commits; resolves to whether it did. A failure keeps the work in memory and schedules a whole save. */
  #track(write: Promise<void>): Promise<boolean> {
    this.status = 'saving';
    const settled = write.then(
      () => true,
      (error: unknown) => {
        this.#behind = true;
        this.reportError(error);
        this.#scheduleRetry();
        return false;
      },
    );
    const done = settled.then(() => {
      this.#writing.delete(done);
      if (this.#writing.size === 0 && !this.#behind && this.status === 'saving') this.status = this.#viewDirty ? 'unsaved' : 'saved';
    });
    this.#writing.add(done);
    return settled;
  }

  /** How the network is looked at changed (filters, layout, positions): written a moment later. */
  viewChanged(): void {
    if (!this.ready || !this.current || this.workspace.readOnly || this.deletedElsewhere) return;
    this.#viewDirty = true;
    if (this.status === 'saved') this.status = 'unsaved';
    clearTimeout(this.#viewTimer);
    this.#viewTimer = setTimeout(() => this.#writeView(), VIEW_DELAY);
  }

  #writeView(): void {
    clearTimeout(this.#viewTimer);
    if (!this.#viewDirty || !this.current || !this.#store || this.workspace.readOnly || this.deletedElsewhere) return;
    this.#viewDirty = false;
    const view = this.view.snapshot();
    // Boundaries can be megabytes: written when they change, not with every move of the view.
    const { boundaries, ...rest } = view;
    const changed = boundaries !== this.#boundariesWritten;
    this.#boundariesWritten = boundaries;
    const entry = (changed ? view : rest) as ReturnType<ViewState['snapshot']>;
    this.#append({ scenarioId: this.current.id, at: Date.now(), kind: 'view', view: $state.snapshot(entry) as ReturnType<ViewState['snapshot']> });
  }

  /**
   * Changes the open scenario's slides, written at once. A sample becomes a
   * scenario, as at its first edit. False (with a message) when this tab may not.
   */
  setSlides(slides: Slide[]): boolean {
    if (this.workspace.readOnly) {
      this.workspace.refuse();
      return false;
    }
    this.slides = slides;
    if (!this.#store || !this.workspace.network || this.deletedElsewhere) return true;
    if (!this.current) {
      this.#promote();
      return true;
    }
    this.#append({ scenarioId: this.current.id, at: Date.now(), kind: 'slides', slides: $state.snapshot(slides) as Slide[] });
    this.#scheduleCompact();
    return true;
  }

  /** Renames the open scenario or changes its notes, written at once. False (with a message) when this tab may not. */
  setDetails(name: string, notes: string): boolean {
    if (!this.current || !this.#store) return false;
    if (this.workspace.readOnly) {
      this.workspace.refuse();
      return false;
    }
    this.current = { ...this.current, name, notes };
    if (!this.deletedElsewhere) this.#append({ scenarioId: this.current.id, at: Date.now(), kind: 'details', name, notes });
    return true;
  }

  /**
   * The page is being hidden or closed: what is pending goes out now, in
   * one transaction started before this returns (edits are already written).
   */
  flushNow(): void {
    this.#writeView();
  }

  /** Writes what is pending and waits until every write has committed (before opening another scenario, a backup …). */
  async flush(): Promise<void> {
    this.#writeView();
    await Promise.all([...this.#writing]);
    if (this.#behind) await this.#compact();
  }

  /** Writes what is pending, then the whole scenario with its journal folded in (so the list shows it as it is). */
  async saveWhole(): Promise<void> {
    await this.flush();
    await this.#compact();
  }

  #scheduleCompact(): void {
    clearTimeout(this.#compactTimer);
    this.#compactTimer = setTimeout(() => void this.#compact(), this.#journalLength >= COMPACT_AFTER ? 0 : COMPACT_DELAY);
  }

  #scheduleRetry(): void {
    clearTimeout(this.#compactTimer);
    this.#compactTimer = setTimeout(() => void this.#compact(), Math.min(30_000, 2000 * 2 ** this.#retry++));
  }

  /**
   * Saves the whole scenario as it is in memory and folds the journal in, if
   * the stored one is still the one this tab opened. One at a time; never
   * waits for itself.
   */
  async #compact(): Promise<void> {
    clearTimeout(this.#compactTimer);
    if (this.#compacting) return this.#compacting;
    const current = this.current;
    if (!current || !this.#store || !this.workspace.network || this.workspace.readOnly || this.deletedElsewhere) return;
    if (this.#journalLength === 0 && !this.#behind) return;
    this.#compacting = this.#compactNow(current).finally(() => (this.#compacting = null));
    return this.#compacting;
  }

  async #compactNow(current: OpenScenario): Promise<void> {
    const record = this.#recordNow(current);
    const folded = this.#journalLength;
    this.#viewDirty = false;
    try {
      const saved = await this.#store!.saveIfRevision(record, current.revision);
      if (this.current?.id !== current.id) return;
      this.current = { ...this.current, revision: saved.revision };
      this.#journalLength = Math.max(0, this.#journalLength - folded);
      if (this.#behind) {
        this.#behind = false;
        this.error = '';
      }
      this.#retry = 0;
      // "Unsaved" stays only for a view changed since this record was made: one changed before is in it (its pending
      // write will find nothing to write, and would leave "Unsaved" for good).
      if (this.#writing.size === 0 && (this.status !== 'unsaved' || !this.#viewDirty)) this.status = 'saved';
      this.#broadcast({ type: 'changed', id: current.id });
      void this.storage.askOnce(this.#store!);
      void this.refreshList();
    } catch (error) {
      if (error instanceof StoreError && error.kind === 'deleted') return this.#markDeletedElsewhere();
      this.#behind = true;
      this.reportError(error);
      if (error instanceof StoreError && error.kind === 'conflict') return this.#saveAsCopy(record, locale.t('scenarios.conflictCopy'), 'scenarios.conflictSaved');
      this.#scheduleRetry();
    }
  }

  /**
   * Keeps this tab's work as a new scenario (another tab saved a newer
   * version, or deleted this one). The work stays open; nothing waits for a
   * save in progress, so this can never stop the tab from saving again.
   */
  async #saveAsCopy(record: ScenarioRecord, suffix: string, message: 'scenarios.conflictSaved' | 'scenarios.keptCopy'): Promise<void> {
    const copy: ScenarioRecord = { ...record, id: newId(), name: `${record.name} (${suffix})`, revision: 0, origin: { kind: 'copy', of: record.id } };
    try {
      const saved = await this.#store!.saveIfRevision(copy, 0);
      this.#release();
      this.#adopt(saved);
      await this.#store!.setSetting(LAST_OPEN, saved.id).catch(() => {});
      this.error = locale.t(message, { name: saved.name });
      await this.refreshList();
      this.#broadcast({ type: 'listChanged' });
    } catch (error) {
      this.reportError(error);
      this.#scheduleRetry();
    }
  }

  #markDeletedElsewhere(): void {
    this.deletedElsewhere = true;
    this.#release();
    this.workspace.readOnly = false;
    clearTimeout(this.#compactTimer);
    clearTimeout(this.#viewTimer);
    this.status = 'unsaved';
  }

  /** The scenario was deleted in another tab: keep what this tab shows as a new scenario. */
  async keepDeletedCopy(): Promise<void> {
    const current = this.current;
    if (!current || !this.deletedElsewhere || !this.#store) return;
    await this.#saveAsCopy(this.#recordNow(current), locale.t('scenarios.keptSuffix'), 'scenarios.keptCopy');
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
    this.#lock.take(lockName(id), {
      onReadOnly: () => {
        this.workspace.readOnly = true;
        clearTimeout(this.#compactTimer);
        this.status = 'idle';
      },
      onTakeOver: async () => {
        const loaded = await this.#store?.get(id);
        if (!loaded?.record || this.current?.id !== id) return;
        this.workspace.follow(loaded.record.network);
        this.slides = loaded.record.slides ?? [];
        this.current = { ...this.current, name: loaded.record.name, notes: loaded.record.notes, revision: loaded.record.revision };
        this.#journalLength = loaded.replayed;
        this.workspace.readOnly = false;
        this.status = 'saved';
        if (loaded.replayed > 0) this.#scheduleCompact();
      },
    });
  }

  #release(): void {
    this.#lock.release();
  }

  /** Whether another tab is editing scenario `id` (holds its lock). */
  async editedElsewhere(id: string): Promise<boolean> {
    if (this.current?.id === id && !this.workspace.readOnly) return false;
    return TabLock.isHeld(lockName(id));
  }

  #broadcast(message: Broadcast): void {
    this.#channel?.postMessage(message);
  }

  /** Tells other tabs the list of scenarios changed. */
  announceListChanged(): void {
    this.#broadcast({ type: 'listChanged' });
  }

  /** Tells other tabs a scenario was deleted here. */
  announceDeleted(id: string): void {
    this.#broadcast({ type: 'deleted', id });
  }

  async #onBroadcast(message: Broadcast): Promise<void> {
    await this.refreshList();
    if (message.type === 'listChanged' || !this.current || message.id !== this.current.id) return;
    if (message.type === 'deleted') return this.#markDeletedElsewhere();
    // A newer write of the scenario shown here, from the tab that edits it: follow it.
    if (this.workspace.readOnly) await this.#follow(message.id);
  }

  /** Reloads the scenario another tab edits; writes arriving meanwhile are caught up once it is done. */
  async #follow(id: string): Promise<void> {
    if (this.#following) {
      this.#followAgain = true;
      return this.#following;
    }
    this.#following = (async () => {
      do {
        this.#followAgain = false;
        const loaded = await this.#store?.get(id).catch(() => null);
        if (!loaded?.record || this.current?.id !== id || !this.workspace.readOnly) return;
        this.workspace.follow(loaded.record.network);
        this.slides = loaded.record.slides ?? [];
        this.current = { ...this.current, name: loaded.record.name, notes: loaded.record.notes, revision: loaded.record.revision };
      } while (this.#followAgain);
    })().finally(() => (this.#following = null));
    return this.#following;
  }

  // ── Storage, backup, wipe ─────────────────────────────────────────────

  /** Deletes every scenario and setting kept in this browser. */
  async wipe(): Promise<void> {
    clearTimeout(this.#viewTimer);
    clearTimeout(this.#compactTimer);
    this.#viewDirty = false;
    this.#behind = false;
    this.#journalLength = 0;
    await Promise.all([...this.#writing]);
    this.#release();
    this.#store?.close();
    await ScenarioStore.wipe();
    this.#store = await ScenarioStore.open().catch(() => null);
    this.list = [];
    this.deleted = null;
    this.#broadcast({ type: 'listChanged' });
    this.current = null;
    await this.openSample('lima-2010');
  }
}
