import { beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../src/i18n/locale.svelte';
import type { Message } from '../../src/text/translate';
import type { Actor } from '../../src/model/types';
import { Editor } from '../../src/state/editor.svelte';
import { ViewState } from '../../src/state/view.svelte';
import { Workspace } from '../../src/state/workspace.svelte';
import { small } from '../analysis/fixtures';

beforeEach(() => locale.set('en'));

const said = (m: Message | null | undefined) => (m ? locale.say(m) : '');
const ids = (items: readonly { id: string }[] | undefined) => (items ?? []).map((x) => x.id);

/**
 * a — b — c, and d alone: ties t0 (a–b), t1 (b–c); names are the ids in
 * capitals. a's influence (3) is marked as assumed, though a is inferred.
 */
function setUp() {
  const workspace = new Workspace();
  workspace.load(small(['a', 'b', 'c', 'd'], ['a-b', 'b-c'], { a: { influence: 3, fieldBasis: { influence: 'assumed' } } }));
  const view = new ViewState();
  const centred: string[] = [];
  const editor = new Editor(workspace, view, (id) => centred.push(id));
  return { workspace, view, editor, centred };
}

describe('Editor', () => {
  it('adds an actor as one step, selects it, brings it into view and closes the form', () => {
    const { workspace, editor, centred } = setUp();
    const actor: Actor = { ...workspace.actorsById.get('d')!, id: 'e', name: 'Defensoría' };
    editor.open({ kind: 'addActor' });
    editor.saveNewActor(actor);
    expect(ids(workspace.network?.actors)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(workspace.selection.actors).toEqual(['e']);
    expect(centred).toEqual(['e']);
    expect(editor.dialog).toBeNull();
    expect(said(workspace.history.past.at(-1)?.label)).toBe('add Defensoría');
  });

  it('closes an edit form that changed nothing without making a step', () => {
    const { workspace, editor } = setUp();
    editor.open({ kind: 'editActor', id: 'a' });
    editor.saveActor('a', {});
    expect(editor.dialog).toBeNull();
    expect(workspace.canUndo).toBe(false);
  });

  it('sets a field on several actors as one undoable step, dropping the per-field basis the old value had', () => {
    const { workspace, editor } = setUp();
    editor.setActorField(['a', 'b'], 'influence', 5, 'influence');
    expect(workspace.actorsById.get('a')).toMatchObject({ influence: 5, fieldBasis: {} });
    expect(workspace.actorsById.get('b')?.influence).toBe(5);
    expect(workspace.history.past).toHaveLength(1);
    expect(said(workspace.undoLabel)).toBe('set influence for 2 actors');

    workspace.undo();
    expect(workspace.actorsById.get('a')).toMatchObject({ influence: 3, fieldBasis: { influence: 'assumed' } });
    expect(workspace.actorsById.get('b')?.influence).toBeNull();
  });

  it('deletes the selection as one step: the actors with their ties, and the other selected ties', () => {
    const { workspace, view, editor } = setUp();
    // a goes with t0; t1 (b–c) is selected on its own.
    workspace.select({ actors: ['a'], ties: ['t1'] });
    view.focus = { actor: 'a', steps: 1 };
    editor.deleteSelection();
    expect(ids(workspace.network?.actors)).toEqual(['b', 'c', 'd']);
    expect(ids(workspace.network?.ties)).toEqual([]);
    expect(workspace.history.past).toHaveLength(1);
    expect(said(workspace.undoLabel)).toBe('delete 1 actor and 1 tie');
    // The focus was on an actor that is gone.
    expect(view.focus).toBeNull();

    workspace.undo();
    expect(ids(workspace.network?.actors)).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(workspace.network?.ties)).toEqual(['t0', 't1']);
  });

  it('deletes what informants said of a deleted actor with it, and undo brings it back', () => {
    const { workspace, editor } = setUp();
    const mapping = {
      sessions: [
        {
          id: 's',
          question: '¿Quién?',
          linkTypes: [{ id: 'info', name: 'información', colour: '#1f77b4', tieType: 'information' as const }],
          goals: [],
          informants: [{ id: 'mesa', label: 'Mesa' }],
          board: { a: { x: 0.1, y: 0.1 }, b: { x: 0.2, y: 0.2 } },
        },
      ],
      answers: [
        { kind: 'influence' as const, session: 's', informant: 'mesa', actor: 'a', tower: 6 },
        { kind: 'tie' as const, session: 's', informant: 'mesa', source: 'a', target: 'b', linkType: 'info' },
        { kind: 'influence' as const, session: 's', informant: 'mesa', actor: 'b', tower: 2 },
      ],
    };
    workspace.load({ ...workspace.network!, mapping });
    workspace.selectActor('a');
    editor.deleteSelection();
    // Of a's answers (its tower, its link to b) and its card, nothing is left; b's tower and card stay.
    expect(workspace.network?.mapping?.answers).toEqual([mapping.answers[2]]);
    expect(workspace.network?.mapping?.sessions[0]?.board).toEqual({ b: { x: 0.2, y: 0.2 } });
    workspace.undo();
    expect(workspace.network?.mapping).toEqual(mapping);
  });

  it('deletes a single selected actor under its name', () => {
    const { workspace, editor } = setUp();
    workspace.selectActor('d');
    editor.deleteSelection();
    expect(said(workspace.undoLabel)).toBe('delete D');
  });
});

describe('Editor.importRecords', () => {
  const engagement = (id: string) => ({
    id,
    kind: 'meeting' as const,
    date: '2017-03',
    topic: `Meeting ${id}`,
    region: null,
    place: '',
    participants: [{ actor: 'a', role: 'attended' as const }],
    outcome: '',
    sources: [],
    basis: 'assumed' as const,
  });
  const commitment = {
    id: 'c1',
    what: 'Send the report',
    by: ['a'],
    to: [],
    status: 'pending' as const,
    history: [],
    evidence: '',
    sources: [],
    basis: 'assumed' as const,
  };

  it('adds engagements and commitments as one step that one undo takes back', () => {
    const { workspace, editor } = setUp();
    const steps = workspace.history.past.length;
    expect(editor.importRecords([engagement('e1'), engagement('e2')], [commitment])).toBe(true);
    expect(ids(workspace.network?.engagements)).toEqual(['e1', 'e2']);
    expect(ids(workspace.network?.commitments)).toEqual(['c1']);
    expect(workspace.history.past.length).toBe(steps + 1);
    expect(said(workspace.history.past.at(-1)?.label)).toBe('Import 2 engagements and 1 commitment');
    workspace.undo();
    expect(workspace.network?.engagements ?? []).toEqual([]);
    expect(workspace.network?.commitments ?? []).toEqual([]);
  });

  it('says only what there is, and adds nothing when there is nothing', () => {
    const { workspace, editor } = setUp();
    expect(editor.importRecords([], [])).toBe(false);
    editor.importRecords([engagement('e1')], []);
    expect(said(workspace.history.past.at(-1)?.label)).toBe('Import 1 engagement');
  });
});
