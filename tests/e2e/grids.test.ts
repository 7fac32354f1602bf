// The grids as a facilitator preparing a workshop uses them: who has power but no assessed interest, which parties
// have ties whose trust nobody assessed, and everything linked to the same selection, filters and language.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

const ids = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-actor')).sort());

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
});
