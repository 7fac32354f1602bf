/**
 * A backup is every scenario in one JSON file. Reading one checks its shape
 * and each scenario's network with the model's validation, and compares it
 * with what is stored, so the user sees what an import would change.
 */
import * as v from 'valibot';
import { parseNetwork } from '../model/validate';
import type { Problem } from '../model/types';
import type { ScenarioRecord, ScenarioSummary } from './records';

export const BACKUP_FORMAT = 'puentes-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  scenarios: ScenarioRecord[];
}

export function makeBackup(scenarios: ScenarioRecord[], now = new Date()): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), scenarios };
}

const ScenarioShape = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  name: v.string(),
  notes: v.optional(v.string(), ''),
  createdAt: v.number(),
  updatedAt: v.number(),
  revision: v.optional(v.number(), 0),
  origin: v.looseObject({ kind: v.string() }),
  network: v.unknown(),
  view: v.looseObject({}),
  slides: v.optional(v.array(v.looseObject({ id: v.string(), view: v.looseObject({}) }))),
});

const BackupShape = v.object({
  format: v.literal(BACKUP_FORMAT, 'is not a Puentes backup'),
  version: v.pipe(v.number(), v.maxValue(BACKUP_VERSION, `is newer than this version of Puentes reads (${BACKUP_VERSION})`)),
  exportedAt: v.string(),
  scenarios: v.array(v.unknown()),
});

export interface ReadBackup {
  scenarios: ScenarioRecord[];
  problems: Problem[];
}

/** Reads a backup file's text; never throws on user data. */
export function readBackup(text: string, fileName = 'backup.json'): ReadBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      scenarios: [],
      problems: [{ path: fileName, code: 'not-json', severity: 'error', message: `is not valid JSON: ${(error as Error).message}` }],
    };
  }
  const shell = v.safeParse(BackupShape, json);
  if (!shell.success) {
    return {
      scenarios: [],
      problems: shell.issues.map((issue) => ({
        path: `${fileName}: ${issue.path?.map((p) => p.key).join('.') ?? '(file)'}`,
        code: 'invalid' as const,
        severity: 'error' as const,
        message: issue.message,
      })),
    };
  }
  const scenarios: ScenarioRecord[] = [];
  const problems: Problem[] = [];
  shell.output.scenarios.forEach((item, i) => {
    const at = `${fileName}: scenarios[${i}]`;
    const shape = v.safeParse(ScenarioShape, item);
    if (!shape.success) {
      problems.push({
        path: at,
        code: 'invalid',
        severity: 'error',
        message: shape.issues.map((x) => `${x.path?.map((p) => p.key).join('.') ?? ''} ${x.message}`).join('; '),
      });
      return;
    }
    const { network, problems: networkProblems } = parseNetwork(shape.output.network);
    problems.push(...networkProblems.map((p) => ({ ...p, path: `${at}.network.${p.path}` })));
    if (!network) return;
    scenarios.push({ ...(shape.output as unknown as ScenarioRecord), network });
  });
  return { scenarios, problems };
}

export interface ImportPreview {
  /** In the backup, not stored. */
  added: string[];
  /** Stored, and different in the backup (it is newer, older, or edited elsewhere). */
  changed: string[];
  /** Stored and identical. */
  unchanged: string[];
  /** Stored, not in the backup: kept by a merge, deleted by a replace. */
  onlyStored: string[];
}

export function previewImport(incoming: ScenarioRecord[], stored: ScenarioSummary[]): ImportPreview {
  const storedById = new Map(stored.map((s) => [s.id, s]));
  const incomingIds = new Set(incoming.map((s) => s.id));
  const preview: ImportPreview = { added: [], changed: [], unchanged: [], onlyStored: [] };
  for (const scenario of incoming) {
    const current = storedById.get(scenario.id);
    if (!current) preview.added.push(scenario.name);
    else if (current.updatedAt === scenario.updatedAt) preview.unchanged.push(scenario.name);
    else preview.changed.push(scenario.name);
  }
  for (const s of stored) if (!incomingIds.has(s.id)) preview.onlyStored.push(s.name);
  return preview;
}
