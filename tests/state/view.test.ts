import { describe, expect, it } from 'vitest';
import { ViewState, freshViewSnapshot } from '../../src/state/view.svelte';

describe('ViewState.restore(snapshot, actorIds)', () => {
  it('draws at the saved positions of the actors the network has, dropping the others', () => {
    const view = new ViewState();
    view.restore(
      { ...freshViewSnapshot(), positions: { a: { x: 1, y: 2 }, gone: { x: 0, y: 0 } }, pinned: ['a', 'gone'] },
      new Set(['a', 'b']),
    );
    expect(view.layout).toBe('saved');
    expect(view.positions).toEqual({ a: { x: 1, y: 2 } });
    expect(view.pinned).toEqual(['a']);
  });

  it('lays out afresh when no saved position belongs to the network (an imported file, another network)', () => {
    const view = new ViewState();
    view.restore({ ...freshViewSnapshot(), layout: 'saved', positions: { minem: { x: 1, y: 2 } } }, new Set(['a0', 'a1']));
    expect(view.layout).toBe('force');
    expect(view.positions).toEqual({});
  });

  it('keeps the chosen filters, colours and sizes', () => {
    const view = new ViewState();
    const snapshot = {
      ...freshViewSnapshot(),
      colorBy: 'pillar' as const,
      sizeBy: 'betweenness',
      filters: { ...freshViewSnapshot().filters, hideIsolates: true },
    };
    view.restore(snapshot, new Set());
    expect(view.snapshot()).toMatchObject({ colorBy: 'pillar', sizeBy: 'betweenness', filters: { hideIsolates: true } });
  });
});

describe('ViewState: the views’ own settings', () => {
  it('remembers the last grid shown, for the toolbar’s grids button', () => {
    const view = new ViewState();
    view.mode = 'trust';
    view.mode = 'map';
    expect(view.lastGrid).toBe('trust');
  });

  it('keeps the map’s layout and measure and the grid’s axes in a snapshot, so a slide shows them again', () => {
    const view = new ViewState();
    view.mapLayout = 'tiles';
    view.mapMeasure = 'gap';
    view.gridAxes = { x: 'vpKnowledge', y: 'metric:betweenness' };
    view.compareHighlight = 'changes';
    view.answeredBy = { atLeast: 2 };
    const again = new ViewState();
    again.restore(view.snapshot(), new Set());
    expect([again.mapLayout, again.mapMeasure, again.gridAxes, again.compareHighlight, again.answeredBy]).toEqual([
      'tiles',
      'gap',
      { x: 'vpKnowledge', y: 'metric:betweenness' },
      'changes',
      { atLeast: 2 },
    ]);
  });

  it('reads a snapshot saved before these settings existed as the defaults', () => {
    const view = new ViewState();
    view.mapLayout = 'tiles';
    view.compareHighlight = 'shared';
    view.answeredBy = { informant: 's1/i' };
    view.restore(freshViewSnapshot(), new Set());
    expect([view.mapLayout, view.mapMeasure, view.gridAxes, view.compareHighlight, view.answeredBy]).toEqual([
      'geo',
      'actors',
      { x: 'vpInterest', y: 'influence' },
      null,
      null,
    ]);
  });
});

describe('ViewState: a saved view of a view this version does not know', () => {
  it('opens as the network rather than an empty screen', () => {
    const view = new ViewState();
    view.mode = 'map';
    view.restore({ ...freshViewSnapshot(), mode: 'storyboard' }, new Set());
    expect(view.mode).toBe('network');
  });
});
