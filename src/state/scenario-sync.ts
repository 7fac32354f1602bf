/**
 * Several tabs on one scenario. The tab that edits it holds its Web Lock
 * (tab-lock.ts); another tab that opens it follows read-only, reloading the
 * stored scenario each time the editing tab says it wrote (BroadcastChannel),
 * and edits once the lock is handed over. Every tab hears when the list of
 * scenarios changed, and when the scenario it shows was deleted elsewhere.
 */
import type { LoadedScenario } from '../store/scenario-store';
import type { ScenarioState } from './scenario-state.svelte';
import { TabLock } from './tab-lock';

const CHANNEL = 'puentes-scenarios';

/** What one tab tells the others. */
export type Broadcast = { type: 'changed'; id: string } | { type: 'deleted'; id: string } | { type: 'listChanged' };

/** The Web Lock a tab holds while it edits scenario `id`. */
const lockName = (id: string) => `puentes:${id}`;

/** What tab sync needs from the scenarios state that owns it. */
export interface TabSyncHost {
  /** What is open here; its list is refreshed at every message from another tab. */
  readonly scenarios: Pick<ScenarioState, 'current' | 'readOnly' | 'refreshList'>;
  /** Another tab edits the scenario asked for: this tab follows read-only. */
  followReadOnly(): void;
  /**
   * Reads scenario `id` as stored and shows it in place of what this tab has
   * (another tab wrote it). Null when it is no longer the scenario open here,
   * or this tab edits it after all.
   */
  showStored(id: string): Promise<LoadedScenario | null>;
  /** The editing tab let go: this tab edits now, from the scenario as `showStored` just read it. */
  takeOver(loaded: LoadedScenario): void;
  /** The scenario open here was deleted in another tab. */
  deletedElsewhere(): void;
}

export class TabSync {
  #channel: BroadcastChannel | null = null;
  readonly #lock = new TabLock();
  #following: Promise<void> | null = null;
  #followAgain = false;

  constructor(private readonly host: TabSyncHost) {}

  /** Starts hearing other tabs (where the browser can: without BroadcastChannel every tab is on its own). */
  listen(): void {
    this.#channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    if (this.#channel) this.#channel.onmessage = (event: MessageEvent<Broadcast>) => void this.#onMessage(event.data);
  }

  /** Stops hearing other tabs and lets go of the lock. */
  close(): void {
    this.release();
    this.#channel?.close();
    this.#channel = null;
  }

  tell(message: Broadcast): void {
    this.#channel?.postMessage(message);
  }

  /** Takes the lock of scenario `id`, or follows read-only until the tab that holds it lets go. */
  take(id: string): void {
    this.#lock.take(lockName(id), {
      onReadOnly: () => this.host.followReadOnly(),
      onTakeOver: async () => {
        const loaded = await this.host.showStored(id);
        if (loaded) this.host.takeOver(loaded);
      },
    });
  }

  release(): void {
    this.#lock.release();
  }

  /** Whether some tab holds the lock of scenario `id` (edits it). */
  isHeld(id: string): Promise<boolean> {
    return TabLock.isHeld(lockName(id));
  }

  async #onMessage(message: Broadcast): Promise<void> {
    const { scenarios } = this.host;
    await scenarios.refreshList();
    if (message.type === 'listChanged' || !scenarios.current || message.id !== scenarios.current.id) return;
    if (message.type === 'deleted') return this.host.deletedElsewhere();
    // A newer write of the scenario shown here, from the tab that edits it: follow it.
    if (scenarios.readOnly) await this.#follow(message.id);
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
        const loaded = await this.host.showStored(id).catch(() => null);
        if (!loaded) return;
      } while (this.#followAgain);
    })().finally(() => (this.#following = null));
    return this.#following;
  }
}
