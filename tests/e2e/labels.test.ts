// Readable maps: no label drawn over another, on both samples, on a laptop and on a projector-sized screen.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { framings, labelOverlaps, useBrowser, waitForDrawn, waitForFramed, waitForStillView } from './browser';
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
