/**
 * Backups of the scenarios kept in this browser: the whole store as one JSON
 * file (unsaved work included), protected with a passphrase if the user
 * wishes, and importing one after a preview of what it would add or change
 * (once its passphrase has opened it).
 */
import { looksEncrypted, readEnvelope } from '../io/encrypted-file';
import { makeBackup, previewImport, readBackup, type ImportPreview } from '../store/backup';
import type { ScenarioRecord } from '../store/records';
import type { Problem } from '../model/types';
import { encryption } from './encryption-runner';
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

/** Every scenario as one file protected with `passphrase`, encrypted in a worker. */
export async function encryptedBackupText(scenarios: Scenarios, passphrase: string): Promise<string> {
  return encryption.encrypt(await backupText(scenarios), passphrase);
}

/** The file name of a backup made today; `suffix` marks an encrypted one (`puentes-backup-2025-03-01-cifrado.json`). */
export function backupFileName(now = new Date(), suffix = ''): string {
  return `puentes-backup-${now.toISOString().slice(0, 10)}${suffix ? `-${suffix}` : ''}.json`;
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

/** A backup file chosen: its preview, or, when it is protected with a passphrase, the file to open first. */
export type ChosenBackup = ({ kind: 'preview' } & BackupPreview) | { kind: 'locked'; text: string; fileName: string };

/** Reads a chosen backup file; a protected one that is damaged is previewed with its problems, asking for nothing. */
export function chooseBackup(scenarios: Scenarios, text: string, fileName: string): ChosenBackup {
  if (!looksEncrypted(text)) return { kind: 'preview', ...previewBackup(scenarios, text, fileName) };
  const { problems } = readEnvelope(text, fileName);
  if (problems.length > 0) return { kind: 'preview', preview: previewImport([], []), scenarios: [], problems };
  return { kind: 'locked', text, fileName };
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
