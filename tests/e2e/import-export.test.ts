import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

async function download(page: Page, trigger: () => Promise<void>): Promise<{ name: string; content: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), content: readFileSync(path) };
}

describe('importing and exporting', () => {
  it('imports filled-in CSV templates: maps columns, reports the bad row, and draws the rest', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await waitForDrawn(page, lima.actors.length);
    // The template, as a facilitator downloads it (headers in Spanish) …
    await page.getByTestId('export-menu').locator('summary').click();
    const template = await download(page, () => page.getByTestId('template-actors').click());
    const headers = template.content
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim();
    expect(headers).toContain('"nombre"');
    // … filled with three rows, one of them with a misspelt sector, and a ties sheet.
    const columns = [...headers.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"'));
    const row = (values: Record<string, string>) => columns.map((c) => JSON.stringify(values[c] ?? '')).join(',');
    const actors = [
      headers,
      row({ nombre: 'Comunidad de Fuerabamba', sector: 'Comunidad', nivel: 'local', país: 'PE', región: 'Apurímac', influencia: '3' }),
      row({ nombre: 'Las Bambas', sector: 'Empresa', nivel: 'regional', país: 'PE', región: 'PE-APU', influencia: '4' }),
      row({ nombre: 'Frente de Defensa', sector: 'goverment', nivel: 'local', país: 'PE', región: 'PE-APU' }),
    ].join('\r\n');
    const ties = 'de;a;tipo;confianza\nComunidad de Fuerabamba;Las Bambas;Conflicto;-2\n';
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-files').setInputFiles([
      { name: 'actores.csv', mimeType: 'text/csv', buffer: Buffer.from(actors) },
      { name: 'vinculos.csv', mimeType: 'text/csv', buffer: Buffer.from(ties) },
    ]);
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await page.getByTestId('mapping-actors').locator('select[data-field="name"]').inputValue()).not.toBe('-1');
    expect(await result.textContent()).toContain('Se importarán 2 actores y 1 vínculo');
    expect(await page.getByTestId('import-problems').textContent()).toContain('actores.csv fila 4, columna "sector"');
    // Reading and mapping ran in the import worker, off the page's thread.
    expect(workers.some((url) => url.includes('import.worker'))).toBe(true);
    await page.getByTestId('import-commit').click();
    await waitForDrawn(page, 2);
    expect(await page.getByTestId('scenario-name').textContent()).toBe('actores');
  });

  it('imports an Excel workbook with an actors sheet and a ties sheet, and exports one', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('actores').addRows([
      ['nombre', 'sector', 'región'],
      ['Centro Guamán Poma', 'Organización de la sociedad civil', 'PE-CUS'],
      ['MMG', 'Empresa', 'PE-APU'],
    ]);
    workbook.addWorksheet('vínculos').addRows([
      ['de', 'a', 'tipo', 'confianza'],
      ['Centro Guamán Poma', 'MMG', 'dialogue', 1],
    ]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-files').setInputFiles([{ name: 'macro-sur.xlsx', mimeType: 'application/octet-stream', buffer }]);
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toContain('2 actors and 1 tie will be imported');
    await page.getByTestId('import-commit').click();
    await waitForDrawn(page, 2);
    await page.getByTestId('export-menu').locator('summary').click();
    const exported = await download(page, () => page.getByTestId('export-xlsx').click());
    expect(exported.name).toBe('imported.xlsx');
    // An .xlsx file is a zip archive.
    expect(exported.content.subarray(0, 2).toString()).toBe('PK');
  });

  it('exports Lima as GEXF and imports the file back with every actor and tie (read in the worker)', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('export-menu').locator('summary').click();
    const gexf = await download(page, () => page.getByTestId('export-gexf').click());
    expect(gexf.content.toString('utf8')).toContain('<gexf');
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-files').setInputFiles([{ name: 'lima.gexf', mimeType: 'application/xml', buffer: gexf.content }]);
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toContain(
      `${lima.actors.length} actors and ${lima.ties.length} ties will be imported`,
    );
    expect(await page.getByTestId('import-problems').count()).toBe(0);
  });

  it('names the actors of a GraphML from its "tooltip" attribute, lets the user pick another, and draws them where the file did', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('import-button').click();
    const file = readFileSync(new URL('../fixtures/handmade/tooltip-xy.graphml', import.meta.url));
    await page.getByTestId('import-files').setInputFiles([{ name: 'mesa.graphml', mimeType: 'application/xml', buffer: file }]);
    const names = page.getByTestId('import-names');
    // The file's nodes are 0–3; their names are in "tooltip".
    await expect.poll(() => names.textContent()).toContain('Defensoría del Pueblo · Comunidad de Fuerabamba · Las Bambas');
    expect(await page.getByTestId('import-label').inputValue()).toBe('tooltip');
    await page.getByTestId('import-label').selectOption('codigo');
    await expect.poll(() => names.textContent()).toContain('DP · CF · LB · GRA');
    await page.getByTestId('import-label').selectOption('tooltip');
    await expect.poll(() => names.textContent()).toContain('Defensoría del Pueblo');
    expect(await page.getByTestId('import-keep-positions').isChecked()).toBe(true);
    await page.getByTestId('import-commit').click();
    await waitForDrawn(page, 4);
    await expect.poll(() => page.getByTestId('scenario-name').textContent()).toBe('mesa');
    // The file puts 0 at (0, 0), 1 at (300, 0), 2 at (300, 200), 3 at (0, 200), y pointing up: on screen 1 is right
    // of 0, 2 above 1, 3 above 0, and the drawing is 1.5 times as wide as it is tall.
    const drawn = Object.fromEntries(
      (await page.evaluate(() => window.__puentesDrawing!.actors())).map((a) => [a.id, { x: a.canvasX, y: a.canvasY }]),
    );
    const [a, b, c, d] = ['0', '1', '2', '3'].map((id) => drawn[id]!);
    expect(b!.x - a!.x).toBeGreaterThan(100);
    expect(Math.abs(b!.y - a!.y)).toBeLessThan(2);
    expect(a!.y - d!.y).toBeGreaterThan(60);
    expect(Math.abs(c!.x - b!.x)).toBeLessThan(2);
    expect(Math.abs(c!.y - d!.y)).toBeLessThan(2);
    expect((b!.x - a!.x) / (a!.y - d!.y)).toBeCloseTo(1.5, 1);
    const names0 = await page.evaluate(() => window.__puentesDrawing!.data('0', 'label'));
    expect(names0).toContain('Defensoría');
  });

  it('exports the map as PNG and SVG with the legend, a title and a source line', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('export-menu').locator('summary').click();
    const svg = await download(page, () => page.getByTestId('export-svg').click());
    const text = svg.content.toString('utf8');
    expect(svg.name).toBe('lima-2010.svg');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('Lima national network, 2010');
    expect(text).toContain('Civil society organisation');
    expect(text).toContain('Sources: Voluntary Principles on Security and Human Rights');
    const png = await download(page, () => page.getByTestId('export-png-2').click());
    expect(png.name).toBe('lima-2010@2x.png');
    expect(png.content.subarray(1, 4).toString()).toBe('PNG');
    // A 2× picture of a map this size is tens of kilobytes at least.
    expect(png.content.length).toBeGreaterThan(20_000);
  });
});
