// The parts of the network drawing (NetworkDrawing.svelte) that run without a browser, on a headless Cytoscape:
// the first zoom, the labels' stylesheet, the layouts' status, the camera's held framing and the element sync.
import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import type { Visible } from '../../src/model/filter';
import { DrawingCamera } from '../../src/views/network/drawing-camera.svelte';
import { DrawingLabels, firstZoom } from '../../src/views/network/drawing-labels.svelte';
import { DrawingLayout } from '../../src/views/network/drawing-layout.svelte';
import { buildStylesheet } from '../../src/views/network/stylesheet';
import { DEFAULT_STYLE } from '../../src/styling/node-values';
import { TIES_PER_STEP, addInSteps, syncElements } from '../../src/views/network/sync-elements';
import type { Position } from '../../src/state/view.svelte';

const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `a${i}` }));
const settled = () => new Promise((resolve) => setTimeout(resolve, 600));

describe('firstZoom(actors, positions, width, height)', () => {
  it('is the zoom that fits the saved positions, with room for a label around each', () => {
    // a at (0, 0), b at (200, 100), 60 around each: box (−60, −60)–(260, 160), 320 × 220. In 800 × 600 less 30 each
    // side, 740 × 540: min(740/320, 540/220) = min(2.3125, 2.45…) = 2.3125.
    expect(firstZoom([{ id: 'a' }, { id: 'b' }], { a: { x: 0, y: 0 }, b: { x: 200, y: 100 } }, 800, 600)).toBe(2.3125);
    // In 100 × 100: 40 / 320 = 0.125, below the smallest zoom (0.15).
    expect(firstZoom([{ id: 'a' }, { id: 'b' }], { a: { x: 0, y: 0 }, b: { x: 200, y: 100 } }, 100, 100)).toBe(0.15);
  });

  it('is 1 when a layout will place some actor, when there is none, and on a large network', () => {
    expect(firstZoom([{ id: 'a' }, { id: 'b' }], { a: { x: 0, y: 0 } }, 800, 600)).toBe(1);
    expect(firstZoom([], {}, 800, 600)).toBe(1);
    // 401 actors (over LARGE_NETWORK, 400), all placed close together: their labels scale with the drawing.
    const many = ids(401);
    expect(firstZoom(many, Object.fromEntries(many.map(({ id }) => [id, { x: 0, y: 0 }])), 800, 600)).toBe(1);
  });
});

describe('DrawingLabels', () => {
  it('restyles only when the stylesheet changes, and keeps the zoom it styled for within 3 %', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const style = vi.spyOn(cy, 'style');
    const labels = new DrawingLabels(
      () => 11,
      () => DEFAULT_STYLE,
    );
    // Nothing styled yet: any zoom is taken as it is.
    expect(labels.zoomFor(1.3)).toBe(1.3);
    labels.applySheet(cy, buildStylesheet(undefined, { px: 11, zoom: 2 }), 2);
    labels.applySheet(cy, buildStylesheet(undefined, { px: 11, zoom: 2 }), 2);
    expect(style).toHaveBeenCalledTimes(1);
    // 2.05 is 2.5 % from 2: the labels stay sized for 2. 2.1 is 5 % off: sized afresh.
    expect(labels.zoomFor(2.05)).toBe(2);
    expect(labels.zoomFor(2.1)).toBe(2.1);
    labels.applySheet(cy, buildStylesheet(undefined, { px: 11, zoom: 2.1 }), 2.1);
    expect(style).toHaveBeenCalledTimes(2);
  });

  it('says the labels are pending once placing is scheduled, and placed once it has run', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'a', label: 'A' } }] });
    const labels = new DrawingLabels(
      () => 11,
      () => DEFAULT_STYLE,
    );
    labels.placeNow(cy);
    expect(labels.placed).toBe(true);
    labels.schedule(cy);
    expect(labels.placed).toBe(false);
    // A small network's labels are placed 80 ms after the last change.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(labels.placed).toBe(true);
  });
});

describe('DrawingLayout', () => {
  function drawing() {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        { data: { id: 'a', degree: 2 } },
        { data: { id: 'b', degree: 1 } },
        { data: { id: 'c', degree: 1 } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
        { data: { id: 'ac', source: 'a', target: 'c' } },
      ],
    });
    const reported: Record<string, Position>[] = [];
    const layout = (id: 'force' | 'concentric') =>
      new DrawingLayout(
        {
          layout: () => id,
          context: () => ({
            // Concentric by degree reads the actors' data in the drawing, not the network.
            network: { actors: [], ties: [] } as never,
            positions: {},
            pinned: new Set<string>(),
            concentricBy: 'degree',
            labelPx: 11,
          }),
          onpositions: (positions) => void reported.push(positions),
        },
        new DrawingLabels(
          () => 11,
          () => DEFAULT_STYLE,
        ),
      );
    return { cy, reported, layout };
  }

  it('reports where every actor is once a layout has run, and is done', () => {
    const { cy, reported, layout } = drawing();
    const concentric = layout('concentric');
    concentric.listen(cy);
    concentric.layOut(cy, false);
    expect(concentric.status).toBe('done');
    // Where each actor is now, as drawn: what a scenario saves.
    expect(reported.at(-1)).toEqual(Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()])));
    expect(Object.keys(reported.at(-1)!).sort()).toEqual(['a', 'b', 'c']);
  });

  it('is running while fCoSE loads and runs, then done', async () => {
    const { cy, reported, layout } = drawing();
    const force = layout('force');
    force.listen(cy);
    const stopped = new Promise((resolve) => cy.one('layoutstop', resolve));
    force.layOut(cy, false);
    // fCoSE loads first: no Cytoscape layout has started yet, but the canvas must already say `running`.
    expect(force.status).toBe('running');
    await stopped;
    expect(force.status).toBe('done');
    expect(Object.keys(reported.at(-1)!).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('DrawingCamera', () => {
  // A headless canvas is 1 × 1 pixel: every fit is at the smallest zoom, 0.15, and centres what it frames on
  // (0.5, 0.5). a at (0, 0), b at (1000, 0): a fit of a alone pans to x = 0.5 − 0 × 0.15 = 0.5; of both, whose
  // middle is x = 500, to 0.5 − 500 × 0.15 = −74.5.
  function drawing(filterMode: 'hide' | 'fade') {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      minZoom: 0.15,
      maxZoom: 4,
    });
    // Added, not given to the constructor, which lays its elements out and so would move them.
    cy.add([
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 1000, y: 0 } },
    ]);
    const visible: Visible = { actors: new Set(['a']), ties: new Set() } as Visible;
    const camera = new DrawingCamera();
    const target = camera.target(cy, { visible: () => visible, filterMode: () => filterMode });
    return { cy, camera, target };
  }

  it('fits what is shown: only the actors kept when the others are hidden, all of them when faded', async () => {
    const hiding = drawing('hide');
    hiding.target.fit();
    await settled();
    expect(hiding.camera.framed).toBe(1);
    expect(hiding.cy.pan().x).toBeCloseTo(0.5);
    const fading = drawing('fade');
    fading.target.fit();
    await settled();
    expect(fading.cy.pan().x).toBeCloseTo(-74.5);
  });

  it('frames again after a resize, until the user moves the view', async () => {
    const { cy, camera, target } = drawing('fade');
    target.fit();
    await settled();
    camera.reframe(cy);
    await settled();
    expect(camera.framed).toBe(2);
    cy.pan({ x: 10, y: 10 });
    camera.reframe(cy);
    await settled();
    expect(camera.framed).toBe(2);
    expect(cy.pan()).toEqual({ x: 10, y: 10 });
  });

  it('adds up quick zoom steps, and a zoom step lets the framing go', async () => {
    const { cy, camera, target } = drawing('fade');
    target.fit();
    await settled();
    cy.zoom(1);
    target.zoom(1);
    target.zoom(1);
    await settled();
    // The second step starts from where the first was going: 1 × 1.25 × 1.25.
    expect(cy.zoom()).toBeCloseTo(1.5625);
    camera.reframe(cy);
    await settled();
    expect(camera.framed).toBe(1);
  });
});

describe('syncElements(instance, elements, options)', () => {
  const actor = (id: string, data: Record<string, unknown> = {}) => ({ group: 'nodes' as const, data: { id, label: id, ...data } });
  const tie = (id: string, source: string, target: string) => ({ group: 'edges' as const, data: { id, source, target } });

  it('draws a network opened where it was saved, the actors with no saved place on a circle', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    syncElements(cy, [actor('a'), actor('b'), actor('c'), tie('ab', 'a', 'b')], {
      positions: { a: { x: 5, y: 7 } },
      fresh: true,
      large: false,
    });
    expect(cy.getElementById('a').position()).toEqual({ x: 5, y: 7 });
    const b = cy.getElementById('b').position();
    const c = cy.getElementById('c').position();
    // Not heaped on one another: 30-pixel actors on a circle that keeps them apart.
    expect(Math.hypot(b.x - c.x, b.y - c.y)).toBeGreaterThanOrEqual(30);
    expect(cy.edges().map((e) => e.id())).toEqual(['ab']);
  });

  it('after an edit, removes what went, writes only the data that changed, and drops stale analysis values', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    syncElements(cy, [actor('a', { community: 1, m_degree: 2 }), actor('b'), actor('c'), tie('ab', 'a', 'b')], {
      positions: {},
      fresh: true,
      large: false,
    });
    const written: string[] = [];
    cy.on('data', (event) => void written.push((event.target as cytoscape.SingularElementArgument).id()));
    // c and its absence of ties go; a loses its analysis values; b is renamed; a new actor d comes where it was saved.
    syncElements(cy, [actor('a'), actor('b', { label: 'Bee' }), actor('d'), tie('ab', 'a', 'b')], {
      positions: { d: { x: 40, y: 50 } },
      fresh: false,
      large: false,
    });
    expect(cy.nodes().map((n) => n.id())).toEqual(['a', 'b', 'd']);
    expect(cy.getElementById('a').data('community')).toBeUndefined();
    expect(cy.getElementById('a').data('m_degree')).toBeUndefined();
    expect(cy.getElementById('b').data('label')).toBe('Bee');
    expect(cy.getElementById('d').position()).toEqual({ x: 40, y: 50 });
    // The tie ab did not change: it was not written (a write restyles it).
    expect(written).not.toContain('ab');
    expect(new Set(written)).toEqual(new Set(['a', 'b']));
  });

  it("drops the records' colours an actor no longer has: the overdue ring once the commitment is done, the months once its meetings go", () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    syncElements(cy, [actor('a', { openCommitments: 1, overdue: 1, engagedMonths: 3 })], { positions: {}, fresh: true, large: false });
    // The commitment marked done: still counted as 0 open, no longer overdue; the meetings deleted: no months at all.
    syncElements(cy, [actor('a', { openCommitments: 0 })], { positions: {}, fresh: false, large: false });
    expect(cy.getElementById('a').data('overdue')).toBeUndefined();
    expect(cy.getElementById('a').data('engagedMonths')).toBeUndefined();
    expect(cy.getElementById('a').data('openCommitments')).toBe(0);
  });

  it("leaves a large network's new labels hidden until the labels are placed", () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    syncElements(cy, [actor('a'), actor('b')], { positions: {}, fresh: true, large: true });
    expect(cy.nodes('.label-hidden').map((n) => n.id())).toEqual(['a', 'b']);
    const small = cytoscape({ headless: true, styleEnabled: true });
    syncElements(small, [actor('a'), actor('b')], { positions: {}, fresh: true, large: false });
    expect(small.nodes('.label-hidden').map((n) => n.id())).toEqual([]);
  });

  it('holds back the ties of a network opened, when asked, and adds only its actors', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const held = syncElements(cy, [actor('a'), actor('b'), tie('ab', 'a', 'b')], {
      positions: {},
      fresh: true,
      large: false,
      holdTies: true,
    });
    expect(held.map((e) => e.data.id)).toEqual(['ab']);
    expect(cy.edges().length).toBe(0);
    expect(cy.nodes().length).toBe(2);
    // An edit is never held back.
    expect(
      syncElements(cy, [actor('a'), actor('b'), tie('ab', 'a', 'b')], { positions: {}, fresh: false, large: false, holdTies: true }),
    ).toEqual([]);
    expect(cy.edges().map((e) => e.id())).toEqual(['ab']);
  });
});

describe('addInSteps(instance, ties, before, done)', () => {
  /** Whether Cytoscape is in a batch (its renderer draws nothing meanwhile); not in its types. */
  const batching = (cy: cytoscape.Core) => (cy as unknown as { batching(): boolean }).batching();
  const actors = (n: number) => Array.from({ length: n }, (_, i) => ({ group: 'nodes' as const, data: { id: `a${i}` } }));
  /** `n` ties, each from a0 to another actor in turn. */
  const ties = (n: number, among: number) =>
    Array.from({ length: n }, (_, i) => ({
      group: 'edges' as const,
      data: { id: `t${i}`, source: 'a0', target: `a${1 + (i % (among - 1))}` },
    }));

  it('runs the steps before, then adds every tie, in tasks after the call, with the canvas held meanwhile', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: actors(50) });
    const order: string[] = [];
    const finished = new Promise<void>((resolve) => {
      addInSteps(
        cy,
        ties(3 * TIES_PER_STEP, 50),
        [() => order.push(`layout, ${cy.edges().length} ties`), () => order.push('labels')],
        () => {
          order.push(`done, ${cy.edges().length} ties, ${batching(cy) ? 'held' : 'let go'}`);
          resolve();
        },
      );
    });
    // Nothing added in the call itself, and nothing drawn until the end (Cytoscape's renderer skips its frames in a batch).
    expect(cy.edges().length).toBe(0);
    expect(batching(cy)).toBe(true);
    await finished;
    expect(order).toEqual(['layout, 0 ties', 'labels', `done, ${3 * TIES_PER_STEP} ties, let go`]);
  });

  it('stops when told: the ties left are not added and the canvas is let go', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: actors(10) });
    const done = vi.fn();
    const stop = addInSteps(cy, ties(5000, 10), [], done);
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    const added = cy.edges().length;
    expect(added).toBeLessThan(5000);
    expect(batching(cy)).toBe(false);
    await settled();
    expect(cy.edges().length).toBe(added);
    expect(done).not.toHaveBeenCalled();
  });
});
