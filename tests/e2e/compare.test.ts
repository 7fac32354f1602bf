// Comparing as an analyst does: Lima 2010 beside Macro Sur 2017 with the actors they share pointed out in both
// drawings; a scenario before and after two edits; the network as it stood at a date.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { useBrowser, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

const compared = (page: Page) => page.waitForSelector('[data-testid="compare-view"][data-status="done"]');
const markedIn = (page: Page, side: 'a' | 'b', attribute: string) =>
  page
    .locator(`[data-testid="compare-svg"] g.panel[data-side="${side}"] g.actor[${attribute}="true"]`)
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-actor')).sort());

describe('comparing networks', () => {
  it('#/compare with Lima open shows Macro Sur beside it, the two shared actors highlighted in both drawings', async () => {
    const { page } = await chromium.open(`${baseURL}#/compare`, { locale: 'es-PE' });
    await compared(page);
    expect(await page.getByTestId('compare-first').inputValue()).toBe('open');
    expect(await page.getByTestId('compare-second').inputValue()).toBe('sample:macro-sur-2017');
    // Every actor of each network is drawn; the two the samples share by id are ringed in both.
    expect(await page.locator('g.panel[data-side="a"] g.actor').count()).toBe(lima.actors.length);
    expect(await page.locator('g.panel[data-side="b"] g.actor').count()).toBe(macroSur.actors.length);
    expect(await markedIn(page, 'a', 'data-shared')).toEqual(['pnp', 'socios-peru']);
    expect(await markedIn(page, 'b', 'data-shared')).toEqual(['pnp', 'socios-peru']);
    // Shared actors stand in the same place in both panels (the panels are 630 units apart).
    const centre = (side: string) =>
      page
        .locator(`g.panel[data-side="${side}"] g.actor[data-actor="socios-peru"] circle`)
        .last()
        .evaluate((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
    const [ax, ay] = await centre('a');
    const [bx, by] = await centre('b');
    expect(bx! - ax!).toBeCloseTo(630, 5);
    expect(by).toBeCloseTo(ay!, 5);
    // Selecting Socios Perú in Macro Sur selects it in Lima's drawing and in the rest of the app.
    await page.locator('g.panel[data-side="b"] g.actor[data-actor="socios-peru"]').click();
    expect(await markedIn(page, 'a', 'data-picked')).toEqual(['socios-peru']);
    expect(await markedIn(page, 'b', 'data-picked')).toEqual(['socios-peru']);
    await page.getByTestId('view-table').click();
    await page.getByTestId('actors-table').waitFor();
    expect(await page.locator('[data-testid="actors-table"] tr.selected').count()).toBe(1);
    await page.getByTestId('view-compare').click();
    // The summary gives both networks' figures.
    const row = page.locator('[data-testid="compare-summary"] tr[data-figure="actors"] td');
    expect(await row.allTextContents()).toEqual(['60', '16', '-44']);
    await page.getByTestId('compare-tab-shared').click();
    expect(await page.locator('[data-testid="compare-shared"] tbody tr').count()).toBe(2);
  });

  it('matches two actors by hand, and the match is still there after a reload', async () => {
    const { page } = await chromium.open(`${baseURL}#/compare`, { locale: 'es-PE' });
    await compared(page);
    await page.getByTestId('compare-tab-matching').click();
    await page.getByTestId('match-pick-a').selectOption('minem');
    await page.getByTestId('match-pick-b').selectOption('produce');
    await page.getByRole('button', { name: 'Son el mismo actor' }).click();
    await page.locator('[data-match="minem|produce"]').waitFor();
    await compared(page);
    expect(await markedIn(page, 'b', 'data-shared')).toEqual(['pnp', 'produce', 'socios-peru']);
    await page.reload();
    await compared(page);
    expect(await markedIn(page, 'b', 'data-shared')).toEqual(['pnp', 'produce', 'socios-peru']);
    // An edit makes the open sample a saved scenario: the same network, so the match stays.
    await page.getByTestId('view-table').click();
    await page.getByTestId('actors-table').getByRole('combobox', { name: 'Sector de Sodexo' }).selectOption('private_security');
    await page.waitForSelector('[data-testid="save-status"][data-status="saved"]');
    await page.getByTestId('view-compare').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="compare-first"] option:checked')?.textContent?.includes('·'));
    await compared(page);
    expect(await markedIn(page, 'b', 'data-shared')).toEqual(['pnp', 'produce', 'socios-peru']);
  });

  it('a duplicated scenario with two edits shows exactly those two in the diff, and can filter the network to them', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    // An edit makes the sample a saved scenario; its copy is then edited twice.
    await page.getByTestId('view-table').click();
    await page
      .getByTestId('actors-table')
      .getByRole('combobox', { name: 'Sector of National Society of Mining, Oil and Energy' })
      .selectOption('company');
    await page.waitForSelector('[data-testid="save-status"][data-status="saved"]');
    await page.getByTestId('scenarios-button').click();
    const dialog = page.getByTestId('scenario-dialog');
    await dialog.getByRole('button', { name: 'Duplicate' }).click();
    const copy = dialog.locator('[data-scenario$="(copy)"]');
    await copy.waitFor();
    await copy.getByRole('button', { name: 'Open' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('view-table').click();
    await page.getByTestId('actors-table').getByRole('combobox', { name: 'Sector of Sodexo' }).selectOption('private_security');
    await page.getByTestId('add-actor').click();
    const form = page.getByTestId('actor-form');
    await form.locator('input[name="name"]').fill('Frente de Defensa de Espinar');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    // The comparison opens on the copy's original (before) and the copy (after).
    await page.getByTestId('view-compare').click();
    await compared(page);
    expect(await page.getByTestId('compare-second').inputValue()).toBe('open');
    expect(await page.getByTestId('compare-first').inputValue()).toMatch(/^scenario:/);
    await page.getByTestId('compare-tab-changes').click();
    const diff = page.getByTestId('compare-diff');
    expect(await diff.getAttribute('data-total')).toBe('2');
    expect(await diff.locator('[data-changed]').evaluateAll((n) => n.map((x) => x.getAttribute('data-changed')))).toEqual(['sodexo']);
    expect(await diff.locator('[data-changed="sodexo"] [data-field]').textContent()).toContain('Company → Private security');
    expect(await diff.locator('[data-section="actorsAdded"] li').allTextContents()).toEqual(['Frente de Defensa de Espinar']);
    await page.getByTestId('diff-show').click();
    expect(await page.getByTestId('counts').getAttribute('data-shown-actors')).toBe('2');
    expect(await page.getByTestId('filter-only').textContent()).toContain('2');
  });

  it('exports the comparison as Excel with four sheets, and the side-by-side drawing as SVG with legend and sources', async () => {
    const { page } = await chromium.open(`${baseURL}#/compare`, { locale: 'es-PE' });
    await compared(page);
    const [workbook] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-export-xlsx').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await workbook.path())!) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Resumen', 'Actores compartidos', 'Brechas', 'Cambios']);
    // The summary sheet: heading row, then the actors of each network and the difference.
    const summary = book.worksheets[0]!;
    expect([2, 3, 4, 5].map((c) => summary.getRow(2).getCell(c).value)).toEqual(['Actores', 60, 16, -44]);
    await page.getByTestId('export-menu').locator('summary').click();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    const picture = readFileSync((await svg.path())!, 'utf8');
    expect(picture).toContain('Red nacional de Lima, 2010 y Red regional Macro Sur (Cusco), 2017');
    expect(picture).toContain('Actor presente en ambas redes');
    expect(picture).toContain('Voluntary Principles on Security and Human Rights: Implementation Process Feasibility Study in Peru');
    expect((picture.match(/class="actor[ "]/g) ?? []).length).toBe(lima.actors.length + macroSur.actors.length);
  });
});

describe('the network over time', () => {
  it('the time slider hides the ties that did not stand at the chosen month', async () => {
    const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('network-switcher').selectOption('macro-sur-2017');
    await waitForDrawn(page, macroSur.actors.length);
    const shownTies = () => page.getByTestId('counts').getAttribute('data-shown-ties');
    await page.getByTestId('time-slider').getByRole('checkbox').check();
    // The dates in the file run from 2010 to 2018: 97 months, the slider ends on January 2018.
    expect(await page.getByTestId('time-range').getAttribute('max')).toBe('96');
    expect(await page.getByTestId('time-at').textContent()).toBe('ene. 2018');
    // January 2015 (month 60): the one tie dated 2010 and the 4 undated ties.
    await page.getByTestId('time-range').fill('60');
    expect(await page.getByTestId('time-at').textContent()).toBe('ene. 2015');
    expect(await shownTies()).toBe('5');
    // July 2017 (month 90): also the 3 ties dated 2017; the tie from February to June 2017 has ended.
    await page.getByTestId('time-range').fill('90');
    expect(await shownTies()).toBe('8');
    // Off again: all 22.
    await page.getByTestId('time-slider').getByRole('checkbox').uncheck();
    expect(await shownTies()).toBe(String(macroSur.ties.length));
  });
});
