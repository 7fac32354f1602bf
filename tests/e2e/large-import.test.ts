// Large but honest files import without freezing the page: reading and
// building run in the import worker with progress, the user can stop, and
// no task on the page's thread runs 200 ms or more meanwhile.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';

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
