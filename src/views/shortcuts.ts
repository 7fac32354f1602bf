/**
 * The keyboard shortcuts of the workspace: undo (Ctrl/Cmd+Z), redo
 * (Ctrl/Cmd+Shift+Z, Ctrl+Y), delete the selection (Delete, Backspace),
 * Escape (leave focus, stop drawing ties, clear the selection, in that order),
 * "/" to search, and "+", "−" and "0" to zoom in, out and fit everything in
 * view. Keys typed into a field are left to the field.
 */
import type { Session } from '../state/session.svelte';
import { NOTHING } from '../state/workspace.svelte';
import type { Shell } from './shell/shell.svelte';

export interface ShortcutActions {
  /** A dialog is open: its own keys apply. */
  blocked: () => boolean;
  undo: () => void;
  redo: () => void;
  deleteSelection: () => void;
  escape: () => void;
  search: () => void;
  zoom?: (step: 1 | -1) => void;
  fit?: () => void;
}

function typing(target: EventTarget | null): boolean {
  return (
    typeof HTMLElement !== 'undefined' &&
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

export function shortcutHandler(actions: ShortcutActions): (event: KeyboardEvent) => void {
  return (event) => {
    if (actions.blocked()) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    const inField = typing(event.target);
    if (mod && key === 'z' && !inField) {
      event.preventDefault();
      if (event.shiftKey) actions.redo();
      else actions.undo();
    } else if (mod && key === 'y' && !inField) {
      event.preventDefault();
      actions.redo();
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && !inField) {
      event.preventDefault();
      actions.deleteSelection();
    } else if (event.key === 'Escape') {
      actions.escape();
    } else if (event.key === '/' && !inField) {
      event.preventDefault();
      actions.search();
    } else if (!mod && !inField && (event.key === '+' || event.key === '=') && actions.zoom) {
      actions.zoom(1);
    } else if (!mod && !inField && event.key === '-' && actions.zoom) {
      actions.zoom(-1);
    } else if (!mod && !inField && event.key === '0' && actions.fit) {
      actions.fit();
    }
  };
}

/** The shortcuts of the workspace, acting on the session; the shell's dialogs block them. */
export function sessionShortcuts(
  { workspace, view, editor, viewport }: Pick<Session, 'workspace' | 'view' | 'editor' | 'viewport'>,
  shell: Pick<Shell, 'dialog' | 'record' | 'focusSearch'>,
): (event: KeyboardEvent) => void {
  return shortcutHandler({
    blocked: () => !!editor.dialog || !!shell.dialog || !!shell.record,
    undo: () => workspace.undo(),
    redo: () => workspace.redo(),
    deleteSelection: () => editor.deleteSelection(),
    escape: () => {
      if (view.focus) view.focus = null;
      else if (view.drawTies) view.drawTies = false;
      else workspace.select(NOTHING);
    },
    search: () => shell.focusSearch(),
    zoom: (step) => viewport.zoomable && viewport.zoom(step),
    fit: () => viewport.zoomable && viewport.fit(),
  });
}
