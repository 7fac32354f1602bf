import { beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../src/i18n/locale.svelte';
import { message, type Message } from '../../src/text/translate';
import { removeActors, type Edit } from '../../src/model/edits';
import { parseNetwork } from '../../src/model/validate';
import { loadSample } from '../../src/state/samples';
import { Workspace } from '../../src/state/workspace.svelte';
import { small } from '../analysis/fixtures';

beforeEach(() => locale.set('en'));

const said = (m: Message | null) => (m ? locale.say(m) : '');
const ids = (items: readonly { id: string }[] | undefined) => (items ?? []).map((x) => x.id);

/** a — b — c: ties t0 (a–b) and t1 (b–c); names are the ids in capitals. */
function abc(): Workspace {
  const workspace = new Workspace();
  workspace.load(small(['a', 'b', 'c'], ['a-b', 'b-c']));
  return workspace;
}

describe('Workspace.perform, undo and redo', () => {
  it('applies an edit as one undoable step, and tells the save path of every edit applied, an undo’s inverse included', () => {
    const workspace = abc();
    const applied: Edit[] = [];
    workspace.onApplied = (edit) => applied.push(edit);
    const label = message('edit.deleteActors', { what: 'B' });

    workspace.perform(removeActors(['b']), label);
    // b's two ties go with it.
    expect(ids(workspace.network?.actors)).toEqual(['a', 'c']);
    expect(ids(workspace.network?.ties)).toEqual([]);
    expect(workspace.canUndo).toBe(true);
    expect(workspace.undoLabel).toEqual(label);
    expect(said(workspace.lastAction)).toBe('delete B');
    expect(applied).toEqual([removeActors(['b'])]);

    workspace.undo();
    expect(ids(workspace.network?.actors)).toEqual(['a', 'b', 'c']);
    expect(ids(workspace.network?.ties)).toEqual(['t0', 't1']);
    expect(said(workspace.lastAction)).toBe('Undone: delete B');
    expect(applied[1]).toEqual(workspace.history.future[0]!.inverse);
    expect(workspace.canRedo).toBe(true);

    workspace.redo();
    expect(ids(workspace.network?.actors)).toEqual(['a', 'c']);
    expect(applied[2]).toEqual(removeActors(['b']));
    expect(applied).toHaveLength(3);
  });

  it('drops from the selection what an edit removes', () => {
    const workspace = abc();
    workspace.select({ actors: ['a', 'b'], ties: ['t1'] });
    workspace.perform(removeActors(['b']), message('edit.deleteActors', { what: 'B' }));
    expect(workspace.selection).toEqual({ actors: ['a'], ties: [] });
  });

  it('refuses edits in a read-only tab, says so, and tells the save path nothing', () => {
    const workspace = abc();
    workspace.perform(removeActors(['a']), message('edit.deleteActors', { what: 'A' }));
    let applied = 0;
    workspace.onApplied = () => applied++;
    workspace.readOnly = true;
    workspace.perform(removeActors(['b']), message('edit.deleteActors', { what: 'B' }));
    workspace.undo();
    expect(ids(workspace.network?.actors)).toEqual(['b', 'c']);
    expect(workspace.refused).toBe(true);
    expect(workspace.lastAction).toEqual({ key: 'save.readOnlyRefused' });
    expect(applied).toBe(0);
  });

  it('does not edit a redacted network (what is shown is not the network itself)', () => {
    const workspace = abc();
    workspace.redacted = true;
    workspace.perform(removeActors(['b']), message('edit.deleteActors', { what: 'B' }));
    expect(ids(workspace.network?.actors)).toEqual(['a', 'b', 'c']);
    expect(workspace.lastAction).toEqual({ key: 'present.editRefused' });
  });
});

describe('Workspace.load and follow', () => {
  it('load starts a fresh history and counts the networks opened; follow keeps the count and drops the history', () => {
    const workspace = abc();
    expect(workspace.opened).toBe(1);
    workspace.perform(removeActors(['a']), message('edit.deleteActors', { what: 'A' }));
    workspace.selectTie('t1');
    // Another tab's newer save of the same network: b and c only, without their tie.
    workspace.follow(small(['b', 'c'], []));
    expect(workspace.opened).toBe(1);
    expect(workspace.canUndo).toBe(false);
    expect(workspace.selection).toEqual({ actors: [], ties: [] });

    workspace.load(small(['x'], []));
    expect(workspace.opened).toBe(2);
    expect(workspace.status).toBe('ready');
  });

  it('opens a sample; of two opened one after the other, the later wins whichever loads first', async () => {
    const workspace = new Workspace();
    const earlier = workspace.openSample('macro-sur-2017');
    await workspace.openSample('lima-2010');
    await earlier;
    expect(workspace.sampleId).toBe('lima-2010');
    expect(ids(workspace.network?.actors)).toEqual(ids(parseNetwork(await loadSample('lima-2010')).network?.actors));
    expect(workspace.opened).toBe(1);
  });
});

describe('Workspace selection', () => {
  it('says what is selected on the status line, in the language of the moment', () => {
    const workspace = abc();
    workspace.selectActor('b');
    expect(said(workspace.lastAction)).toBe('Selected: B, 2 ties');
    workspace.selectActor('a');
    expect(said(workspace.lastAction)).toBe('Selected: A, 1 tie');
    workspace.selectTie('t1');
    expect(said(workspace.lastAction)).toBe('Selected: the tie between B and C');
    workspace.select({ actors: ['a', 'c'], ties: ['t0'] });
    expect(said(workspace.lastAction)).toBe('Selected: 2 actors and 1 tie');
    workspace.select({ actors: [], ties: [] });
    expect(said(workspace.lastAction)).toBe('Nothing selected');
  });

  it('toggles one element in and out of the selection (shift-click)', () => {
    const workspace = abc();
    workspace.selectActor('a');
    workspace.toggle('actors', 'c');
    workspace.toggle('ties', 't0');
    expect(workspace.selection).toEqual({ actors: ['a', 'c'], ties: ['t0'] });
    workspace.toggle('actors', 'a');
    expect(workspace.selection).toEqual({ actors: ['c'], ties: ['t0'] });
  });

  it('lists the ties of an actor in file order', () => {
    expect(ids(abc().tiesOf('b'))).toEqual(['t0', 't1']);
  });
});
