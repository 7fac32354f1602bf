// Comparing as an analyst does: Lima 2010 beside Macro Sur 2017 with the actors they share pointed out in both
// drawings; a scenario before and after two edits; the network as it stood at a date.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { useBrowser, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';
import regions from '../../data/peru-regions.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

const compared = (page: Page) => page.waitForSelector('[data-testid="compare-view"][data-status="done"]');
/** A table row's cells as read on screen. */
const cells = (row: Locator) => row.locator('th, td').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).innerText.trim()));
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
    // (on its dot: the group's box takes in its label too, and its middle may fall between the two)
    await page.locator('g.panel[data-side="b"] g.actor[data-actor="socios-peru"] circle').last().click();
    expect(await markedIn(page, 'a', 'data-picked')).toEqual(['socios-peru']);
    expect(await markedIn(page, 'b', 'data-picked')).toEqual(['socios-peru']);
    await page.getByTestId('view-table').click();
    await page.getByTestId('actors-table').waitFor();
    expect(await page.locator('[data-testid="actors-table"] tr.selected').count()).toBe(1);
    await page.getByTestId('view-compare').click();
    // The summary gives both networks' figures.
    const row = page.locator('[data-testid="compare-summary"] tr[data-figure="actors"] td');
    // Lima's actors, Macro Sur's, and the difference (counted from the files; the minus sign typeset).
    const [a, b] = [lima.actors.length, macroSur.actors.length];
    expect(await row.allTextContents()).toEqual([String(a), String(b), `−${a - b}`]);
    await page.getByTestId('compare-tab-shared').click();
    expect(await page.locator('[data-testid="compare-shared"] tbody tr').count()).toBe(2);
    // Each network's records in the summary (Lima: 3 engagements; Macro Sur: 10), and in the shared actors, who was
    // engaged in both: Socios Perú (3 in Lima, the last ending in March 2010; 6 in Macro Sur, the last in August
    // 2017), not the police (none in Lima).
    const socios = page.locator('[data-testid="compare-shared"] tr[data-actor="socios-peru"]');
    expect(await socios.locator('td[data-engagements]').allTextContents()).toEqual(['3', '6']);
    // A month as the locale writes it ("3/2010" in Chromium's es-PE, "03/2010" in Node's).
    const [lastA, lastB] = await socios.locator('td[data-last]').allTextContents();
    expect([lastA, lastB]).toEqual([expect.stringMatching(/^0?3\/2010$/), expect.stringMatching(/^0?8\/2017$/)]);
    const police = page.locator('[data-testid="compare-shared"] tr[data-actor="pnp"]');
    expect(await police.locator('td[data-last]').allTextContents()).toEqual(['ninguno', lastB]);
    expect(await page.getByTestId('compare-engaged-both').textContent()).toBe(
      '1 de los 2 actores compartidos participó en encuentros registrados en ambas redes.',
    );
    await page.getByTestId('compare-tab-summary').click();
    expect(await page.locator('[data-testid="compare-summary"] tr[data-figure="engagements"] td').allTextContents()).toEqual([
      '3',
      '10',
      '+7',
    ]);
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
    expect(await cells(diff.locator('[data-changed="sodexo"] [data-field="sector"]'))).toEqual([
      'Sector',
      'Company',
      '→',
      'Private security',
    ]);
    expect(await diff.locator('[data-section="actorsAdded"] li').allTextContents()).toEqual(['Frente de Defensa de Espinar']);
    await page.getByTestId('diff-show').click();
    expect(await page.getByTestId('counts').getAttribute('data-shown-actors')).toBe('2');
    expect(await page.getByTestId('filter-only').textContent()).toContain('2');
  });

  it('in Spanish, Lima vs Macro Sur → Cambios reads as the inspector shows it: words, region names, titles, no JSON or codes', async () => {
    const { page } = await chromium.open(`${baseURL}#/compare`, { locale: 'es-PE' });
    await compared(page);
    await page.getByTestId('compare-tab-changes').click();
    const diff = page.getByTestId('compare-diff');
    const text = await diff.innerText();
    // No value is written as raw data: no JSON objects or lists, no ISO region code, no model key, no seed file name.
    expect(text).not.toMatch(/\{"|\[\{/);
    expect(text).not.toMatch(/PE-[A-Z]{3}/);
    expect(text).not.toMatch(/vpKnowledge|fieldBasis|inferred|documented/);
    expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    // The police moved from Lima to Cusco: in data/lima-2010.json its region is PE-LMA, in macro-sur-2017.json PE-CUS,
    // which data/peru-regions.json names "Lima Metropolitana" and "Cusco".
    const regionOf = (network: typeof lima | typeof macroSur) => network.actors.find((a) => a.id === 'pnp')!.region;
    const regionName = (code: string) => regions.regions.find((r) => r.code === code)!.name.es;
    expect([regionOf(lima), regionOf(macroSur)]).toEqual(['PE-LMA', 'PE-CUS']);
    expect(await cells(diff.locator('[data-changed="pnp"] tr[data-field="region"]'))).toEqual([
      'Región',
      regionName('PE-LMA'),
      '→',
      regionName('PE-CUS'),
    ]);
    // Sources by their documents' titles (each network lists its one document with its title), with the place cited.
    const sources = await cells(diff.locator('[data-changed="socios-peru"] tr[data-field="sources"]'));
    expect(sources[0]).toMatch(/^Fuentes\s+procedencia$/);
    expect(sources[1]).toBe(`${lima.sources[0]!.title} (Anexo 4 (Mesa redonda 25-2-2010), filas 18–20; I Introducción)`);
    expect(sources[3]).toBe(`${macroSur.sources[0]!.title} (Antecedentes; El proyecto)`);
    // Contacts as the inspector lists them: a name and its role, one a line; none in 2017.
    const contacts = await cells(diff.locator('[data-changed="socios-peru"] tr[data-field="contacts"]'));
    expect(contacts.slice(1)).toEqual([
      'Cynthia García — Participante en la mesa redonda\nGaby Zegarra — Participante en la mesa redonda\nCarlos Salazar — Participante en la mesa redonda',
      '→',
      '(vacío)',
    ]);
    // The basis of single fields, one field a row, in words: Socios Perú's engagement was inferred in 2010 and is
    // documented in 2017; its influence rested on an assumption and, left out in 2017, on the record's basis (documented).
    expect(await cells(diff.locator('[data-changed="socios-peru"] tr[data-field="fieldBasis"][data-key="engagement"]'))).toEqual([
      'Involucramiento (base)\nprocedencia',
      'Inferido',
      '→',
      'Documentado',
    ]);
    expect(await cells(diff.locator('[data-changed="socios-peru"] tr[data-field="fieldBasis"][data-key="influence"]'))).toEqual([
      'Influencia (base)\nprocedencia',
      'Supuesto (ilustrativo)',
      '→',
      'Documentado (base del registro)',
    ]);
    // Scores with their words, and "sin evaluar" for a score left out, as the inspector says it.
    expect(await cells(diff.locator('[data-changed="pnp"] tr[data-field="influence"]'))).toEqual([
      'Influencia',
      '5 · Muy alta',
      '→',
      'sin evaluar',
    ]);
    // The summary's differences carry their sign with a true minus: 16 − 66 actors.
    await page.getByTestId('compare-tab-summary').click();
    expect(await cells(page.locator('[data-testid="compare-summary"] tr[data-figure="actors"]'))).toEqual(['Actores', '66', '16', '−50']);

    // In English, the same changes in English words.
    await page.getByTestId('language-switcher').selectOption('en');
    await page.getByTestId('compare-tab-changes').click();
    expect(await cells(diff.locator('[data-changed="pnp"] tr[data-field="region"]'))).toEqual([
      'Region',
      regions.regions.find((r) => r.code === 'PE-LMA')!.name.en,
      '→',
      'Cusco',
    ]);
    expect(await cells(diff.locator('[data-changed="socios-peru"] tr[data-field="fieldBasis"][data-key="engagement"]'))).toEqual([
      'Engagement (basis)\nprovenance',
      'Inferred',
      '→',
      'Documented',
    ]);
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
    expect([2, 3, 4, 5].map((c) => summary.getRow(2).getCell(c).value)).toEqual(['Actores', 66, 16, -50]);
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
  it('the time slider hides the actors not yet engaged and the ties that did not stand at the chosen month', async () => {
    const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('network-switcher').selectOption('macro-sur-2017');
    await waitForDrawn(page, macroSur.actors.length);
    const shownTies = () => page.getByTestId('counts').getAttribute('data-shown-ties');
    await page.getByTestId('time-slider').getByRole('checkbox').check();
    // The dates in the file run from 2010 to 2018: 97 months, the slider ends on January 2018.
    expect(await page.getByTestId('time-range').getAttribute('max')).toBe('96');
    expect(await page.getByTestId('time-at').textContent()).toBe('ene. 2018');
    // The sample records the group's engagements, so actors appear with their first one (model/as-of.ts): the
    // Grupo Impulsor and the Foreign Ministry in 2017 (the work plan, their ties dated 2017), the members at its
    // set-up in August 2017; Socios Perú with its 2010 tie to the national group; the rest, in no engagement, always.
    const shownActors = () => page.getByTestId('counts').getAttribute('data-shown-actors');
    // January 2015 (month 60): 8 of the 16 actors; the one tie dated 2010 and 3 of the 4 undated ties (the fourth,
    // from the national group to the Grupo Impulsor, waits for the group).
    await page.getByTestId('time-range').fill('60');
    expect(await page.getByTestId('time-at').textContent()).toBe('ene. 2015');
    expect(await shownActors()).toBe('8');
    expect(await shownTies()).toBe('4');
    // July 2017 (month 90): the Grupo Impulsor and the Ministry too; the 4 undated ties, the one of 2010 and the 3
    // dated 2017; the tie from February to June 2017 has ended.
    await page.getByTestId('time-range').fill('90');
    expect(await shownActors()).toBe('10');
    expect(await shownTies()).toBe('8');
    // Off again: all of them (21).
    await page.getByTestId('time-slider').getByRole('checkbox').uncheck();
    expect(await shownTies()).toBe(String(macroSur.ties.length));
  });
});
