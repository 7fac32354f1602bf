/**
 * The editing commands of the interface: which form is open, and the actions
 * that turn a user's intent into one undoable edit with a readable label (a
 * message, said in whatever language is current when it is shown).
 */
import {
  addActor,
  addTie,
  removeActors,
  removeTies,
  updateActors,
  updateMeta,
  updateTies,
  type ActorPatch,
  type TiePatch,
} from '../model/edits';
import type { Answer } from '../model/informants';
import { addRecords } from '../model/records';
import type { Actor, Commitment, EngagementRecord, LocalizedText, Tie } from '../model/types';
import { message, type Arg, type Message } from '../text/translate';
import type { Workspace } from './workspace.svelte';
import type { ViewState } from './view.svelte';

export type EditDialog =
  | { kind: 'addActor' }
  | { kind: 'editActor'; id: string }
  | { kind: 'addTie'; source: string; target: string }
  | { kind: 'editTie'; id: string }
  | null;

/** "500 reuniones", "3 compromisos", "500 reuniones y 3 compromisos": what an import of records brings. */
export function recordCounts(engagements: number, commitments: number): Message {
  const e = message('import.engagementsCount', { count: engagements });
  const c = message('import.commitmentsCount', { count: commitments });
  if (engagements > 0 && commitments > 0) return message('import.recordsAnd', { engagements: e, commitments: c });
  return commitments > 0 ? c : e;
}

export class Editor {
  dialog: EditDialog = $state(null);

  /**
   * @param centreOn brings an actor into view (the session's viewport): a new actor is shown where the user can see
   *   it; by default nothing moves (tests, the command line).
   */
  constructor(
    private readonly workspace: Workspace,
    private readonly view: ViewState,
    private readonly centreOn: (id: string) => void = () => {},
  ) {}

  open(dialog: EditDialog): void {
    this.dialog = dialog;
  }

  close(): void {
    this.dialog = null;
  }

  /**
   * Engagements and commitments read from a file, added to the open scenario as one undoable step. False when
   * refused (read-only, a viewer's link, redaction on): the status line says why.
   */
  importRecords(engagements: EngagementRecord[], commitments: Commitment[]): boolean {
    const network = this.workspace.network;
    if (!network || engagements.length + commitments.length === 0) return false;
    const edits = [
      ...(engagements.length ? [addRecords(network, 'engagements', engagements)] : []),
      ...(commitments.length ? [addRecords(network, 'commitments', commitments)] : []),
    ];
    const label = message('import.recordsEdit', { what: recordCounts(engagements.length, commitments.length) });
    return this.workspace.perform(edits.length === 1 ? edits[0]! : { kind: 'batch', edits }, label);
  }

  #name(id: string): LocalizedText {
    const actor = this.workspace.actorsById.get(id);
    return actor ? (actor.shortName ?? actor.name) : id;
  }

  saveNewActor(actor: Actor): void {
    const network = this.workspace.network;
    if (!network) return;
    // Refused (read-only, a viewer's link, redaction on): the status line says why; nothing to select.
    if (!this.workspace.perform(addActor(network, actor), message('edit.addActor', { name: actor.shortName ?? actor.name }))) {
      return this.close();
    }
    this.workspace.selectActor(actor.id);
    this.centreOn(actor.id);
    this.close();
  }

  saveActor(id: string, patch: ActorPatch): void {
    const network = this.workspace.network;
    if (!network || Object.keys(patch).length === 0) return this.close();
    this.workspace.perform(updateActors(network, [id], patch), message('edit.editActor', { name: this.#name(id) }));
    this.close();
  }

  saveNewTie(tie: Tie): void {
    const network = this.workspace.network;
    if (!network) return;
    const label = message('edit.addTie', { source: this.#name(tie.source), target: this.#name(tie.target) });
    if (!this.workspace.perform(addTie(network, tie), label)) return this.close();
    this.workspace.selectTie(tie.id);
    this.close();
  }

  saveTie(id: string, patch: TiePatch): void {
    const network = this.workspace.network;
    const tie = this.workspace.tiesById.get(id);
    if (!network || !tie || Object.keys(patch).length === 0) return this.close();
    this.workspace.perform(
      updateTies(network, [id], patch),
      message('edit.editTie', { source: this.#name(tie.source), target: this.#name(tie.target) }),
    );
    this.close();
  }

  /**
   * Sets one field on one or many actors as a single undoable step. A value
   * the user sets rests on the record's basis, so a per-field basis the field
   * had (e.g. "assumed") is dropped with the old value.
   */
  setActorField<K extends keyof ActorPatch>(ids: string[], field: K, value: ActorPatch[K], fieldLabel: Arg): void {
    const network = this.workspace.network;
    if (!network || ids.length === 0) return;
    const edits = ids.map((id) => {
      const actor = this.workspace.actorsById.get(id);
      const patch: ActorPatch = { [field]: value };
      if (actor && field in actor.fieldBasis) {
        const fieldBasis = { ...actor.fieldBasis };
        delete fieldBasis[field as keyof typeof fieldBasis];
        patch.fieldBasis = fieldBasis;
      }
      return updateActors(network, [id], patch);
    });
    const label =
      ids.length === 1
        ? message('edit.cell', { field: fieldLabel, name: this.#name(ids[0]!) })
        : message('edit.bulk', { field: fieldLabel, count: ids.length });
    this.workspace.perform(edits.length === 1 ? edits[0]! : { kind: 'batch', edits }, label);
  }

  setTieField<K extends keyof TiePatch>(id: string, field: K, value: TiePatch[K], fieldLabel: Arg): void {
    const network = this.workspace.network;
    const tie = this.workspace.tiesById.get(id);
    if (!network || !tie) return;
    const patch: TiePatch = { [field]: value };
    if (field in tie.fieldBasis) {
      const fieldBasis = { ...tie.fieldBasis };
      delete fieldBasis[field as keyof typeof fieldBasis];
      patch.fieldBasis = fieldBasis;
    }
    const name = message('edit.tieName', { source: this.#name(tie.source), target: this.#name(tie.target) });
    this.workspace.perform(updateTies(network, [id], patch), message('edit.cell', { field: fieldLabel, name }));
  }

  /** Deletes the selected actors (with their ties) and ties, as one undoable step. */
  deleteSelection(): void {
    const network = this.workspace.network;
    const { actors, ties } = this.workspace.selection;
    if (!network || actors.length + ties.length === 0) return;
    const gone = new Set(actors);
    // Ties of deleted actors go with them; delete the others explicitly.
    const loneTies = ties.filter((id) => {
      const tie = this.workspace.tiesById.get(id);
      return tie && !gone.has(tie.source) && !gone.has(tie.target);
    });
    const edits = [...(actors.length ? [removeActors(actors)] : []), ...(loneTies.length ? [removeTies(loneTies)] : [])];
    // What informants said of a deleted actor goes with it (and comes back with it on undo): an actor added later
    // under the same id must not inherit another's answers.
    const mapping = network.mapping;
    if (mapping && actors.length > 0) {
      const about = (a: Answer) => (a.kind === 'tie' ? gone.has(a.source) || gone.has(a.target) : gone.has(a.actor));
      if (mapping.answers.some(about) || mapping.sessions.some((s) => actors.some((id) => s.board?.[id]))) {
        const sessions = mapping.sessions.map((s) =>
          s.board ? { ...s, board: Object.fromEntries(Object.entries(s.board).filter(([id]) => !gone.has(id))) } : s,
        );
        edits.push(updateMeta(network, { mapping: { sessions, answers: mapping.answers.filter((a) => !about(a)) } }));
      }
    }
    const counted = message('count.actors', { count: actors.length });
    const what =
      actors.length === 1 && loneTies.length === 0
        ? this.#name(actors[0]!)
        : loneTies.length > 0
          ? message('edit.actorsAndTies', { actors: counted, ties: message('count.ties', { count: loneTies.length }) })
          : counted;
    const label = actors.length > 0 ? message('edit.deleteActors', { what }) : message('edit.deleteTies', { count: loneTies.length });
    this.workspace.perform(edits.length === 1 ? edits[0]! : { kind: 'batch', edits }, label);
    if (this.view.focus && gone.has(this.view.focus.actor)) this.view.focus = null;
  }
}
