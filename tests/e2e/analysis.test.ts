import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { canvasData, useBrowser, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

describe('analysis in the app', () => {
  it('runs in a Web Worker and fills the panel for Lima while the page stays usable', async () => {
    const session = await chromium.open(baseURL);
    const { page } = session;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('analysis-tab').click();
    const panel = page.getByTestId('analysis-panel');
    await page.waitForSelector('[data-testid="analysis-panel"][data-status="done"]');
    expect(workers.some((url) => url.includes('analysis.worker'))).toBe(true);
    expect(await panel.getByTestId('summary').textContent()).toContain(String(lima.actors.length));
    // The PNP: influence 5 (assumed) and no tie in 2010 — unengaged power.
    expect(await panel.getByTestId('gaps').textContent()).toContain('Peruvian National Police: influence 5 (assumed), 0 ties.');
    expect(await panel.getByTestId('convener').locator('ol li').count()).toBeGreaterThan(3);
    // While a new run (weighted distances) is under way, the search still answers.
    await panel.locator('summary', { hasText: 'Options' }).click();
    await panel.getByRole('combobox', { name: 'Distances' }).selectOption('weighted');
    await page.getByTestId('search').fill('defensoria');
    expect(await page.getByTestId('search-results').textContent()).toContain('Ombudsman');
    await page.waitForSelector('[data-testid="analysis-panel"][data-status="done"]');
  });

  it('exports the analysis as an Excel workbook, written in the import worker, with its sheets named in Spanish', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('analysis-tab').click();
    await page.waitForSelector('[data-testid="analysis-panel"][data-status="done"]');
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('analysis-export-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('lima-2010-analisis.xlsx');
    expect(workers.some((url) => url.includes('import.worker'))).toBe(true);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['actores', 'brechas', 'convocantes']);
    // A header row and one row per actor.
    expect(book.getWorksheet('actores')!.actualRowCount).toBe(lima.actors.length + 1);
  });

  it('selects on the map the actors a gap concerns, and a ranked actor', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('analysis-tab').click();
    await page.waitForSelector('[data-testid="analysis-panel"][data-status="done"]');
    await page.getByRole('button', { name: 'Interested but uninformed: training targets' }).click();
    // Ten actors are interested in the VPs but know little of them (State bodies and three supporters).
    expect(await page.evaluate(() => window.__puentesDrawing?.selected().length)).toBe(10);
    await page.getByTestId('key-actors').getByRole('button').first().click();
    await page.getByTestId('analysis-tab').waitFor();
  });

  it('colours the map by community and sizes it by a metric, with a matching legend', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('analysis-tab').click();
    await page.waitForSelector('[data-testid="analysis-panel"][data-status="done"]');
    await page.getByTestId('color-by').selectOption('community');
    await page.getByTestId('size-by').selectOption('betweenness');
    expect(await canvasData(page, 'feasibility-study-2010', 'community')).toBeGreaterThan(0);
    expect(await canvasData(page, 'feasibility-study-2010', 'm_betweenness')).toBeGreaterThan(0.5);
    expect(await page.getByTestId('legend').textContent()).toContain('Community 1');
    expect(await page.getByTestId('legend-size').textContent()).toContain('betweenness');
  });
});

describe('the Lima map and analysis in Spanish', () => {
  it('says where each key actor stands: its place, a bar, two significant figures, and the exact value on hover', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('analysis-tab').click();
    await page.waitForSelector('[data-testid="analysis-panel"][data-status="done"]');
    // Worked out with networkx: betweenness_centrality(normalized=True) of Lima's 66 actors and 73 ties, undirected;
    // without the 4 platforms (hidden by default) 62 actors are ranked, and Minera Yanacocha leads with 0.0608173…,
    // two significant figures 0.061, six 0.0608173 (networkx: 0.0608173076…).
    const first = page.getByTestId('key-actors').locator('li').first();
    expect(await first.getByRole('button').textContent()).toBe('Minera Yanacocha (Newmont)');
    const value = first.locator('.ranked');
    expect(await value.locator('.place').textContent()).toBe('1.º de 62');
    expect(await value.locator('.figure').textContent()).toBe('0.061');
    expect(await value.getAttribute('title')).toBe('Valor exacto: 0.0608173');
    // A screen reader reads the exact value too (the bar and the rounded figure are hidden from it).
    expect(await value.locator('.visually-hidden').textContent()).toBe('Valor exacto: 0.0608173');
    // The leader's bar is full; the second's (Quellaveco, 0.0348558…) is 0.0349/0.0608 = 57 % of it.
    const widths = await page
      .getByTestId('key-actors')
      .locator('.bar > span')
      .evaluateAll((bars) =>
        bars.slice(0, 2).map((bar) => bar.getBoundingClientRect().width / bar.parentElement!.getBoundingClientRect().width),
      );
    expect(widths[0]).toBeCloseTo(1, 2);
    expect(widths[1]).toBeCloseTo(0.0348558 / 0.0608173, 2);
  });

  it('shows every actor by its Spanish name on the map and in the analysis panel, never the English one', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    const labels = await page.evaluate(() =>
      window.__puentesDrawing!.actors().map((a) => window.__puentesDrawing!.data(a.id, 'label') as string),
    );
    // English wordings that are not also Spanish ones (e.g. "Ombudsman's Office", "Study team 2010").
    const englishOnly = lima.actors
      .flatMap((a) => [a.name, a.shortName].filter((t): t is { es: string; en: string } => typeof t === 'object' && t !== null))
      .filter((t) => t.en !== t.es)
      .map((t) => t.en);
    expect(englishOnly.length).toBeGreaterThan(20);
    expect(labels.filter((l) => englishOnly.includes(l))).toEqual([]);
    expect(labels).toContain('Defensoría');
    expect(labels).toContain('Equipo del estudio 2010');

    await page.getByTestId('analysis-tab').click();
    await page.waitForSelector('[data-testid="analysis-panel"][data-status="done"]');
    const panel = (await page.getByTestId('analysis-panel').textContent()) ?? '';
    const longEnglish = lima.actors
      .map((a) => a.name as { es: string; en: string })
      .filter((t) => t.en !== t.es && !t.es.includes(t.en))
      .map((t) => t.en);
    expect(longEnglish.filter((name) => panel.includes(name))).toEqual([]);
    expect(panel).toContain('Policía Nacional del Perú: influencia 5 (supuesta), 0 vínculos.');

    // Documented values only: the ranking changes and says what rests on findings.
    await page.getByTestId('convener-documented-only').check();
    const convener = (await page.getByTestId('convener-list').textContent()) ?? '';
    expect(convener).toContain('Se apoya en hallazgos');
    expect(convener).not.toMatch(/Débil en [^.]*capacidad técnica[^.]*\. .*Sin evaluar[^.]*capacidad técnica/);
  });
});
