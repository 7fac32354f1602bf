/**
 * Scenarios: saving the open network and its view locally so that nothing is
 * ever lost. This class is what views read and call; it is put together from
 * three parts, one concern each:
 *
 * - opening and creating (scenario-opening.svelte.ts): a sample, a saved
 *   scenario, an import, a sample's first edit, a copy;
 * - the journal writer (scenario-journal.svelte.ts): every edit written the
 *   moment it is made, folded into the whole scenario a moment later; the
 *   view written a moment after it changes; failed writes retried;
 * - tab sync (scenario-sync.ts): one tab edits a scenario, another follows
 *   it read-only, and a scenario deleted in one tab is shown as deleted in
 *   the others, which may keep their copy as a new scenario.
 */
import { locale } from '../i18n/locale.svelte';
import type { Network } from '../model/types';
import type { ScenarioOrigin, ScenarioRecord, Slide } from '../store/records';
import { ScenarioStore, type LoadedScenario } from '../store/scenario-store';
import type { SampleId } from './samples';
import { ScenarioJournal, type JournalHost } from './scenario-journal.svelte';
import * as opening from './scenario-opening.svelte';
import { ScenarioState } from './scenario-state.svelte';
import { TabSync, type TabSyncHost } from './scenario-sync';
import type { Position, ViewState } from './view.svelte';
import type { Workspace } from './workspace.svelte';

export type { OpenScenario, SaveStatus, UnsavedNetwork } from './scenario-state.svelte';

/** The scenarios state (its fields in scenario-state.svelte.ts) and the commands views call. */
export class Scenarios extends ScenarioState {
  readonly #parts: opening.ScenarioParts;

  constructor(workspace: Workspace, view: ViewState) {
    super(workspace);
    const journal = new ScenarioJournal(this.#journalHost(), view);
    const sync = new TabSync(this.#syncHost());
    this.#parts = { scenarios: this, workspace, view, journal, sync };
    workspace.onApplied = (edit) => {
      if (this.store && workspace.network && !workspace.readOnly && !this.deletedElsewhere) journal.edited(edit);
    };
  }

  /**
   * Wires the saving to the page: how the network is looked at is written a
   * moment after it changes, and what is pending goes out at once when the
   * page is hidden or closed. The shell calls it once, in its set-up or in an
   * `$effect` (`$effect(() => scenarios.connect())`): it makes its own effect
   * root, so either works, and returns the function that undoes it.
   */
  connect(): () => void {
    return this.#parts.journal.connect();
  }

  /** Opens the store and reopens `preferred` (from the address), else what the user had open, exactly as they left it. */
  init(preferred: string | null = null): Promise<void> {
    return opening.initScenarios(this.#parts, preferred);
  }

  /** Stops hearing other tabs, lets go of the lock and closes the store (a test's end; a page just closes). */
  close(): void {
    this.#parts.journal.stop();
    this.#parts.sync.close();
    this.store?.close();
    this.store = null;
  }

  /** Opens a sample as it ships: edits to it create a scenario, so the sample itself never changes. */
  openSample(id: SampleId): Promise<void> {
    return opening.openSample(this.#parts, id);
  }

  /** Opens a saved scenario with its view; takes the edit lock, or follows read-only if another tab has it. */
  open(id: string): Promise<void> {
    return opening.openScenario(this.#parts, id);
  }

  /**
   * A new scenario holding `network`, saved at once and opened (drawn at `positions` when given, as an imported
   * file's drawing); kept in memory (with a banner) if it cannot be saved.
   */
  create(network: Network, name: string, origin: ScenarioOrigin, positions?: Record<string, Position>): Promise<void> {
    return opening.createScenario(this.#parts, network, name, origin, positions);
  }

  createFromSample(id: SampleId): Promise<void> {
    return opening.createFromSample(this.#parts, id);
  }

  /** Tries again to save a network kept only in memory. */
  saveUnsaved(): Promise<void> {
    return opening.saveUnsaved(this.#parts);
  }

  /** The record of the open scenario as it is in memory now (saved or not), for a backup. */
  liveRecord(): ScenarioRecord | null {
    return opening.recordNow(this.#parts);
  }

  /** The scenario was deleted in another tab: keep what this tab shows as a new scenario. */
  async keepDeletedCopy(): Promise<void> {
    const record = this.liveRecord();
    if (!record || !this.deletedElsewhere || !this.store) return;
    await opening.saveAsCopy(this.#parts, record, locale.t('scenarios.keptSuffix'), 'scenarios.keptCopy');
  }

  /** Deletes every scenario and setting kept in this browser, then opens the first sample. */
  async wipe(): Promise<void> {
    const { journal, sync } = this.#parts;
    await journal.discard();
    sync.release();
    this.store?.close();
    await ScenarioStore.wipe();
    this.store = await ScenarioStore.open().catch(() => null);
    this.list = [];
    this.deleted = null;
    sync.tell({ type: 'listChanged' });
    this.current = null;
    await this.openSample('lima-2010');
  }

  // ── Writing (scenario-journal.svelte.ts) ──────────────────────────────

  /** How the network is looked at changed (filters, layout, positions): written a moment later. */
  viewChanged(): void {
    this.#parts.journal.viewChanged();
  }

  /**
   * Changes the open scenario's slides, written at once. A sample becomes a
   * scenario, as at its first edit. False (with a message) when this tab may not.
   */
  setSlides(slides: Slide[]): boolean {
    const { workspace, journal } = this.#parts;
    if (workspace.readOnly) {
      workspace.refuse();
      return false;
    }
    this.slides = slides;
    if (!this.store || !workspace.network || this.deletedElsewhere) return true;
    if (!this.current) {
      opening.promote(this.#parts);
      return true;
    }
    journal.append({ scenarioId: this.current.id, at: Date.now(), kind: 'slides', slides: $state.snapshot(slides) as Slide[] });
    journal.scheduleCompact();
    return true;
  }

  /** Renames the open scenario or changes its notes, written at once. False (with a message) when this tab may not. */
  setDetails(name: string, notes: string): boolean {
    const { workspace, journal } = this.#parts;
    if (!this.current || !this.store) return false;
    if (workspace.readOnly) {
      workspace.refuse();
      return false;
    }
    this.current = { ...this.current, name, notes };
    if (!this.deletedElsewhere) journal.append({ scenarioId: this.current.id, at: Date.now(), kind: 'details', name, notes });
    return true;
  }

  /** The page is being hidden or closed: what is pending goes out now, in one transaction started before this returns. */
  flushNow(): void {
    this.#parts.journal.flushNow();
  }

  /** Writes what is pending and waits until every write has committed (before opening another scenario, a backup …). */
  flush(): Promise<void> {
    return this.#parts.journal.flush();
  }

  /** Writes what is pending, then the whole scenario with its journal folded in (so the list shows it as it is). */
  async saveWhole(): Promise<void> {
    await this.flush();
    await this.#parts.journal.compact();
  }

  /** What the journal needs from here besides the fields (its callbacks run only once the parts exist). */
  #journalHost(): JournalHost {
    return {
      scenarios: this,
      record: () => this.liveRecord(),
      promote: () => opening.promote(this.#parts),
      written: (id, whole) => {
        this.#parts.sync.tell({ type: 'changed', id });
        if (!whole) return;
        void this.storage.askOnce(this.store!);
        void this.refreshList();
      },
      deletedElsewhere: () => this.#markDeletedElsewhere(),
      conflict: (record) => opening.saveAsCopy(this.#parts, record, locale.t('scenarios.conflictCopy'), 'scenarios.conflictSaved'),
    };
  }

  // ── Several tabs (scenario-sync.ts) ───────────────────────────────────

  /** Whether another tab is editing scenario `id` (holds its lock). */
  async editedElsewhere(id: string): Promise<boolean> {
    if (this.current?.id === id && !this.readOnly) return false;
    return this.#parts.sync.isHeld(id);
  }

  /** Tells other tabs the list of scenarios changed. */
  announceListChanged(): void {
    this.#parts.sync.tell({ type: 'listChanged' });
  }

  /** Tells other tabs a scenario was deleted here. */
  announceDeleted(id: string): void {
    this.#parts.sync.tell({ type: 'deleted', id });
  }

  /** Nothing more is written until the user decides: keep a copy, or close it. */
  #markDeletedElsewhere(): void {
    this.deletedElsewhere = true;
    this.#parts.sync.release();
    this.workspace.readOnly = false;
    this.#parts.journal.stop();
    this.status = 'unsaved';
  }

  /** Shows the stored scenario `id` in place of this tab's copy, while another tab edits it (or has just handed it over). */
  async #showStored(id: string): Promise<LoadedScenario | null> {
    const { workspace } = this.#parts;
    const loaded = await this.store?.get(id);
    if (!loaded?.record || this.current?.id !== id || !workspace.readOnly) return null;
    workspace.follow(loaded.record.network);
    this.slides = loaded.record.slides ?? [];
    this.current = { ...this.current, name: loaded.record.name, notes: loaded.record.notes, revision: loaded.record.revision };
    return loaded;
  }

  /** What tab sync needs from here besides the fields (its callbacks run only once the parts exist). */
  #syncHost(): TabSyncHost {
    return {
      scenarios: this,
      followReadOnly: () => {
        this.workspace.readOnly = true;
        this.#parts.journal.pauseFolding();
        this.status = 'idle';
      },
      showStored: (id) => this.#showStored(id),
      takeOver: (loaded) => {
        this.#parts.journal.foldLater(loaded.replayed);
        this.workspace.readOnly = false;
        this.status = 'saved';
      },
      deletedElsewhere: () => this.#markDeletedElsewhere(),
    };
  }
}
