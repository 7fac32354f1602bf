// Issue 30, in the browser and in Spanish: a scenario holding three informants' answers that disagree (the Espinar
// sessions of tests/analysis/three-informants.ts, worked by hand there) is imported as a native file; the Respuestas
// view lists who said what, the consensus at 2 of 3 leaves four of the six ties drawn, the analysis says which
// network it ran on, and the drawing dashes the ties only one informant reported.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, violations, waitForDrawn, waitForStillView } from './browser';
import lima from '../../data/lima-2010.json';
import { espinarScenario } from '../analysis/three-informants';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

const drawnTies = (page: Page, count: number) => page.waitForSelector(`[data-testid="network-canvas"][data-rendered-edges="${count}"]`);
const tieDrawn = (page: Page, id: string) => page.evaluate((tie) => window.__puentesDrawing!.has(tie), id);

/** Opens the app in Spanish and imports the Espinar scenario: five actors, six ties (all answers, as recorded). */
async function openEspinar(page: Page) {
  await waitForDrawn(page, lima.actors.length);
  await page.getByTestId('import-button').click();
  await page
    .getByTestId('import-files')
    .setInputFiles({ name: 'espinar.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(espinarScenario())) });
  await page.getByTestId('import-commit').click();
  await waitForDrawn(page, 5);
  await drawnTies(page, 6);
}

describe("informants' agreement", () => {
  it('lists the disagreements, draws the consensus at 2 of 3 and says which network the analysis ran on', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    await openEspinar(page);

    // All answers, as recorded: the six ties anyone reported. Ombudsman–police (B only) and police–rondas (C only)
    // are thin and dashed; the four that two or three reported solid; the police and the rondas ringed.
    const mark = (id: string, field: string) => page.evaluate(([el, f]) => window.__puentesDrawing!.data(el!, f!), [id, field]);
    expect(await mark('information--defensoria--policia', 'agreement')).toBe('one');
    expect(await mark('conflict--policia--rondas', 'agreement')).toBe('one');
    expect(await mark('info-empresa-municipio', 'agreement')).toBe('most');
    expect([await mark('policia', 'towersDiffer'), await mark('rondas', 'towersDiffer'), await mark('municipio', 'towersDiffer')]).toEqual([
      true,
      true,
      undefined,
    ]);
    const legend = await page.getByTestId('legend-agreement').textContent();
    expect(legend).toContain('Línea fina discontinua: vínculo que solo uno de los informantes consultados reportó');
    expect(legend).toContain('Anillo: los informantes no coinciden en su influencia');
    await waitForStillView(page);
    await page.screenshot({ path: 'test-results/agreement-network-es.png' });

    // The Respuestas view: who said what.
    await page.getByTestId('view-answers').click();
    const view = page.getByTestId('answers-view');
    await view.waitFor();
    expect(await page.getByTestId('answers-shown').textContent()).toBe('Calculado sobre todas las respuestas, tal como se registraron');
    const rows = page.getByTestId('disagreements').locator('tbody tr');
    // Four split ties, the police's and the rondas' towers, the police's stance.
    expect(await rows.count()).toBe(7);
    const row = async (i: number) => (await rows.nth(i).innerText()).replace(/\s+/g, ' ').trim();
    expect(await row(0)).toBe(
      'Vínculo Policía Nacional del Perú – Rondas Campesinas de Espinar (Conflicto) Dirigente comunal: no lo reportó Funcionaria municipal: no lo reportó Periodista local: lo reportó',
    );
    expect(await row(4)).toBe('Influencia Policía Nacional del Perú Dirigente comunal: 7 Funcionaria municipal: 3 Periodista local: 5');
    expect(await row(6)).toContain('Funcionaria municipal: + a favor Periodista local: 0 neutral');
    // The consensus at 2 of 3 (the threshold offered first).
    await view.getByTestId('answered-consensus').check();
    expect(await view.getByTestId('answered-threshold-words').textContent()).toBe('vínculos reportados por al menos 2 de 3 informantes');
    expect(await page.getByTestId('answers-shown').textContent()).toBe('Calculado sobre el consenso: al menos 2 de 3 informantes');
    await page.screenshot({ path: 'test-results/agreement-answers-es.png' });
    // Its tables and choices, filled, are as accessible as the other views (axe-core, as in a11y.test.ts).
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('answered-influence').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/agreement-answers-tables-es.png' });

    // A row selects its actor in every view.
    await rows.nth(4).getByRole('button').click();
    await page.getByTestId('view-network').click();
    // Four ties drawn: the two one informant reported are left out.
    await drawnTies(page, 4);
    expect(await tieDrawn(page, 'information--defensoria--policia')).toBe(false);
    expect(await tieDrawn(page, 'conflict--policia--rondas')).toBe(false);
    expect(await page.evaluate(() => window.__puentesDrawing!.selected())).toEqual(['policia']);
    // The details say what each informant said of it: towers 7, 3 and 5, mean 5, spread √(8/3) = 1.63 → ±1.6 (Peru writes decimals with a point).
    const said = page.getByTestId('informant-answers');
    expect(await said.locator('[data-answers="influence"]').textContent()).toContain(
      'torre media 5 de 8 (dispersión ±1.6), de 3 informantes',
    );

    // The analysis and the convener ranking say which network they were computed on.
    await page.getByTestId('analysis-tab').click();
    await page.waitForSelector('[data-testid="analysis-panel"][data-status="done"][data-stale="false"]');
    const consensus = 'Calculado sobre el consenso: al menos 2 de 3 informantes';
    expect(await page.getByTestId('analysis-answered-by').textContent()).toBe(consensus);
    expect(await page.getByTestId('convener-answered-by').textContent()).toBe(consensus);
    expect(await page.getByTestId('summary').innerText()).toMatch(/Vínculos\s+4/);

    // One informant's own answers, chosen in the network view's sidebar: the journalist's four ties (police–rondas
    // among them, company–municipality not).
    const sidebar = page.locator('.sidebar');
    expect(await sidebar.getByTestId('answered-consensus').isChecked()).toBe(true);
    await sidebar.getByTestId('answered-informant').check();
    await sidebar.getByTestId('answered-informant-choice').selectOption({ label: 'Periodista local' });
    await page.waitForFunction(() => window.__puentesDrawing?.has('conflict--policia--rondas'));
    await drawnTies(page, 4);
    expect(await tieDrawn(page, 'info-empresa-municipio')).toBe(false);
    await page.waitForSelector('[data-testid="analysis-panel"][data-status="done"][data-stale="false"]');
    expect(await page.getByTestId('analysis-answered-by').textContent()).toBe('Calculado sobre las respuestas de Periodista local');
    await waitForStillView(page);
    await page.screenshot({ path: 'test-results/agreement-informant-es.png' });
  });

  it('keeps the answers shown with a slide, and keys the agreement the slide draws', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE', viewport: { width: 1280, height: 800 } });
    await openEspinar(page);
    // The consensus at 2 of 3, saved as a slide; then all the answers again.
    const sidebar = page.locator('.sidebar');
    await sidebar.getByTestId('answered-consensus').check();
    await drawnTies(page, 4);
    await page.getByTestId('slides-button').click();
    const dialog = page.getByTestId('slides-dialog');
    await dialog.locator('input[name="slide-title"]').fill('Lo que reportan al menos dos');
    await dialog.getByTestId('slide-add').click();
    await dialog.locator('[data-testid="slide-list"] > li').first().waitFor();
    await dialog.getByRole('button', { name: 'Cerrar' }).click();
    await sidebar.getByTestId('answered-all').check();
    await drawnTies(page, 6);
    // Presented: the slide's four ties; its key names the solid ties and the rings, not the dashed ties it does not draw.
    await page.getByTestId('slides-button').click();
    await page.getByTestId('present-start').click();
    await page.getByTestId('presenter').waitFor();
    await drawnTies(page, 4);
    const key = page.getByTestId('presented-legend-agreement');
    expect((await key.innerText()).split('\n')).toEqual([
      'Línea continua: vínculo que al menos la mitad de los informantes consultados reportó',
      'Anillo: los informantes no coinciden en su influencia (torres a 3 pasos o más)',
    ]);
    await waitForStillView(page);
    await page.screenshot({ path: 'test-results/agreement-slide-es.png' });
  });

  it('says how answers get there when the network has none', async () => {
    const { page } = await chromium.open(`${baseURL}#/answers`, { locale: 'es-PE' });
    const empty = page.getByTestId('answers-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('Las respuestas llegan con una sesión de mapeo (Net-Map)');
    expect(await page.getByTestId('answered-by').count()).toBe(0);
  });
});
