/**
 * Lima's first network draw and first interaction from navigation, and the map's first draw in Chromium, from the click on *Map* to the regions
 * and marks in the page (the map's code and boundaries are loaded then, as a
 * user meets them): for Lima 2010, and for a generated 2,000-actor network
 * imported through the import dialog. Serves the built app (`dist/`).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { existsSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/browser';
import { generateNetwork } from './generate';

async function drawMap(page: Page): Promise<number> {
  const start = await page.evaluate(() => performance.now());
  await page.getByTestId('view-map').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="map-svg"] g.region').length === 26 && document.querySelector('[data-testid="map-svg"] circle, [data-testid="map-svg"] .cluster'), undefined, { timeout: 120_000 });
  return (await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))))) - start;
}

export async function benchMapDraw(report: (network: string, step: string, ms: number) => void): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`(map draw skipped: no Chromium at ${CHROMIUM})\n`);
    return;
  }
  if (!existsSync('dist/index.html')) await build({ logLevel: 'warn' });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls!.local[0]!;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // Time to the first drawn network (Lima, labels placed) and to interactive (a click shows the actor's details),
    // from navigation, in a fresh context each run; median of 3.
    const firstDraws: number[] = [];
    const interactive: number[] = [];
    for (let run = 0; run < 3; run++) {
      const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'es-PE' });
      const page = await fresh.newPage();
      await page.goto(url);
      await page.waitForSelector('[data-testid="network-canvas"][data-rendered-nodes="60"][data-labels-shown]:not([data-labels-shown="0"])', { timeout: 60_000 });
      firstDraws.push(await page.evaluate(() => performance.now()));
      await page.getByTestId('actor-list').locator('[data-actor="minem"]').click();
      await page.getByTestId('inspector').getByText('Ministerio de Energía y Minas').first().waitFor();
      interactive.push(await page.evaluate(() => performance.now()));
      await fresh.close();
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    report('lima-2010 (60)', 'first network drawn (browser)', median(firstDraws));
    report('lima-2010 (60)', 'details shown after a click', median(interactive));

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'es-PE' });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-testid="network-canvas"][data-rendered-nodes="60"]', { timeout: 60_000 });
    report('lima-2010 (60)', 'map first draw (browser)', await drawMap(page));

    const generated = generateNetwork(2000);
    const file = join(mkdtempSync(join(tmpdir(), 'puentes-bench-')), 'generated-2000.json');
    writeFileSync(file, JSON.stringify(generated));
    await page.getByTestId('view-network').click();
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-files').setInputFiles(file);
    await page.getByTestId('import-commit').click();
    await page.waitForSelector(`[data-testid="network-canvas"][data-rendered-nodes="2000"]`, { timeout: 300_000, state: 'attached' });
    report('generated 2000', 'map first draw (browser)', await drawMap(page));
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}
