/**
 * The local store of scenarios, in IndexedDB through idb. Every save is one
 * transaction that counts only once it has committed (`tx.done`); a failed
 * save leaves the previous version untouched and surfaces as a StoreError
 * saying why (quota, aborted, blocked …). Reads check each stored network
 * with the model's validation and report what they could not use.
 *
 * An edit is written the moment it is made, as one journal entry in a
 * transaction started and committed synchronously (`appendNow`), so a
 * browser killed a few milliseconds later still has it. Reading a scenario
 * replays its journal over the stored record; every write of a whole record
 * clears that scenario's journal in the same transaction.
 */
import { deleteDB, openDB, unwrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { applyEdit } from '../model/edits';
import { parseNetwork } from '../model/validate';
import type { Network, Problem } from '../model/types';
import { DB_NAME, DB_VERSION, upgrade } from './migrations';
import { summarise, type ComparisonRecord, type JournalEntry, type ScenarioRecord, type ScenarioSummary } from './records';

export type StoreErrorKind = 'quota' | 'aborted' | 'blocked' | 'closed' | 'unavailable' | 'conflict' | 'deleted' | 'unknown';

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
  /** How many journal entries were replayed over the stored record (0 when it is up to date). */
  replayed: number;
}

type WriteTx = IDBPTransaction<unknown, string[], 'readwrite'>;

/** Queues, on a write transaction, the deletion of every journal entry of a scenario. */
async function clearJournal(tx: WriteTx, id: string): Promise<void> {
  const journal = tx.objectStore('journal');
  const keys = await journal.index('byScenario').getAllKeys(id);
  await Promise.all(keys.map((key) => journal.delete(key)));
}

/** The stores a scenario's whole write touches: the record, its summary (what the list reads) and its journal. */
const SCENARIO_STORES = ['scenarios', 'summaries', 'journal'];

/** Queues, on a write transaction, a scenario's record and its summary. */
function putScenario(tx: WriteTx, record: ScenarioRecord): Promise<unknown>[] {
  return [tx.objectStore('scenarios').put(record), tx.objectStore('summaries').put(summarise(record))];
}

/** Replays journal entries over a stored record; an entry that no longer applies stops the replay, with a problem. */
function replay(record: ScenarioRecord, network: Network, entries: JournalEntry[]): { record: ScenarioRecord; problems: Problem[] } {
  let next = { ...record, network };
  const problems: Problem[] = [];
  for (const [index, entry] of entries.entries()) {
    // A view entry without boundaries keeps the ones written before (they are written only when they change).
    if (entry.kind === 'view')
      next = { ...next, view: 'boundaries' in entry.view ? entry.view : { ...entry.view, boundaries: next.view.boundaries ?? null } };
    else if (entry.kind === 'details') next = { ...next, name: entry.name, notes: entry.notes };
    else if (entry.kind === 'slides') next = { ...next, slides: entry.slides };
    else {
      try {
        next = { ...next, network: applyEdit(next.network, entry.edit).network };
      } catch (error) {
        const when = new Date(entry.at).toISOString();
        const after = entries.length - index - 1;
        problems.push({
          severity: 'error',
          code: 'invalid',
          path: `scenario "${record.name}": journal[${index}]`,
          message: `an edit made at ${when} no longer applies and was left out, with the ${after} after it (${error instanceof Error ? error.message : String(error)})`,
          messageEs: `una edición hecha el ${when} ya no se puede aplicar y se dejó fuera, con las ${after} siguientes`,
        });
        break;
      }
    }
    next.updatedAt = Math.max(next.updatedAt, entry.at);
  }
  return { record: next, problems };
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
      return ((await this.db.getAllFromIndex('summaries', 'byUpdated')) as ScenarioSummary[]).reverse();
    } catch (error) {
      throw toStoreError(error, 'listing scenarios');
    }
  }

  /**
   * One scenario with its journal replayed, its network checked by the model
   * (older formats are read by the model's rules).
   */
  async get(id: string): Promise<LoadedScenario> {
    let raw: unknown;
    let entries: JournalEntry[];
    try {
      const tx = this.db.transaction(['scenarios', 'journal']);
      [raw, entries] = await Promise.all([
        tx.objectStore('scenarios').get(id),
        tx.objectStore('journal').index('byScenario').getAll(id) as Promise<JournalEntry[]>,
      ]);
    } catch (error) {
      throw toStoreError(error, `reading scenario ${id}`);
    }
    if (!raw) return { record: null, problems: [], replayed: 0 };
    const stored = raw as ScenarioRecord;
    const { network, problems } = parseNetwork(stored.network);
    const located = problems.map((p) => ({ ...p, path: `scenario "${stored.name}": network.${p.path}` }));
    if (!network) return { record: null, problems: located, replayed: 0 };
    const replayed = replay(stored, network, entries);
    return { record: replayed.record, problems: [...located, ...replayed.problems], replayed: entries.length };
  }

  /**
   * Writes one journal entry in a transaction started, and asked to commit,
   * before this returns: nothing is awaited first, so an edit made just
   * before the page is killed or closed is already on its way to disk. The
   * promise says when it has committed, or why it failed.
   */
  appendNow(entry: JournalEntry): Promise<void> {
    return this.#writeNow(['journal'], (stores) => stores.journal!.add(entry), `saving an edit`);
  }

  /** Writes a whole new scenario, and which scenario is open, the same synchronous way as `appendNow`. */
  createNow(record: ScenarioRecord, lastOpenKey: string): Promise<void> {
    return this.#writeNow(
      ['scenarios', 'summaries', 'meta'],
      (stores) => {
        stores.scenarios!.put(record);
        stores.summaries!.put(summarise(record));
        stores.meta!.put(record.id, lastOpenKey);
      },
      `saving "${record.name}"`,
    );
  }

  #writeNow(names: string[], write: (stores: Record<string, IDBObjectStore>) => void, doing: string): Promise<void> {
    let tx: IDBTransaction;
    try {
      tx = unwrap(this.db).transaction(names, 'readwrite');
      write(Object.fromEntries(names.map((name) => [name, tx.objectStore(name)])));
      tx.commit?.();
    } catch (error) {
      return Promise.reject(toStoreError(error, doing));
    }
    return new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(toStoreError(tx.error ?? new DOMException('aborted', 'AbortError'), doing));
      tx.onerror = (event) => event.preventDefault();
    });
  }

  /** Writes a scenario (its journal folded in) in one transaction; resolves only once it has committed. */
  async save(record: ScenarioRecord): Promise<void> {
    const tx = this.db.transaction(SCENARIO_STORES, 'readwrite');
    await settle(tx, () => [...putScenario(tx, record), clearJournal(tx, record.id)], `saving "${record.name}"`);
  }

  /**
   * Saves the whole record, with its journal folded in, only if the stored
   * scenario is still at `expectedRevision`, in one transaction, bumping the
   * revision. Another tab's newer save is never overwritten (a `conflict`
   * StoreError), and a scenario deleted meanwhile is not brought back (a
   * `deleted` one). Revision 0 means a new scenario.
   */
  async saveIfRevision(record: ScenarioRecord, expectedRevision: number): Promise<ScenarioRecord> {
    const tx = this.db.transaction(SCENARIO_STORES, 'readwrite');
    const saved = { ...record, revision: expectedRevision + 1 };
    const done = tx.done;
    done.catch(() => {});
    // The stored revision, from the summary: reading the whole record to check it took seconds at 20,000 actors.
    let stored: ScenarioSummary | undefined;
    try {
      stored = (await tx.objectStore('summaries').get(record.id)) as ScenarioSummary | undefined;
    } catch (error) {
      throw toStoreError(error, `saving "${record.name}"`);
    }
    if (!stored && expectedRevision > 0) {
      tx.abort();
      throw new StoreError('deleted', `saving "${record.name}": the scenario was deleted (in another tab)`);
    }
    if (stored && stored.revision !== expectedRevision) {
      tx.abort();
      throw new StoreError(
        'conflict',
        `saving "${record.name}": another tab saved a newer version (revision ${stored.revision}, this tab has ${expectedRevision})`,
      );
    }
    await settle(tx, () => [...putScenario(tx, saved), clearJournal(tx, record.id)], `saving "${record.name}"`);
    return saved;
  }

  /** Deletes a scenario and its journal. */
  async delete(id: string): Promise<void> {
    const tx = this.db.transaction(SCENARIO_STORES, 'readwrite');
    await settle(
      tx,
      () => [tx.objectStore('scenarios').delete(id), tx.objectStore('summaries').delete(id), clearJournal(tx, id)],
      `deleting scenario ${id}`,
    );
  }

  /** Every scenario in full, for a backup, each with its journal replayed. */
  async all(): Promise<ScenarioRecord[]> {
    let ids: string[];
    try {
      ids = ((await this.db.getAllKeysFromIndex('scenarios', 'byUpdated')) as string[]).reverse();
    } catch (error) {
      throw toStoreError(error, 'reading all scenarios');
    }
    const loaded = await Promise.all(ids.map((id) => this.get(id)));
    return loaded.flatMap((l) => (l.record ? [l.record] : []));
  }

  /** Puts many scenarios in one transaction (a backup import): all or nothing. With `replace`, the others go. */
  async putAll(records: ScenarioRecord[], replace: boolean): Promise<void> {
    const tx = this.db.transaction(SCENARIO_STORES, 'readwrite');
    await settle(
      tx,
      () => [
        ...(replace ? SCENARIO_STORES.map((name) => tx.objectStore(name).clear()) : records.map((record) => clearJournal(tx, record.id))),
        ...records.flatMap((record) => putScenario(tx, record)),
      ],
      'importing scenarios',
    );
  }

  async getComparison(id: string): Promise<ComparisonRecord | undefined> {
    try {
      return (await this.db.get('comparisons', id)) as ComparisonRecord | undefined;
    } catch (error) {
      throw toStoreError(error, `reading comparison ${id}`);
    }
  }

  async putComparison(record: ComparisonRecord): Promise<void> {
    const tx = this.db.transaction('comparisons', 'readwrite');
    await settle(tx, () => [tx.objectStore('comparisons').put(record)], `saving comparison ${record.id}`);
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
