/**
 * What the scenarios state holds: which scenario is open, how saving goes,
 * the list, and the warnings views show. The parts of the scenarios state
 * (opening, the journal writer, tab sync) read and set these fields;
 * `Scenarios` (scenarios.svelte.ts) adds the commands views call.
 */
import { message, type Message } from '../text/translate';
import type { ScenarioOrigin, ScenarioRecord, ScenarioSummary, Slide } from '../store/records';
import { StoreError, type ScenarioStore } from '../store/scenario-store';
import { StorageInfo } from './storage-info.svelte';
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

/** Why the store failed, as a message: each kind in the interface language, the technical detail after an unknown one. */
export function storeMessage(error: unknown): Message {
  const kind = error instanceof StoreError ? error.kind : 'unknown';
  if (kind !== 'unknown') return message(`scenarios.store.${kind}`);
  return message('scenarios.storeUnknown', { detail: error instanceof Error ? error.message : String(error) });
}

export class ScenarioState {
  /** False until the first scenario or sample is open: nothing is written before. */
  ready = $state(false);
  list: ScenarioSummary[] = $state.raw([]);
  current: OpenScenario | null = $state.raw(null);
  status: SaveStatus = $state('idle');
  /** Why the last save failed (or what became of this tab's work), said in the language of the moment it is shown. */
  error: Message | null = $state.raw(null);
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
  /** The local database (also for the backup functions, scenario-backup.ts); null when the browser offers none. */
  store: ScenarioStore | null = null;

  constructor(protected readonly workspace: Workspace) {}

  /** True while another tab edits the scenario shown here. */
  get readOnly(): boolean {
    return this.workspace.readOnly;
  }

  async refreshList(): Promise<void> {
    if (!this.store) return;
    try {
      this.list = await this.store.list();
    } catch (error) {
      this.reportError(error);
    }
  }

  /** Shows why saving or reading failed; the work stays in memory. */
  reportError(error: unknown): void {
    this.status = 'error';
    this.error = storeMessage(error);
  }
}
