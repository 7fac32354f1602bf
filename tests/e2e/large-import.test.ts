// Large but honest files import without freezing the page: reading and
// building run in the import worker with progress, the user can stop, and
// no task on the page's thread runs 200 ms or more meanwhile, nor while the
// network imported is drawn.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';
import { graphml } from './seeded-graphml';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

/** A file of `count` actors with a sector and a region (Spanish headers and labels), and ties from each to the next. */
function files(count: number) {
  const actors = [
    'nombre,sector,región',
    ...Array.from({ length: count }, (_, i) => `Organización ${i},${i % 2 ? 'Estado' : 'Empresa'},Cusco`),
  ].join('\n');
  const ties = ['de,a,tipo', ...Array.from({ length: count - 1 }, (_, i) => `Organización ${i},Organización ${i + 1},diálogo`)].join('\n');
  return [
    { name: 'actores.csv', mimeType: 'text/csv', buffer: Buffer.from(actors) },
    { name: 'vinculos.csv', mimeType: 'text/csv', buffer: Buffer.from(ties) },
  ];
}

/** Starts recording the page's long tasks (50 ms or more). */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = seen;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(Math.round(e.duration)))).observe({ type: 'longtask' });
  });
}
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);

describe('large imports', () => {
  for (const count of [5_000, 10_000]) {
    it(`reads ${count} actors and ${count - 1} ties in the worker with progress; no page task reaches 200 ms`, async () => {
      const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
      await waitForDrawn(page, lima.actors.length);
      await page.getByTestId('import-button').click();
      await watchLongTasks(page);
      await page.getByTestId('import-files').setInputFiles(files(count));
      await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('import-result').textContent()).toContain(
        `Se importarán ${count.toLocaleString('es-PE')} actores y ${(count - 1).toLocaleString('es-PE')} vínculos`,
      );
      const tasks = await longTasks(page);
      expect(
        tasks.filter((ms) => ms >= 200),
        `long tasks: ${tasks.join(', ')} ms`,
      ).toEqual([]);
    }, 120_000);
  }

  it('reads a GraphML of 235 nodes and 2,101 edges (names in "tooltip", x/y) with no page task of 200 ms or more', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('import-button').click();
    await watchLongTasks(page);
    await page
      .getByTestId('import-files')
      .setInputFiles([{ name: 'blogs.graphml', mimeType: 'application/xml', buffer: Buffer.from(graphml(235, 2101)) }]);
    const names = page.getByTestId('import-names');
    await names.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-result').textContent()).toContain('Se importarán 235 actores y 2,101 vínculos');
    expect(await names.textContent()).toContain('Organización 0 · Organización 1');
    // Picking another label attribute reads the file again, in the worker too.
    await page.getByTestId('import-label').selectOption('');
    await expect.poll(() => names.textContent()).toContain('Primeros actores: 0 · 1 · 2');
    const tasks = await longTasks(page);
    expect(
      tasks.filter((ms) => ms >= 200),
      `long tasks: ${tasks.join(', ')} ms`,
    ).toEqual([]);
  }, 120_000);

  it('draws that GraphML once imported, every tie and the labels in, with no page task of 200 ms or more', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('import-button').click();
    await page
      .getByTestId('import-files')
      .setInputFiles([{ name: 'blogs.graphml', mimeType: 'application/xml', buffer: Buffer.from(graphml(235, 2101)) }]);
    await page.getByTestId('import-names').waitFor({ timeout: 60_000 });
    // From the click on "Importar" to the network on screen: its drawing (styling and measuring 2,101 ties, the
    // labels, the first frame) is the work watched.
    await watchLongTasks(page);
    await page.getByTestId('import-commit').click();
    const canvas = page.locator('[data-testid="network-canvas"][data-rendered-nodes="235"][data-drawn="true"]');
    await canvas.waitFor({ timeout: 60_000 });
    expect(await canvas.getAttribute('data-rendered-edges')).toBe('2101');
    expect(Number(await canvas.getAttribute('data-labels-shown'))).toBeGreaterThan(0);
    const tasks = await longTasks(page);
    expect(
      tasks.filter((ms) => ms >= 200),
      `long tasks: ${tasks.join(', ')} ms`,
    ).toEqual([]);
  }, 120_000);

  it('shows how far a 50 000-row build has got, and stops when asked', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-files').setInputFiles(files(25_000));
    const progress = page.getByTestId('import-progress');
    await progress.locator('progress[value]').waitFor({ timeout: 60_000 });
    expect(await progress.textContent()).toMatch(/Leyendo filas: [\d,]+ de 49,999…/);
    await page.getByTestId('import-cancel').click();
    await progress.waitFor({ state: 'detached' });
    expect(await page.getByTestId('import-result').count()).toBe(0);
    // The page answers at once, and the network that was open is still there.
    await page.getByRole('button', { name: 'Cancelar' }).click();
    await waitForDrawn(page, lima.actors.length);
  }, 120_000);
});
