// Readable maps: no label drawn over another, on both samples, on a laptop and on a projector-sized screen.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { labelOverlaps, useBrowser, waitForDrawn, waitForStillView } from './browser';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

describe('labels on the network', () => {
  for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
    for (const [sample, network] of [['lima-2010', lima], ['macro-sur-2017', macroSur]] as const) {
      it(`${sample} at ${width}×${height}: no two drawn labels overlap`, async () => {
        const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE', viewport: { width, height } });
        await waitForDrawn(page, lima.actors.length);
        if (sample === 'macro-sur-2017') {
          await page.getByTestId('network-switcher').selectOption(sample);
          await waitForDrawn(page, network.actors.length);
        }
        await waitForStillView(page);
        await page.waitForFunction(() => Number(document.querySelector('[data-testid="network-canvas"]')?.getAttribute('data-labels-shown')) > 0);
        await page.waitForTimeout(200);
        const { labels, overlaps } = await labelOverlaps(page);
        expect(overlaps).toBe(0);
        // Most labels still have room: at least a third of the actors are named.
        expect(labels).toBeGreaterThanOrEqual(Math.ceil(network.actors.length / 3));
        // Zooming in gives more labels room.
        await page.getByTestId('zoom-in').click();
        await page.getByTestId('zoom-in').click();
        await waitForStillView(page);
        await page.waitForTimeout(200);
        const closer = await labelOverlaps(page);
        expect(closer.overlaps).toBe(0);
      });
    }
  }
});
