import { describe, expect, it } from 'vitest';
import { Viewport, type ViewportTarget } from '../../src/state/viewport.svelte';
import type { ViewId } from '../../src/state/views';

/** A target that writes down what it was told, in order. */
function recorder(log: string[], name: string): ViewportTarget {
  return {
    zoom: (step) => log.push(`${name} zoom ${step}`),
    fit: () => log.push(`${name} fit`),
    show: (e) => log.push(`${name} show ${e.x1},${e.y1},${e.x2},${e.y2}`),
    centreOn: (id) => log.push(`${name} centre ${id}`),
    extent: () => ({ x1: 0, y1: 0, x2: 10, y2: 5 }),
  };
}

describe('the viewport controller', () => {
  it('sends zoom and fit to the view shown, and only to it', () => {
    let current: ViewId = 'network';
    const viewport = new Viewport(() => current);
    const log: string[] = [];
    viewport.register('network', recorder(log, 'network'));
    viewport.register('map', recorder(log, 'map'));
    viewport.zoom(1);
    current = 'map';
    viewport.zoom(-1);
    viewport.fit();
    expect(log).toEqual(['network zoom 1', 'map zoom -1', 'map fit']);
  });

  it('offers zooming only where a view registered (the table has nothing to zoom)', () => {
    let current: ViewId = 'table';
    const viewport = new Viewport(() => current);
    viewport.register('network', recorder([], 'network'));
    expect(viewport.zoomable).toBe(false);
    current = 'network';
    expect(viewport.zoomable).toBe(true);
  });

  it('keeps a slide’s framing for a view not drawn yet and runs it, then a centring, once the view registers', () => {
    const viewport = new Viewport(() => 'table');
    const log: string[] = [];
    // A slide of the map is applied from the table: the map is not drawn yet. A fit sent first is replaced by the
    // later framing (only the last one matters); the centring goes to the network drawing.
    viewport.fit('map');
    viewport.show({ x1: 1, y1: 2, x2: 3, y2: 4 }, 'map');
    viewport.centreOn('minem');
    expect(log).toEqual([]);
    viewport.register('map', recorder(log, 'map'));
    viewport.register('network', recorder(log, 'network'));
    expect(log).toEqual(['map show 1,2,3,4', 'network centre minem']);
    // Nothing is left waiting: registering again runs nothing more.
    viewport.register('map', recorder(log, 'map again'));
    expect(log).toHaveLength(2);
  });

  it('forgets a view that unregisters, but not the one that replaced it', () => {
    const viewport = new Viewport(() => 'network');
    const log: string[] = [];
    const first = viewport.register('network', recorder(log, 'first'));
    viewport.register('network', recorder(log, 'second'));
    first();
    viewport.fit();
    expect(log).toEqual(['second fit']);
    expect(viewport.extent()).toEqual({ x1: 0, y1: 0, x2: 10, y2: 5 });
  });
});
