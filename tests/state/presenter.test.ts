import { describe, expect, it } from 'vitest';
import { message } from '../../src/text/translate';
import { removeActors } from '../../src/model/edits';
import { Presenter } from '../../src/state/presenter.svelte';
import { Scenarios } from '../../src/state/scenarios.svelte';
import { ViewState } from '../../src/state/view.svelte';
import { Workspace } from '../../src/state/workspace.svelte';
import { small } from '../analysis/fixtures';
import { startTab, stored, useTabs, type Tab } from './tabs';

useTabs();

const title = (en: string) => ({ en, es: en });
const titles = (presenter: Presenter) => presenter.slides.map((s) => s.title.en);

/** a — b and c alone, not saved anywhere (no store): slides are kept in memory. */
function inMemory(): Tab & { presenter: Presenter } {
  const workspace = new Workspace();
  workspace.load(small(['a', 'b', 'c'], ['a-b']));
  const view = new ViewState();
  const scenarios = new Scenarios(workspace, view);
  return { workspace, view, scenarios, presenter: new Presenter(scenarios, workspace, view) };
}

describe('Presenter slides', () => {
  it('captures how the network is looked at (styling, focus, highlighted actors) and puts it back', () => {
    const { workspace, view, presenter } = inMemory();
    view.colorBy = 'pillar';
    view.focus = { actor: 'a', steps: 1 };
    workspace.select({ actors: ['a', 'b'], ties: [] });
    expect(presenter.addCurrent(title('Before the talks'))).toBe(true);
    expect(presenter.slides[0]).toMatchObject({
      title: title('Before the talks'),
      view: { colorBy: 'pillar' },
      focus: { actor: 'a', steps: 1 },
      highlight: ['a', 'b'],
    });

    view.colorBy = 'sector';
    view.focus = null;
    workspace.select({ actors: [], ties: [] });
    presenter.start(0);
    expect(presenter.active).toBe(true);
    expect(view.colorBy).toBe('pillar');
    expect(view.focus).toEqual({ actor: 'a', steps: 1 });
    expect(workspace.selection.actors).toEqual(['a', 'b']);
  });

  it('drops the focus and highlights on actors the network no longer has', () => {
    const { workspace, view, presenter } = inMemory();
    view.focus = { actor: 'a', steps: 2 };
    workspace.select({ actors: ['a', 'b'], ties: [] });
    presenter.addCurrent(title('One'));
    workspace.perform(removeActors(['a']), message('edit.deleteActors', { what: 'A' }));
    presenter.apply(presenter.slides[0]!);
    expect(view.focus).toBeNull();
    expect(workspace.selection.actors).toEqual(['b']);
  });

  it('makes no slide of the table', () => {
    const { view, presenter } = inMemory();
    view.mode = 'table';
    expect(presenter.capture()).toBeNull();
    expect(presenter.addCurrent(title('Table'))).toBe(false);
    expect(presenter.slides).toEqual([]);
  });

  it('moves, duplicates and removes slides, a move past either end changing nothing', () => {
    const { presenter } = inMemory();
    for (const name of ['One', 'Two', 'Three']) presenter.addCurrent(title(name));
    const [one, two, three] = presenter.slides.map((s) => s.id);
    presenter.move(three!, -1);
    expect(titles(presenter)).toEqual(['One', 'Three', 'Two']);
    presenter.move(one!, -1);
    presenter.move(two!, 1);
    expect(titles(presenter)).toEqual(['One', 'Three', 'Two']);
    presenter.duplicate(one!);
    expect(titles(presenter)).toEqual(['One', 'One', 'Three', 'Two']);
    expect(presenter.slides[1]!.id).not.toBe(one);
    presenter.update(three!, { title: title('Three, renamed') });
    presenter.remove(two!);
    expect(titles(presenter)).toEqual(['One', 'One', 'Three, renamed']);
  });

  it('walks through the slides without leaving them', () => {
    const { presenter } = inMemory();
    presenter.start(0);
    expect(presenter.active).toBe(false); // no slides yet
    for (const name of ['One', 'Two', 'Three']) presenter.addCurrent(title(name));
    presenter.start(1);
    presenter.next();
    presenter.next();
    expect(presenter.index).toBe(2);
    presenter.previous();
    expect(presenter.index).toBe(1);
    presenter.go(99);
    expect(presenter.index).toBe(2);
    presenter.go(-5);
    expect(presenter.index).toBe(0);
    presenter.previous();
    expect(presenter.index).toBe(0);
    presenter.stop();
    expect(presenter.active).toBe(false);
  });

  it('adds no slide in a read-only tab, and says why', () => {
    const { workspace, presenter } = inMemory();
    workspace.readOnly = true;
    expect(presenter.addCurrent(title('One'))).toBe(false);
    expect(presenter.slides).toEqual([]);
    expect(workspace.refused).toBe(true);
  });
});

describe('Presenter slides, saved', () => {
  it('makes a sample a scenario at the first slide, and the slides come back with it', async () => {
    const tab = await startTab();
    const presenter = new Presenter(tab.scenarios, tab.workspace, tab.view);
    presenter.addCurrent(title('One'));
    const id = tab.scenarios.current!.id;
    presenter.addCurrent(title('Two'));
    presenter.move(presenter.slides[1]!.id, -1);
    await tab.scenarios.flush();
    expect((await stored(id)).record?.slides?.map((s) => s.title.en)).toEqual(['Two', 'One']);

    tab.scenarios.close();
    const again = await startTab();
    expect(again.scenarios.current?.id).toBe(id);
    expect(again.scenarios.slides.map((s) => s.title.en)).toEqual(['Two', 'One']);
  });
});
