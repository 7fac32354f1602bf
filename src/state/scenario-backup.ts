/**
 * Backups of the scenarios kept in this browser: the whole store as one JSON
 * file (unsaved work included), and importing one after a preview of what
 * it would add or change.
 */
import { makeBackup, previewImport, readBackup, type ImportPreview } from '../store/backup';
import type { ScenarioRecord } from '../store/records';
import type { Problem } from '../model/types';
import type { Scenarios } from './scenarios.svelte';

/** Every scenario as one JSON text, the open one as it is in memory (so a failing store loses nothing). */
export async function backupText(scenarios: Scenarios): Promise<string> {
  await scenarios.flush();
  const records = (await scenarios.store?.all().catch(() => [])) ?? [];
  const live = scenarios.liveRecord();
  if (live) {
    const at = records.findIndex((r) => r.id === live.id);
    if (at >= 0) records[at] = { ...records[at]!, network: live.network, view: live.view };
    else records.unshift(live);
  }
  return JSON.stringify(makeBackup(records), null, 2);
}

/** The file name of a backup made today. */
export function backupFileName(now = new Date()): string {
  return `puentes-backup-${now.toISOString().slice(0, 10)}.json`;
}

export interface BackupPreview {
  preview: ImportPreview;
  scenarios: ScenarioRecord[];
  problems: Problem[];
}

export function previewBackup(scenarios: Scenarios, text: string, fileName: string): BackupPreview {
  const read = readBackup(text, fileName);
  return { preview: previewImport(read.scenarios, scenarios.list), scenarios: read.scenarios, problems: read.problems };
}

/** Puts the backup's scenarios in the store (merge keeps the others, replace removes them), all or nothing. */
export async function importBackup(scenarios: Scenarios, records: ScenarioRecord[], mode: 'merge' | 'replace'): Promise<void> {
  const store = scenarios.store;
  if (!store) return;
  await scenarios.flush();
  try {
    await store.putAll(records, mode === 'replace');
  } catch (error) {
    scenarios.reportError(error);
    return;
  }
  await scenarios.refreshList();
  scenarios.announceListChanged();
  const current = scenarios.current;
  if (current && !scenarios.list.some((s) => s.id === current.id)) await scenarios.openSample('lima-2010');
  else if (current) await scenarios.open(current.id);
}
