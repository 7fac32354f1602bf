/**
 * The journal writer: how the open scenario reaches the disk. Every edit is
 * written the moment it is made, as a journal entry in an IndexedDB
 * transaction started (and asked to commit) before the edit returns; a quiet
 * moment later the whole scenario is saved and its journal folded in. How
 * the network is looked at is written a moment after it changes, and at once
 * when the page is hidden or closed. "Saved" is shown only once every write
 * has committed. A failed write keeps the work in memory, says why and is
 * caught up with by a whole save, retried with a growing delay.
 */
import { untrack } from 'svelte';
import type { Edit } from '../model/edits';
import type { JournalEntry, ScenarioRecord, ViewSnapshot } from '../store/records';
import { StoreError } from '../store/scenario-store';
import type { ScenarioState } from './scenario-state.svelte';
import type { ViewState } from './view.svelte';

/** How long after a change of view (filters, positions) it is written. */
const VIEW_DELAY = 400;
/** How long after the last edit the journal is folded into the scenario. */
const COMPACT_DELAY = 2000;
/** Fold the journal in sooner when it grows this long. */
const COMPACT_AFTER = 200;
/** The first retry after a failed write, doubled at each failure up to `RETRY_MAX`. */
const RETRY_FIRST = 2000;
const RETRY_MAX = 30_000;

/** The scenarios state the journal writes for: the store, what is open, and the save status and error it sets. */
type JournalState = Pick<
  ScenarioState,
  'store' | 'ready' | 'current' | 'status' | 'error' | 'readOnly' | 'deletedElsewhere' | 'reportError'
>;

/** What the journal needs from the scenarios state that owns it. */
export interface JournalHost {
  readonly scenarios: JournalState;
  /** The open scenario as it is in memory now; null when none is. */
  record(): ScenarioRecord | null;
  /** The first edit of a network not yet saved makes it a scenario. */
  promote(): void;
  /** A write of scenario `id` committed; with `whole`, the scenario with its journal folded in. */
  written(id: string, whole: boolean): void;
  /** The stored scenario was deleted by another tab. */
  deletedElsewhere(): void;
  /** Another tab saved a newer version: `record` (this tab's work) is kept as a copy. */
  conflict(record: ScenarioRecord): Promise<void>;
}

export class ScenarioJournal {
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
  /** Entries written since the last whole save. */
  #journalLength = 0;
  #retry = 0;

  readonly #scenarios: JournalState;

  constructor(
    private readonly host: JournalHost,
    private readonly view: ViewState,
  ) {
    this.#scenarios = host.scenarios;
  }

  /** Whether this tab may write the open scenario: no other tab edits it, and it was not deleted elsewhere. */
  get #writable(): boolean {
    return !this.#scenarios.readOnly && !this.#scenarios.deletedElsewhere;
  }

  /**
   * Writes the view a moment after it changes, and what is pending at once
   * when the page is hidden or closed. Its own effect root, so it works the
   * same called from a component's set-up or inside an `$effect`; returns
   * what undoes it.
   */
  connect(): () => void {
    const stopWatching = untrack(() =>
      $effect.root(() => {
        $effect(() => {
          void this.view.snapshot();
          untrack(() => this.viewChanged());
        });
      }),
    );
    // In a write started before the handler returns: the page may be gone right after.
    const flush = () => this.flushNow();
    const hidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', flush);
    return () => {
      stopWatching();
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', flush);
    };
  }

  /** An edit was applied to the open network (by the user, an undo or a redo): write it now. */
  edited(edit: Edit): void {
    const current = this.#scenarios.current;
    if (!current) return this.host.promote();
    this.append({ scenarioId: current.id, at: Date.now(), kind: 'edit', edit: $state.snapshot(edit) as Edit });
    this.scheduleCompact();
  }

  /** Writes one journal entry now (the transaction starts before this returns). */
  append(entry: JournalEntry): void {
    this.#journalLength++;
    const id = entry.scenarioId;
    void this.track(this.#scenarios.store!.appendNow(entry)).then((ok) => ok && this.host.written(id, false));
  }

  /** Follows a write until it commits; resolves to whether it did. A failure keeps the work in memory and schedules a whole save. */
  track(write: Promise<void>): Promise<boolean> {
    this.#scenarios.status = 'saving';
    const settled = write.then(
      () => true,
      (error: unknown) => {
        this.#behind = true;
        this.#scenarios.reportError(error);
        this.scheduleRetry();
        return false;
      },
    );
    const done = settled.then(() => {
      this.#writing.delete(done);
      if (this.#writing.size === 0 && !this.#behind && this.#scenarios.status === 'saving')
        this.#scenarios.status = this.#viewDirty ? 'unsaved' : 'saved';
    });
    this.#writing.add(done);
    return settled;
  }

  /** How the network is looked at changed (filters, layout, positions): written a moment later. */
  viewChanged(): void {
    if (!this.#scenarios.ready || !this.#scenarios.current || !this.#writable) return;
    this.#viewDirty = true;
    if (this.#scenarios.status === 'saved') this.#scenarios.status = 'unsaved';
    clearTimeout(this.#viewTimer);
    this.#viewTimer = setTimeout(() => this.#writeView(), VIEW_DELAY);
  }

  #writeView(): void {
    clearTimeout(this.#viewTimer);
    const current = this.#scenarios.current;
    if (!this.#viewDirty || !current || !this.#scenarios.store || !this.#writable) return;
    this.#viewDirty = false;
    const view = this.view.snapshot();
    // Boundaries can be megabytes: written when they change, not with every move of the view.
    const { boundaries, ...rest } = view;
    const changed = boundaries !== this.#boundariesWritten;
    this.#boundariesWritten = boundaries;
    const entry = (changed ? view : rest) as ViewSnapshot;
    this.append({ scenarioId: current.id, at: Date.now(), kind: 'view', view: $state.snapshot(entry) as ViewSnapshot });
  }

  /** A scenario was opened whose stored view has these boundaries: they are not written again until they change. */
  boundariesStored(boundaries: unknown): void {
    this.#boundariesWritten = boundaries;
  }

  /** The store holds `count` journal entries not yet folded in (replayed when the scenario was read): fold them soon. */
  foldLater(count: number): void {
    this.#journalLength = count;
    if (count > 0) this.scheduleCompact();
  }

  /** The page is being hidden or closed: what is pending goes out now, in a transaction started before this returns. */
  flushNow(): void {
    this.#writeView();
  }

  /** Writes what is pending and waits until every write has committed; catches up if one failed. */
  async flush(): Promise<void> {
    this.#writeView();
    await Promise.all([...this.#writing]);
    if (this.#behind) await this.compact();
  }

  /** Another scenario is opened, or this one is saved whole as a new one: nothing of the old one is left to fold in. */
  forget(): void {
    this.#behind = false;
    this.#journalLength = 0;
    clearTimeout(this.#compactTimer);
  }

  /** This tab stops folding the journal in (another tab edits the scenario); edits stay journalled. */
  pauseFolding(): void {
    clearTimeout(this.#compactTimer);
  }

  /** Nothing more is written on its own (the scenario was deleted elsewhere). */
  stop(): void {
    clearTimeout(this.#compactTimer);
    clearTimeout(this.#viewTimer);
  }

  /** Drops what is pending and waits for the writes in flight (before the whole store is wiped). */
  async discard(): Promise<void> {
    this.stop();
    this.#viewDirty = false;
    this.forget();
    await Promise.all([...this.#writing]);
  }

  scheduleCompact(): void {
    clearTimeout(this.#compactTimer);
    this.#compactTimer = setTimeout(() => void this.compact(), this.#journalLength >= COMPACT_AFTER ? 0 : COMPACT_DELAY);
  }

  /** A write failed: try a whole save again later, waiting longer after each failure. */
  scheduleRetry(): void {
    clearTimeout(this.#compactTimer);
    this.#compactTimer = setTimeout(() => void this.compact(), Math.min(RETRY_MAX, RETRY_FIRST * 2 ** this.#retry++));
  }

  /**
   * Saves the whole scenario as it is in memory and folds the journal in, if
   * the stored one is still the one this tab opened. One at a time; never
   * waits for itself.
   */
  async compact(): Promise<void> {
    clearTimeout(this.#compactTimer);
    if (this.#compacting) return this.#compacting;
    const current = this.#scenarios.current;
    if (!current || !this.#scenarios.store || !this.#writable) return;
    if (this.#journalLength === 0 && !this.#behind) return;
    const record = this.host.record();
    if (!record) return;
    this.#compacting = this.#compactNow(record, current.revision).finally(() => (this.#compacting = null));
    return this.#compacting;
  }

  async #compactNow(record: ScenarioRecord, revision: number): Promise<void> {
    const folded = this.#journalLength;
    this.#viewDirty = false;
    try {
      const saved = await this.#scenarios.store!.saveIfRevision(record, revision);
      if (this.#scenarios.current?.id !== record.id) return;
      this.#scenarios.current = { ...this.#scenarios.current, revision: saved.revision };
      this.#journalLength = Math.max(0, this.#journalLength - folded);
      if (this.#behind) {
        this.#behind = false;
        this.#scenarios.error = null;
      }
      this.#retry = 0;
      // "Unsaved" stays only for a view changed since this record was made: one changed before is in it (its pending
      // write will find nothing to write, and would leave "Unsaved" for good).
      if (this.#writing.size === 0 && (this.#scenarios.status !== 'unsaved' || !this.#viewDirty)) this.#scenarios.status = 'saved';
      this.host.written(record.id, true);
    } catch (error) {
      if (error instanceof StoreError && error.kind === 'deleted') return this.host.deletedElsewhere();
      this.#behind = true;
      this.#scenarios.reportError(error);
      if (error instanceof StoreError && error.kind === 'conflict') return this.host.conflict(record);
      this.scheduleRetry();
    }
  }
}
