/**
 * What the shell around the views keeps: which dialog is open, whether the side
 * panels are folded away, and the two hooks other parts of the shell reach for
 * (the search box, for "/"; the picture of what is shown now, for the handout).
 */
import { contextValue } from '../../state/context';

export type ShellDialog = 'import' | 'scenarios' | 'slides' | 'share' | 'history' | null;

export class Shell {
  dialog: ShellDialog = $state(null);
  /** The side panels can be folded away, so the drawing gets the screen (a laptop at a workshop). */
  sidebar = $state(true);
  inspector = $state(true);
  /** Set by the toolbar: puts the cursor in the search box. */
  focusSearch: () => void = () => {};
  /** Set by the export menu: the picture of what is shown now, with title, legend and sources. */
  picture: () => string = () => '';

  open(dialog: ShellDialog): void {
    this.dialog = dialog;
  }

  close(): void {
    this.dialog = null;
  }
}

const context = contextValue<Shell>('shell');

export const setShell = context.set;
export const getShell = context.get;
