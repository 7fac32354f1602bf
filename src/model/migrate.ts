/**
 * Reading network files written by older versions of Puentes: each step
 * turns a file of one schemaVersion into the next, in memory, before
 * validation. Version 1 is the first released format, so the list of steps
 * is empty today; a change to the format adds a step here (with its test)
 * and bumps SCHEMA_VERSION.
 */
import type { Problem } from './types';

export interface NetworkMigration {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  describe: string;
  migrate: (file: Record<string, unknown>) => Record<string, unknown>;
}

export const NETWORK_MIGRATIONS: readonly NetworkMigration[] = [];

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
