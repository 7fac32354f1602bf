/**
 * The database schema as a list of small steps, one per version. Opening the
 * database runs, inside the upgrade transaction and in order, every step
 * above the version found. A step only queues requests on the upgrade
 * transaction (never awaits anything else), so the upgrade stays atomic.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { summarise, type ScenarioRecord } from './records';

export const DB_NAME = 'puentes';

export interface Migration {
  version: number;
  describe: string;
  migrate: (db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    describe: 'scenarios, keyed by id',
    migrate: (db) => {
      db.createObjectStore('scenarios', { keyPath: 'id' });
    },
  },
  {
    version: 2,
    describe: 'settings store; scenarios indexed by last change; every scenario gets notes and a revision',
    migrate: (db, tx) => {
      db.createObjectStore('meta');
      const scenarios = tx.objectStore('scenarios');
      scenarios.createIndex('byUpdated', 'updatedAt');
      // Version 1 rows had no notes and no revision: fill them in, row by row, inside this transaction.
      const fill = (cursor: Awaited<ReturnType<typeof scenarios.openCursor>>): void => {
        if (!cursor) return;
        const value = cursor.value as Record<string, unknown>;
        if (typeof value.notes !== 'string' || typeof value.revision !== 'number') {
          void cursor.update({
            ...value,
            notes: typeof value.notes === 'string' ? value.notes : '',
            revision: typeof value.revision === 'number' ? value.revision : 0,
          });
        }
        void cursor.continue().then(fill);
      };
      void scenarios.openCursor().then(fill);
    },
  },
  {
    version: 3,
    describe: 'a journal of edits, each written the moment it is made and folded into its scenario later',
    migrate: (db) => {
      const journal = db.createObjectStore('journal', { keyPath: 'seq', autoIncrement: true });
      journal.createIndex('byScenario', 'scenarioId');
    },
  },
  {
    version: 4,
    describe: 'comparisons: which two networks were compared and how their actors were matched by hand',
    migrate: (db) => {
      db.createObjectStore('comparisons', { keyPath: 'id' });
    },
  },
  {
    version: 5,
    describe: "each scenario's summary (name, dates, revision, counts) in a store of its own, so listing reads no network",
    migrate: (db, tx) => {
      db.createObjectStore('summaries', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
      const summaries = tx.objectStore('summaries');
      const scenarios = tx.objectStore('scenarios');
      // Step 2's filling of notes and revisions may not have reached a row yet: the same defaults here.
      const fill = (cursor: Awaited<ReturnType<typeof scenarios.openCursor>>): void => {
        if (!cursor) return;
        const value = cursor.value as ScenarioRecord;
        void summaries.put({
          ...summarise(value),
          notes: typeof value.notes === 'string' ? value.notes : '',
          revision: typeof value.revision === 'number' ? value.revision : 0,
        });
        void cursor.continue().then(fill);
      };
      void scenarios.openCursor().then(fill);
    },
  },
];

/** The version this build of the app writes. */
export const DB_VERSION = MIGRATIONS.at(-1)!.version;

/** Runs the steps from `oldVersion` (exclusive) up to `newVersion` (inclusive). */
export function upgrade(
  db: IDBPDatabase<unknown>,
  oldVersion: number,
  newVersion: number,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
  steps: readonly Migration[] = MIGRATIONS,
): void {
  for (const step of steps) if (step.version > oldVersion && step.version <= newVersion) step.migrate(db, tx);
}
