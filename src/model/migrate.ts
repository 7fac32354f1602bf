/**
 * Reading network files written by older versions of Puentes: each step
 * turns a file of one schemaVersion into the next, in memory, before
 * validation. A change to the format adds a step here (with its test, on a
 * fixture file written by the older version) and bumps SCHEMA_VERSION.
 */
import type { Problem } from './types';

export interface NetworkMigration {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  describe: string;
  migrate: (file: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Version 1 → 2. Version 2 lets names, notes, locators and roles be
 * `{es, en}` (plain text stays valid) and lets a tie's strength be `null`,
 * "not assessed". In version 1 a tie without a strength meant strength 1, so
 * that default is written out; nothing else changes meaning.
 */
const strengthDefaultWrittenOut: NetworkMigration = {
  from: 1,
  describe: 'ties without a strength keep the version-1 default of 1; names and notes may now be bilingual',
  migrate: (file) => {
    if (!Array.isArray(file.ties)) return file;
    const ties = file.ties.map((tie: unknown) =>
      typeof tie === 'object' && tie !== null && !Array.isArray(tie) && (tie as Record<string, unknown>).strength === undefined
        ? { ...(tie as Record<string, unknown>), strength: 1 }
        : tie,
    );
    return { ...file, ties };
  },
};

/**
 * Version 2 → 3. Version 3 adds engagement records (engagements, commitments, incidents) beside the actors and ties.
 * A version-2 file has none, and nothing it holds changes meaning, so the step only says so.
 */
const recordsAdded: NetworkMigration = {
  from: 2,
  describe: 'engagements, commitments and incidents may now be recorded; this file has none',
  migrate: (file) => file,
};

export const NETWORK_MIGRATIONS: readonly NetworkMigration[] = [strengthDefaultWrittenOut, recordsAdded];

/**
 * Brings a parsed file up to `target` through the steps; returns it as is
 * when it is current, newer, or has no version (validation reports those).
 */
export function migrateNetwork(
  input: unknown,
  target: number,
  steps: readonly NetworkMigration[] = NETWORK_MIGRATIONS,
): { value: unknown; notes: Problem[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { value: input, notes: [] };
  let file = input as Record<string, unknown>;
  const notes: Problem[] = [];
  let version = file.schemaVersion;
  while (typeof version === 'number' && version < target) {
    const step = steps.find((s) => s.from === version);
    if (!step) break;
    file = { ...step.migrate(file), schemaVersion: version + 1 };
    notes.push({
      path: 'schemaVersion',
      code: 'unsupported-version',
      severity: 'warning',
      message: `was ${version}; read as version ${version + 1} (${step.describe})`,
    });
    version = version + 1;
  }
  return { value: file, notes };
}
