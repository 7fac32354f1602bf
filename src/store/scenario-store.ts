/**
 * The local store of scenarios, in IndexedDB through idb. Every save is one
 * transaction that counts only once it has committed (`tx.done`); a failed
 * save leaves the previous version untouched and surfaces as a StoreError
 * saying why (quota, aborted, blocked …). Reads check each stored network
 * with the model's validation and report what they could not use.
 */
import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import { parseNetwork } from '../model/validate';
import type { Problem } from '../model/types';
import { DB_NAME, DB_VERSION, upgrade } from './migrations';
import { summarise, type ScenarioRecord, type ScenarioSummary } from './records';

export type StoreErrorKind = 'quota' | 'aborted' | 'blocked' | 'closed' | 'unavailable' | 'conflict' | 'unknown';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(`store: ${message}`);
    this.name = 'StoreError';
  }
}

function toStoreError(error: unknown, doing: string): StoreError {
  if (error instanceof StoreError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new StoreError('quota', `${doing}: the browser's storage for this site is full`, error);
  if (name === 'AbortError' || name === 'DataCloneError' || name === 'TransactionInactiveError') {
    return new StoreError('aborted', `${doing}: the write was cancelled (${name})`, error);
  }
  if (name === 'InvalidStateError') return new StoreError('closed', `${doing}: the database connection is closed`, error);
  return new StoreError('unknown', `${doing}: ${error instanceof Error ? error.message : String(error)}`, error);
}

/**
 * Waits for a write transaction's requests and its commit. If anything fails,
 * the transaction is aborted (so nothing of it is kept) and one StoreError
 * says why; no rejection is left unhandled.
 */
async function settle(tx: { done: Promise<void>; abort(): void }, queue: () => Promise<unknown>[], doing: string): Promise<void> {
  const done = tx.done;
  done.catch(() => {});
  try {
    // A value that cannot be stored throws as the request is made: that too aborts the whole write.
    const requests = queue();
    for (const request of requests) request.catch(() => {});
    await Promise.all(requests);
    await done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw toStoreError(error, doing);
  }
}

export interface StoreEvents {
  /** A newer version of the app wants to upgrade the database: flush, close, ask for a reload. */
  onBlocking?: () => void;
  /** An older tab keeps the database open, so this one cannot upgrade yet. */
  onBlocked?: () => void;
}

export interface LoadedScenario {
  record: ScenarioRecord | null;
  problems: Problem[];
}

export class ScenarioStore {
  private constructor(private db: IDBPDatabase<unknown>) {}

  static async open(name = DB_NAME, events: StoreEvents = {}): Promise<ScenarioStore> {
    if (typeof indexedDB === 'undefined') throw new StoreError('unavailable', 'this browser offers no IndexedDB');
    try {
      let store: ScenarioStore | null = null;
      const db = await openDB(name, DB_VERSION, {
        upgrade: (database, oldVersion, newVersion, tx) => upgrade(database, oldVersion, newVersion ?? DB_VERSION, tx as never),
        blocked: () => events.onBlocked?.(),
        blocking: () => {
          events.onBlocking?.();
          store?.close();
        },
      });
      store = new ScenarioStore(db);
      return store;
    } catch (error) {
      throw toStoreError(error, 'opening the local database');
    }
  }

  close(): void {
    this.db.close();
  }

  /** All scenarios, most recently changed first. */
  async list(): Promise<ScenarioSummary[]> {
    try {
      const records = (await this.db.getAllFromIndex('scenarios', 'byUpdated')) as ScenarioRecord[];
      return records.reverse().map(summarise);
    } catch (error) {
      throw toStoreError(error, 'listing scenarios');
    }
  }

  /** One scenario, its network checked by the model (older formats are read by the model's rules). */
  async get(id: string): Promise<LoadedScenario> {
    let raw: unknown;
    try {
      raw = await this.db.get('scenarios', id);
    } catch (error) {
      throw toStoreError(error, `reading scenario ${id}`);
    }
    if (!raw) return { record: null, problems: [] };
    const record = raw as ScenarioRecord;
    const { network, problems } = parseNetwork(record.network);
    const located = problems.map((p) => ({ ...p, path: `scenario "${record.name}": network.${p.path}` }));
    return { record: network ? { ...record, network } : null, problems: located };
  }

  /** Writes a scenario in one transaction; resolves only once it has committed. */
  async save(record: ScenarioRecord): Promise<void> {
    const tx = this.db.transaction('scenarios', 'readwrite');
    await settle(tx, () => [tx.objectStore('scenarios').put(record)], `saving "${record.name}"`);
  }

  /**
   * Saves only if the stored scenario is still at `expectedRevision` (or
   * absent), in one transaction, bumping the revision. Another tab's newer
   * save is never overwritten: it fails with a `conflict` StoreError.
   */
  async saveIfRevision(record: ScenarioRecord, expectedRevision: number): Promise<ScenarioRecord> {
    const tx = this.db.transaction('scenarios', 'readwrite');
    const store = tx.objectStore('scenarios');
    const saved = { ...record, revision: expectedRevision + 1 };
    const done = tx.done;
    done.catch(() => {});
    let stored: ScenarioRecord | undefined;
    try {
      stored = (await store.get(record.id)) as ScenarioRecord | undefined;
    } catch (error) {
      throw toStoreError(error, `saving "${record.name}"`);
    }
    if (stored && stored.revision !== expectedRevision) {
      tx.abort();
      throw new StoreError('conflict', `saving "${record.name}": another tab saved a newer version (revision ${stored.revision}, this tab has ${expectedRevision})`);
    }
    await settle(tx, () => [store.put(saved)], `saving "${record.name}"`);
    return saved;
  }

  async delete(id: string): Promise<void> {
    try {
      await this.db.delete('scenarios', id);
    } catch (error) {
      throw toStoreError(error, `deleting scenario ${id}`);
    }
  }

  /** Every scenario in full, for a backup. */
  async all(): Promise<ScenarioRecord[]> {
    try {
      return ((await this.db.getAllFromIndex('scenarios', 'byUpdated')) as ScenarioRecord[]).reverse();
    } catch (error) {
      throw toStoreError(error, 'reading all scenarios');
    }
  }

  /** Puts many scenarios in one transaction (a backup import): all or nothing. With `replace`, the others go. */
  async putAll(records: ScenarioRecord[], replace: boolean): Promise<void> {
    const tx = this.db.transaction('scenarios', 'readwrite');
    const store = tx.objectStore('scenarios');
    await settle(tx, () => [...(replace ? [store.clear()] : []), ...records.map((record) => store.put(record))], 'importing scenarios');
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    try {
      return (await this.db.get('meta', key)) as T | undefined;
    } catch (error) {
      throw toStoreError(error, `reading setting ${key}`);
    }
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    try {
      await this.db.put('meta', value, key);
    } catch (error) {
      throw toStoreError(error, `saving setting ${key}`);
    }
  }

  /** Deletes the whole local database (after the user confirmed). */
  static async wipe(name = DB_NAME): Promise<void> {
    await deleteDB(name);
  }
}
