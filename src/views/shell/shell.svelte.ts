/**
 * What the shell around the views keeps: which dialog is open, whether the side
 * panels are folded away, and the two hooks other parts of the shell reach for
 * (the search box, for "/"; the picture of what is shown now, for the handout).
 */
import { contextValue } from '../../state/context';

export type ShellDialog = 'import' | 'scenarios' | 'slides' | 'share' | 'history' | null;

/**
 * An engagement record to enter or change: a new one (with the actors it starts with: the selection, the actor whose
 * details were open; a commitment may start at an engagement), or the one with `id`.
 */
export interface RecordDraft {
  field: 'engagements' | 'commitments' | 'incidents';
  id?: string;
  actors?: string[];
  engagement?: string;
}

export class Shell {
  dialog: ShellDialog = $state(null);
  /** The engagement record being entered or changed (views/records), over whatever else is shown. */
  record: RecordDraft | null = $state(null);
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

  /** Opens the form of an engagement, commitment or incident. */
  editRecord(draft: RecordDraft): void {
    this.record = draft;
  }
}

const context = contextValue<Shell>('shell');

export const setShell = context.set;
export const getShell = context.get;
