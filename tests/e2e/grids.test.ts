// The grids as a facilitator preparing a workshop uses them: who has power but no assessed interest, which parties
// have ties whose trust nobody assessed, and everything linked to the same selection, filters and language.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';
import { pillarOf, type Sector } from '../../src/model/vocabularies';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const ids = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-actor')).sort());

/** The trust matrix's group of an actor of the sample: its pillar, or `platform` for a platform. */
function groupOf(id: string): string {
  const sector = lima.actors.find((a) => a.id === id)!.sector as Sector;
  return sector === 'platform' ? 'platform' : pillarOf(sector);
}

describe('the grids', () => {
  it('on Lima 2010 the power/interest grid lists the actors not assessed apart and never plots them', async () => {
    const { page } = await chromium.open(`${baseURL}#/grid`, { locale: 'es-PE' });
    await page.getByTestId('grid-svg').waitFor();
    // Counted from the sample file: actors with no influence or no VPs interest.
    const missing = lima.actors
      .filter((a) => a.influence === null || a.vpInterest === null)
      .map((a) => a.id)
      .sort();
    const placed = lima.actors
      .filter((a) => a.influence !== null && a.vpInterest !== null)
      .map((a) => a.id)
      .sort();
    expect(missing.length).toBeGreaterThan(0);
    expect(await ids(page, '[data-testid="grid-not-assessed"] li')).toEqual(missing);
    expect(await ids(page, '[data-testid="grid-svg"] g.mark')).toEqual(placed);
    // MINEM: influence 5 (assumed, so hollow) and interest 2: high and high.
    const minem = page.locator('g.mark[data-actor="minem"]');
    expect(await minem.getAttribute('data-quadrant')).toBe('manageClosely');
    expect(await minem.getAttribute('data-hollow')).toBe('true');
    expect(await minem.getAttribute('aria-label')).toContain('Ministerio de Energía y Minas. Interés en los PV: 2 · Moderado');
    // A mark is reached by keyboard and selects its actor in every view.
    await minem.focus();
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('status').textContent()).toContain('Ministerio de Energía y Minas');
    // The same figures as a table.
    await page.getByTestId('grid-as-table').check();
    expect(await page.locator('[data-testid="grid-table"] tbody tr').count()).toBe(placed.length);
  });

  it('clicking a trust-matrix cell selects its ties in the table', async () => {
    const { page } = await chromium.open(`${baseURL}#/trust`, { locale: 'es-PE' });
    await page.getByTestId('trust-svg').waitFor();
    // State – platforms: the ties between a State actor and a platform, counted from the sample.
    const sector = new Map(lima.actors.map((a) => [a.id, a.sector]));
    const state = new Set(['state', 'security_forces']);
    const expected = lima.ties.filter((t) => {
      const [s, u] = [sector.get(t.source)!, sector.get(t.target)!];
      return (state.has(s) && u === 'platform') || (state.has(u) && s === 'platform');
    }).length;
    const cell = page.locator('g.cell[data-row="state"][data-col="platform"]');
    expect(await cell.getAttribute('data-ties')).toBe(String(expected));
    await cell.click();
    await page.getByTestId('view-table').click();
    await page.getByTestId('ties-tab').click();
    expect(await page.locator('[data-testid="ties-table"] tr.selected').count()).toBe(expected);
  });

  it('filters and the language update every grid', async () => {
    const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('filters').locator('summary').click();
    await page.getByRole('checkbox', { name: 'Estado', exact: true }).check();
    await page.getByTestId('view-grids').click();
    await page.getByTestId('grid-svg').waitFor();
    const stateIds = new Set(lima.actors.filter((a) => ['state', 'security_forces'].includes(a.sector)).map((a) => a.id));
    const shown = [...(await ids(page, '[data-testid="grid-svg"] g.mark')), ...(await ids(page, '[data-testid="grid-not-assessed"] li'))];
    expect(shown.length).toBe(stateIds.size);
    expect(shown.every((id) => stateIds.has(id!))).toBe(true);
    await page.getByTestId('grid-tab-trust').click();
    expect(await page.locator('g.cell').evaluateAll((n) => [...new Set(n.map((x) => x.getAttribute('data-row')))])).toEqual(['state']);
    await page.getByTestId('grid-tab-engagement').click();
    expect(
      await page
        .locator('[data-chart="engagement"] g.segment')
        .evaluateAll((n) => [...new Set(n.map((x) => x.getAttribute('data-pillar')))]),
    ).toEqual(['state']);
    await page.getByTestId('grid-tab-grid').click();
    expect(await page.locator('text.quadrant[data-quadrant="manageClosely"]').textContent()).toContain('Gestionar de cerca');
    await page.getByTestId('language-switcher').selectOption('en');
    await page.waitForSelector('html[lang="en"]');
    expect(await page.locator('text.quadrant[data-quadrant="manageClosely"]').textContent()).toContain('Manage closely');
    expect(page.url()).toMatch(/#\/grid/);
  });

  it('the adjacency matrix has a cell per linked pair, selects a tie, and every grid exports as SVG with legend and sources', async () => {
    const { page } = await chromium.open(`${baseURL}#/matrix`, { locale: 'es-PE' });
    await page.getByTestId('matrix-svg').waitFor();
    const pairs = new Set(lima.ties.filter((t) => t.source !== t.target).map((t) => [t.source, t.target].sort().join('|')));
    expect(await page.locator('g.pair').count()).toBe(pairs.size);
    await page.locator('g.pair').first().click();
    expect(await page.getByTestId('status').textContent()).not.toBe('');
    await page.getByTestId('grid-tab-engagement').click();
    await page.getByTestId('engagement-svg').waitFor();
    await page.getByTestId('export-menu').locator('summary').click();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    const picture = readFileSync((await svg.path())!, 'utf8');
    expect(picture).toContain('Red nacional de Lima, 2010 · Involucramiento');
    expect(picture).toContain('Etapa de involucramiento');
    expect(picture).toContain('Voluntary Principles on Security and Human Rights: Implementation Process Feasibility Study in Peru');
  });

  it('at 1366×768 the actors not assessed are listed under the grid, and its note does not say "beside"', async () => {
    const { page } = await chromium.open(`${baseURL}#/grid`, { locale: 'es-PE', viewport: { width: 1366, height: 768 } });
    await page.getByTestId('grid-svg').waitFor();
    const grid = (await page.getByTestId('grid-svg').boundingBox())!;
    const list = (await page.getByTestId('grid-not-assessed').boundingBox())!;
    // The stage is 1366 − 240 (filters) − 380 (inspector) wide: the list wraps under the grid.
    expect(list.y).toBeGreaterThanOrEqual(grid.y + grid.height);
    // 17 placed and 43 not, counted from the sample as in the first test.
    const placed = lima.actors.filter((a) => a.influence !== null && a.vpInterest !== null).length;
    expect(await page.getByTestId('grid-legend-count').textContent()).toBe(
      `${placed} actores ubicados; ${lima.actors.length - placed} sin evaluar, que quedan fuera de la cuadrícula.`,
    );
  });

  it('with no tie whose trust is assessed, the trust matrix says so in one line, with where to record it, and no hatching', async () => {
    // The sample grades no tie's trust.
    expect(lima.ties.every((t) => t.trust === null)).toBe(true);
    const { page } = await chromium.open(`${baseURL}#/trust`, { locale: 'es-PE' });
    await page.getByTestId('trust-svg').waitFor();
    expect(await page.getByTestId('trust-none-assessed').textContent()).toBe(
      'Aún no se evaluó la confianza de ningún vínculo. Para registrarla, seleccione un vínculo (en la red, o en Tabla → Vínculos) y elija Editar → Confianza en el panel de la derecha.',
    );
    expect(await page.locator('g.cell rect[fill="url(#trust-hatch)"]').count()).toBe(0);
    // The cells' visible words (their <title>, a tooltip, still says it in full).
    expect(await page.locator('g.cell > text', { hasText: 'sin evaluar' }).count()).toBe(0);
    // Each cell with ties still gives their number: State – platforms, counted from the sample.
    const stateToPlatform = lima.ties.filter((t) => {
      const ends = new Set([groupOf(t.source), groupOf(t.target)]);
      return ends.has('state') && ends.has('platform') && ends.size === 2;
    }).length;
    expect(await page.locator('g.cell[data-row="state"][data-col="platform"]').textContent()).toContain(`${stateToPlatform} vínc.`);
  });

  it('every trust-matrix cell is named with what it shows (axe: label-content-name-mismatch)', async () => {
    const { page } = await chromium.open(`${baseURL}#/trust`, { locale: 'es-PE' });
    await page.getByTestId('trust-svg').waitFor();
    await page.evaluate(readFileSync(axePath, 'utf8'));
    const found = await page.evaluate(async () => {
      type Axe = {
        run: (c: Document, o: object) => Promise<{ violations: { nodes: { target: string[] }[] }[]; passes: { nodes: unknown[] }[] }>;
      };
      const axe = (window as unknown as { axe: Axe }).axe;
      const result = await axe.run(document, { runOnly: ['label-content-name-mismatch'] });
      return {
        violations: result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
        passes: result.passes[0]?.nodes.length ?? 0,
      };
    });
    expect(found.violations).toEqual([]);
    // The rule did look at the cells: one per pair of groups (pillars, and platforms) with ties in the sample, in
    // both halves of the matrix (a pair within one group has one cell, on the diagonal).
    const pairs = new Set(lima.ties.map((t) => [groupOf(t.source), groupOf(t.target)].sort().join('|')));
    const cells = [...pairs].reduce((sum, pair) => sum + (pair.split('|')[0] === pair.split('|')[1] ? 1 : 2), 0);
    expect(found.passes).toBe(cells);
  });
});
