/**
 * What the scenario list does to saved scenarios other than opening them:
 * duplicate ("what if Socios Perú left?"), rename with notes, delete with
 * undo. Each is one store write, then the list (here and in other tabs) is
 * refreshed.
 */
import { message, type Message } from '../text/translate';
import type { ScenarioRecord } from '../store/records';
import { newId } from './scenario-opening.svelte';
import type { Scenarios } from './scenarios.svelte';

async function afterChange(scenarios: Scenarios): Promise<void> {
  await scenarios.refreshList();
  scenarios.announceListChanged();
}

export async function duplicateScenario(scenarios: Scenarios, id: string, name: string): Promise<void> {
  await scenarios.flush();
  const store = scenarios.store;
  const loaded = await store?.get(id);
  if (!store || !loaded?.record) return;
  const now = Date.now();
  const copy: ScenarioRecord = {
    ...structuredClone(loaded.record),
    id: newId(),
    name,
    createdAt: now,
    updatedAt: now,
    revision: 0,
    origin: { kind: 'copy', of: id },
  };
  try {
    await store.saveIfRevision(copy, 0);
    await afterChange(scenarios);
  } catch (error) {
    scenarios.reportError(error);
  }
}

/**
 * Renames a scenario and sets its notes. Only the tab that edits a scenario
 * may rename it: anywhere else the answer is a message saying where to do
 * it (null when renamed), never a "Saved" for a name that was dropped.
 */
export async function renameScenario(scenarios: Scenarios, id: string, name: string, notes?: string): Promise<Message | null> {
  const trimmed = name.trim();
  const store = scenarios.store;
  if (!trimmed || !store) return null;
  const current = scenarios.current;
  const refused = message('scenarios.renameRefused', {
    name: current?.id === id ? current.name : (scenarios.list.find((s) => s.id === id)?.name ?? id),
  });
  if (current?.id === id) {
    if (!scenarios.setDetails(trimmed, notes ?? current.notes)) return refused;
    await scenarios.saveWhole();
  } else {
    if (await scenarios.editedElsewhere(id)) return refused;
    const loaded = await store.get(id);
    if (!loaded.record) return null;
    try {
      await store.saveIfRevision(
        { ...loaded.record, name: trimmed, notes: notes ?? loaded.record.notes, updatedAt: Date.now() },
        loaded.record.revision,
      );
    } catch (error) {
      scenarios.reportError(error);
      return scenarios.error;
    }
  }
  await afterChange(scenarios);
  return null;
}

/**
 * Deletes a scenario; `undoDelete` brings it back until the next delete. A
 * tab that has it open is told, and may keep its copy as a new scenario.
 */
export async function deleteScenario(scenarios: Scenarios, id: string): Promise<void> {
  const store = scenarios.store;
  if (!store) return;
  if (scenarios.current?.id === id) await scenarios.flush();
  const loaded = await store.get(id);
  try {
    await store.delete(id);
  } catch (error) {
    scenarios.reportError(error);
    return;
  }
  scenarios.deleted = loaded.record;
  await scenarios.refreshList();
  scenarios.announceDeleted(id);
  if (scenarios.current?.id === id) await scenarios.openSample('lima-2010');
}

export async function undoDelete(scenarios: Scenarios): Promise<void> {
  const record = scenarios.deleted;
  const store = scenarios.store;
  if (!record || !store) return;
  try {
    await store.save(record);
    scenarios.deleted = null;
    await afterChange(scenarios);
  } catch (error) {
    scenarios.reportError(error);
  }
}
