/**
 * What the browser says about the storage the app uses: whether it is
 * persistent (not cleared under pressure) and how much is used. Persistence
 * is asked for once, after the user has saved work.
 */
import type { ScenarioStore } from '../store/scenario-store';

const PERSIST_ASKED = 'persistAsked';

export class StorageInfo {
  persisted: boolean | null = $state(null);
  usage: { usage: number; quota: number } | null = $state.raw(null);

  async refresh(): Promise<void> {
    if (typeof navigator === 'undefined' || !navigator.storage) return;
    this.persisted = (await navigator.storage.persisted?.().catch(() => null)) ?? null;
    const estimate = await navigator.storage.estimate?.().catch(() => null);
    this.usage = estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 } : null;
  }

  /** Asks once (remembered in the store) for persistent storage. */
  async askOnce(store: ScenarioStore): Promise<void> {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return;
    if (await store.getSetting<boolean>(PERSIST_ASKED).catch(() => true)) return;
    await store.setSetting(PERSIST_ASKED, true).catch(() => {});
    this.persisted = await navigator.storage.persist().catch(() => false);
    await this.refresh();
  }
}
