/**
 * Undo and redo over edits, as pure functions on a history value. Each entry
 * keeps the edit and its exact inverse (from `applyEdit`), so undoing applies
 * the inverse and redoing applies the edit again.
 */
import { applyEdit, type Edit } from './edits';
import type { Network } from './types';

/** One undoable step; `L` is how the step is described (the interface keeps a message to say in the current language). */
export interface HistoryEntry<L = string> {
  edit: Edit;
  inverse: Edit;
  /** What the user did, for the undo button's tooltip. */
  label: L;
}

export interface History<L = string> {
  past: HistoryEntry<L>[];
  future: HistoryEntry<L>[];
}

export const EMPTY_HISTORY: History<never> = { past: [], future: [] };

/** How many steps are kept; older ones are forgotten. */
export const HISTORY_LIMIT = 500;

/** Applies an edit and records it; a new edit clears what could be redone. */
export function perform<L>(network: Network, history: History<L>, edit: Edit, label: L): { network: Network; history: History<L> } {
  const applied = applyEdit(network, edit);
  const past = [...history.past, { edit, inverse: applied.inverse, label }].slice(-HISTORY_LIMIT);
  return { network: applied.network, history: { past, future: [] } };
}

export function undo<L>(network: Network, history: History<L>): { network: Network; history: History<L> } | null {
  const entry = history.past.at(-1);
  if (!entry) return null;
  return {
    network: applyEdit(network, entry.inverse).network,
    history: { past: history.past.slice(0, -1), future: [entry, ...history.future] },
  };
}

export function redo<L>(network: Network, history: History<L>): { network: Network; history: History<L> } | null {
  const entry = history.future[0];
  if (!entry) return null;
  return {
    network: applyEdit(network, entry.edit).network,
    history: { past: [...history.past, entry], future: history.future.slice(1) },
  };
}
