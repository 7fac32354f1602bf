// Readable maps: no label drawn over another, on both samples, on a laptop and on a projector-sized screen.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { actorPosition, framings, labelOverlaps, useBrowser, waitForDrawn, waitForFramed, waitForStillView } from './browser';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

describe('labels on the network', () => {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    for (const [sample, network] of [
      ['lima-2010', lima],
      ['macro-sur-2017', macroSur],
    ] as const) {
      it(`${sample} at ${width}×${height}: no two drawn labels overlap, and none is cut by the edge of the drawing`, async () => {
        const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE', viewport: { width, height } });
        await waitForDrawn(page, lima.actors.length);
        if (sample === 'macro-sur-2017') {
          await page.getByTestId('network-switcher').selectOption(sample);
          await waitForDrawn(page, network.actors.length);
        }
        await waitForStillView(page);
        await page.waitForFunction(
          () => Number(document.querySelector('[data-testid="network-canvas"]')?.getAttribute('data-labels-shown')) > 0,
        );
        const { labels, overlaps, cut } = await labelOverlaps(page);
        expect(overlaps).toBe(0);
        expect(cut).toBe(0);
        // Most labels still have room: at least a third of the actors are named.
        expect(labels).toBeGreaterThanOrEqual(Math.ceil(network.actors.length / 3));
        // Zooming in gives more labels room.
        await page.getByTestId('zoom-in').click();
        await page.getByTestId('zoom-in').click();
        await waitForStillView(page);
        const closer = await labelOverlaps(page);
        expect(closer.overlaps).toBe(0);
        // Zoomed in, actors sit at the edges of the drawing: their labels move inside it, or wait for room.
        expect(closer.cut).toBe(0);
      });
    }
  }
});

/** The box on the canvas of an actor's label, once drawn (null when it is still hidden after a moment). */
async function labelOf(page: Page, id: string) {
  await page.waitForFunction((actor) => window.__puentesDrawing?.label(actor) !== null, id, { timeout: 3000 }).catch(() => {});
  return page.evaluate((actor) => window.__puentesDrawing!.label(actor), id);
}

/** Whether a box on the canvas lies whole inside it (within the 2 px the renderer's boxes may differ by). */
async function insideCanvas(page: Page, box: { x1: number; y1: number; x2: number; y2: number }) {
  const { width, height } = await page.evaluate(() => window.__puentesDrawing!.size());
  return box.x1 >= -2 && box.y1 >= -2 && box.x2 <= width + 2 && box.y2 <= height + 2;
}

/** The actors drawn whose label has no room (class `label-hidden`). */
function hiddenLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window
      .__puentesDrawing!.actors()
      .map((a) => a.id)
      .filter((id) => window.__puentesDrawing!.classes(id).includes('label-hidden')),
  );
}

describe('the actors a reader looks for always carry a label', () => {
  // Lima's ties counted per actor from data/lima-2010.json, each tie once at each end: the 2010 study team has 45
  // (it interviewed most actors; three institutions whose figures it cites add one each), the round table 16, then
  // Yanacocha, PUCP and International Alert 4 each.
  const ties = new Map<string, number>();
  for (const tie of lima.ties) for (const end of [tie.source, tie.target]) ties.set(end, (ties.get(end) ?? 0) + 1);
  const [mostConnected, most] = [...ties].sort((a, b) => b[1] - a[1])[0]!;

  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    it(`in Lima at ${width}×${height} the actor with the most ties (the 2010 study team, 45) carries a label, none overlapping`, async () => {
      expect([mostConnected, most]).toEqual(['feasibility-study-2010', 45]);
      const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE', viewport: { width, height } });
      await waitForDrawn(page, lima.actors.length);
      await waitForStillView(page);
      const label = await labelOf(page, mostConnected);
      expect(label).not.toBeNull();
      expect(await insideCanvas(page, label!)).toBe(true);
      const { overlaps, cut } = await labelOverlaps(page);
      expect(overlaps).toBe(0);
      expect(cut).toBe(0);
    });
  }

  it('in Lima at 1366×768 every actor whose label has no room carries one once selected on the drawing', async () => {
    const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE', viewport: { width: 1366, height: 768 } });
    await waitForDrawn(page, lima.actors.length);
    await waitForStillView(page);
    const hidden = await hiddenLabels(page);
    // At this size some labels have no room (15 of the 60 when this was written).
    expect(hidden.length).toBeGreaterThan(0);
    const unlabelled: string[] = [];
    for (const id of hidden) {
      // A click on the actor where it is drawn (selecting it from the list would also centre it, giving it room).
      const { x, y } = await actorPosition(page, id);
      await page.mouse.click(x, y);
      await page.waitForFunction((actor) => window.__puentesDrawing?.selected().join() === actor, id);
      await waitForStillView(page);
      if ((await labelOf(page, id)) === null) unlabelled.push(id);
      // Still no label over another.
      expect((await labelOverlaps(page)).overlaps).toBe(0);
    }
    expect(unlabelled).toEqual([]);
  });

  it('in Lima at 1366×768 an actor just added carries a label, also once it is no longer selected', async () => {
    const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE', viewport: { width: 1366, height: 768 } });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('add-actor').click();
    const form = page.getByTestId('actor-form');
    await form.locator('input[name="name"]').fill('Mesa de diálogo de Espinar');
    await form.locator('select[name="sector"]').selectOption('community');
    await form.getByRole('button', { name: 'Guardar' }).click();
    await waitForDrawn(page, lima.actors.length + 1);
    const added = 'mesa-de-dialogo-de-espinar';
    await page.waitForFunction((actor) => window.__puentesDrawing?.selected().join() === actor, added);
    await waitForStillView(page);
    expect(await labelOf(page, added)).not.toBeNull();
    // Escape leaves the focus, then clears the selection.
    for (let i = 0; i < 3 && (await page.evaluate(() => window.__puentesDrawing!.selected().length)) > 0; i++) {
      await page.keyboard.press('Escape');
    }
    expect(await page.evaluate(() => window.__puentesDrawing!.selected())).toEqual([]);
    await waitForStillView(page);
    const label = await labelOf(page, added);
    expect(label).not.toBeNull();
    expect(await insideCanvas(page, label!)).toBe(true);
    expect((await labelOverlaps(page)).overlaps).toBe(0);
  });

  it('in Lima at 1366×768 an actor whose label has no room is named on hover, and in the list of actors', async () => {
    const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE', viewport: { width: 1366, height: 768 } });
    await waitForDrawn(page, lima.actors.length);
    await waitForStillView(page);
    const [id] = await hiddenLabels(page);
    expect(id).toBeDefined();
    // The card and the list give the actor's full name (the drawing's label may be its short name).
    const actor = lima.actors.find((a) => a.id === id)!;
    const name = actor.name as { es: string } | string;
    const spanish = typeof name === 'string' ? name : name.es;
    const { x, y } = await actorPosition(page, id!);
    await page.mouse.move(x, y);
    await expect.poll(() => page.getByTestId('hover-card').locator('strong').textContent()).toBe(spanish);
    expect(await page.getByTestId('actor-list').locator(`[data-actor="${id}"]`).textContent()).toContain(spanish);
    // Leaving the drawing straight from the actor takes the card away (it stayed, covering the labels under it).
    await page.mouse.move(1366 - 5, 5);
    await expect.poll(() => page.getByTestId('hover-card').count()).toBe(0);
  });
});

describe('room for the drawing on a laptop', () => {
  it('at 1366×768 the header is one line, and folding the side panels gives the drawing over 80 % of the screen', async () => {
    const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE', viewport: { width: 1366, height: 768 } });
    await waitForDrawn(page, lima.actors.length);
    const header = await page.locator('.shell > header').boundingBox();
    expect(header!.height).toBeLessThan(48);
    const framed = await framings(page);
    await page.getByTestId('toggle-sidebar').click();
    await page.getByTestId('toggle-inspector').click();
    // The drawing is fitted into its new size, and its labels placed again for it.
    await waitForFramed(page, framed);
    const canvas = await page.getByTestId('network-canvas').boundingBox();
    expect((canvas!.width * canvas!.height) / (1366 * 768)).toBeGreaterThan(0.8);
    // Still none over another.
    expect((await labelOverlaps(page)).overlaps).toBe(0);
  });
});
