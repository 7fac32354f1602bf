// Workshops often have no internet: after one visit the app opens, reloads and draws Lima with the network off.
// Opened from a file (a USB stick), it says how to serve it instead of showing a blank page.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, useBrowser, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

describe('offline', () => {
  it('after one visit, a reload with the network off still draws Lima, and the map opens', async () => {
    const { page, context } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    // The service worker has precached the build and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await context.setOffline(true);
    await page.reload();
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('view-map').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="map-svg"] g.region').length === 26);
    // The install manifest names the app and its icons.
    const manifest = await page.evaluate(() => fetch('manifest.webmanifest').then((r) => r.json()));
    expect(manifest.short_name).toBe('Puentes');
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toContain('512x512');
  });

  it('opened from a file, explains in Spanish and English how to serve it', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(resolve('dist/index.html')).href);
      const notice = page.locator('#no-start');
      await page.waitForFunction(() => Number(getComputedStyle(document.getElementById('no-start')!).opacity) === 1, undefined, {
        timeout: 10_000,
      });
      expect(await notice.textContent()).toContain('npm run preview');
      expect(await notice.locator('h1').textContent()).toBe('Puentes no pudo iniciarse');
      expect(await notice.locator('h2').textContent()).toBe('Puentes could not start');
    } finally {
      await browser.close();
    }
  });
});
