/**
 * The open workspace: which network is open, the edit history, the problems
 * found when reading it, and the selection. Views read the network (replaced
 * whole on every edit, so `$state.raw`) and the selection. No graph is kept
 * here: the analysis worker builds the one it computes on, off this thread
 * (a Graphology graph of 20,000 actors takes half a second to build, and
 * nothing on this thread needs more than an actor's ties).
 */
import { applyEdit, type Edit } from '../model/edits';
import { EMPTY_HISTORY, perform, redo, undo, type History } from '../model/history';
import type { Actor, Network, Problem, Tie } from '../model/types';
import { parseNetwork } from '../model/validate';
import { message, type Message } from '../text/translate';
import { loadSample, type SampleId } from './samples';

/** The selected actors and ties; several with shift-click or a box. */
export interface Selection {
  actors: string[];
  ties: string[];
}
export const NOTHING: Selection = { actors: [], ties: [] };

export type LoadStatus = 'loading' | 'ready' | 'failed';

export class Workspace {
  sampleId: SampleId = $state('lima-2010');
  status: LoadStatus = $state('loading');
  network: Network | null = $state.raw(null);
  problems: Problem[] = $state.raw([]);
  selection: Selection = $state.raw(NOTHING);
  /** The undo history; each step is described by a message, said when shown. */
  history: History<Message> = $state.raw(EMPTY_HISTORY);
  /** Counts the networks opened, so views know when to lay out afresh rather than follow an edit. */
  opened = $state(0);
  /** True while another tab holds this scenario for editing: this tab only follows. */
  readOnly = $state(false);
  /**
   * The last thing done or undone, for a status line read by screen readers:
   * a message, said in the language current when it is shown (`locale.say`).
   */
  lastAction: Message | null = $state.raw(null);
  /** Set when an edit was refused because this tab is read-only; the banner says so. */
  refused = $state(false);
  /** A redaction profile is on: what is shown is not the network itself, so it is not edited. */
  redacted = $state(false);
  /** Told of every edit applied (an edit, or what an undo or redo applied), as it is applied: the save path writes it at once. */
  onApplied: ((edit: Edit) => void) | null = null;
  /** A shared map opened from a viewer's link: it is read, never changed here. */
  viewOnly = $state(false);
  /** Told of each edit made here (not those applied from elsewhere), with the network before and after it. */
  onLocalEdit: ((before: Network, after: Network) => void) | null = null;
  /**
   * In a shared map, undo and redo are each person's own (a Y.UndoManager): they go there, and what they change
   * comes back as a change from elsewhere. Each returns whether there was something to undo or redo.
   */
  undoer: { undo(): boolean; redo(): boolean } | null = null;

  actorsById: Map<string, Actor> = $derived(new Map((this.network?.actors ?? []).map((a) => [a.id, a])));
  tiesById: Map<string, Tie> = $derived(new Map((this.network?.ties ?? []).map((t) => [t.id, t])));
  canUndo = $derived(this.history.past.length > 0);
  canRedo = $derived(this.history.future.length > 0);
  undoLabel: Message | null = $derived(this.history.past.at(-1)?.label ?? null);
  redoLabel: Message | null = $derived(this.history.future[0]?.label ?? null);

  #request = 0;

  /** Opens a sample network; a later call wins over an earlier one still loading. */
  async openSample(id: SampleId): Promise<void> {
    const request = ++this.#request;
    this.sampleId = id;
    this.status = 'loading';
    let raw: unknown;
    try {
      raw = await loadSample(id);
    } catch {
      if (request === this.#request) this.status = 'failed';
      return;
    }
    if (request !== this.#request) return;
    const { network, problems } = parseNetwork(raw);
    this.load(network, problems);
  }

  /** Shows a network that was read elsewhere (a saved scenario, an import), with a fresh history. */
  load(network: Network | null, problems: Problem[] = []): void {
    // For the benchmarks: when a network reached the page (performance.getEntriesByName).
    globalThis.performance?.mark?.('puentes:network-loaded');
    ++this.#request;
    this.refused = false;
    this.problems = problems;
    this.history = EMPTY_HISTORY;
    this.selection = NOTHING;
    this.#setNetwork(network);
    this.opened++;
    this.status = network ? 'ready' : 'failed';
  }

  /** Replaces the network with another tab's newer save, keeping this tab's view; the history no longer applies. */
  follow(network: Network): void {
    this.history = EMPTY_HISTORY;
    this.#setNetwork(network);
  }

  #setNetwork(network: Network | null): void {
    this.network = network;
    // Drop from the selection whatever the change removed.
    const { actors, ties } = this.selection;
    const keptActors = actors.filter((id) => network?.actors.some((a) => a.id === id));
    const keptTies = ties.filter((id) => network?.ties.some((t) => t.id === id));
    if (keptActors.length !== actors.length || keptTies.length !== ties.length) this.selection = { actors: keptActors, ties: keptTies };
  }

  /** Says (in the banner and to screen readers) that this tab is read-only and the change was not made. */
  refuse(): void {
    this.refused = true;
    this.lastAction = message('save.readOnlyRefused');
  }

  /** May this tab change the network? If not, says why. */
  #mayEdit(): this is { network: Network } {
    if (!this.network) return false;
    if (this.readOnly) {
      this.refuse();
      return false;
    }
    if (this.redacted) {
      this.lastAction = message('present.editRefused');
      return false;
    }
    if (this.viewOnly) {
      this.lastAction = message('share.viewOnlyRefused');
      return false;
    }
    return true;
  }

  /**
   * Applies an edit made elsewhere (another person of a shared map, or an undo there), in place: no step of this
   * tab's history, but saved as any edit is.
   */
  applyRemote(edit: Edit): void {
    if (!this.network) return;
    this.#setNetwork(applyEdit(this.network, edit).network);
    this.onApplied?.(edit);
  }

  /**
   * Applies an edit as one undoable step, described by `label` (for the undo button and the status line). False
   * when it was refused (read-only, a viewing link, redaction on): the status line says why.
   */
  perform(edit: Edit, label: Message): boolean {
    if (!this.#mayEdit()) return false;
    const before = this.network;
    const next = perform(this.network, this.history, edit, label);
    this.history = next.history;
    this.#setNetwork(next.network);
    this.lastAction = label;
    this.onApplied?.(edit);
    this.onLocalEdit?.(before, next.network);
    return true;
  }

  undo(): void {
    if (!this.#mayEdit()) return;
    const entry = this.history.past.at(-1);
    if (this.undoer) {
      if (!entry || !this.undoer.undo()) return;
      this.history = { past: this.history.past.slice(0, -1), future: [entry, ...this.history.future] };
      this.lastAction = message('status.undone', { what: entry.label });
      return;
    }
    const next = undo(this.network, this.history);
    if (!next || !entry) return;
    this.history = next.history;
    this.#setNetwork(next.network);
    this.lastAction = message('status.undone', { what: entry.label });
    this.onApplied?.(entry.inverse);
  }

  redo(): void {
    if (!this.#mayEdit()) return;
    const entry = this.history.future[0];
    if (this.undoer) {
      if (!entry || !this.undoer.redo()) return;
      this.history = { past: [...this.history.past, entry], future: this.history.future.slice(1) };
      this.lastAction = message('status.redone', { what: entry.label });
      return;
    }
    const next = redo(this.network, this.history);
    if (!next || !entry) return;
    this.history = next.history;
    this.#setNetwork(next.network);
    this.lastAction = message('status.redone', { what: entry.label });
    this.onApplied?.(entry.edit);
  }

  select(selection: Selection): void {
    this.#setSelection(selection);
  }

  selectActor(id: string): void {
    this.#setSelection({ actors: [id], ties: [] });
  }

  selectTie(id: string): void {
    this.#setSelection({ actors: [], ties: [id] });
  }

  /** Adds or removes one element from the selection (shift-click). */
  toggle(kind: 'actors' | 'ties', id: string): void {
    const list = this.selection[kind];
    const next = list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
    this.#setSelection({ ...this.selection, [kind]: next });
  }

  /** Changes the selection and says what is selected now on the status line (read by screen readers). */
  #setSelection(selection: Selection): void {
    const same = selection.actors.join() === this.selection.actors.join() && selection.ties.join() === this.selection.ties.join();
    this.selection = selection;
    if (!same) this.lastAction = this.#describeSelection();
  }

  #describeSelection(): Message | null {
    const { actors, ties } = this.selection;
    const name = (id: string) => this.actorsById.get(id)?.name ?? id;
    if (actors.length === 1 && ties.length === 0) {
      const id = actors[0]!;
      return message('status.selectedActor', { name: name(id), count: this.tiesOf(id).length });
    }
    if (ties.length === 1 && actors.length === 0) {
      const tie = this.tiesById.get(ties[0]!);
      return tie ? message('status.selectedTie', { source: name(tie.source), target: name(tie.target) }) : null;
    }
    if (actors.length + ties.length === 0) return message('status.selectedNone');
    return message('status.selectedMany', {
      actors: message('count.actors', { count: actors.length }),
      ties: message('count.ties', { count: ties.length }),
    });
  }

  /** The ties of an actor, in file order. */
  tiesOf(actorId: string): Tie[] {
    return (this.network?.ties ?? []).filter((t) => t.source === actorId || t.target === actorId);
  }
}

export const workspace = new Workspace();
