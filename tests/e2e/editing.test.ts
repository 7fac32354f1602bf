import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { actorPosition, canvasData, dragBetween, useBrowser, waitForDrawn, waitForStillView } from './browser';
import lima from '../../data/lima-2010.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

const counts = async (page: Page) => {
  const el = page.getByTestId('counts');
  return {
    actors: Number(await el.getAttribute('data-actors')),
    ties: Number(await el.getAttribute('data-ties')),
    shownActors: Number(await el.getAttribute('data-shown-actors')),
  };
};

const isSelected = (page: Page, id: string) => page.evaluate((actorId) => window.__puentesDrawing?.selected().includes(actorId), id);

describe('finding and filtering', () => {
  it('finds an accented actor from an accent-free query, selects it and shows it', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('network-switcher').selectOption('macro-sur-2017');
    await waitForDrawn(page, 16);
    await page.getByTestId('search').fill('guaman poma');
    expect(await page.getByTestId('search-results').textContent()).toContain('Centro Guamán Poma');
    await page.keyboard.press('Enter');
    await page.getByTestId('actor-details').waitFor();
    expect(await page.locator('#actor-name').textContent()).toBe('Centro Guamán Poma');
    expect(await isSelected(page, 'centro-guaman-poma')).toBe(true);
  });

  it('filters by pillar and says how many of how many are shown', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('filters').locator('summary').click();
    await page.getByRole('checkbox', { name: 'State', exact: true }).check();
    // Lima 2010 has 12 State actors: 8 Peruvian ministries and offices, the Central Reserve Bank, the PNP, and 2 Colombian
    // presidential offices.
    expect((await counts(page)).shownActors).toBe(12);
    expect(await page.getByTestId('counts').textContent()).toContain(`Showing 12 of ${lima.actors.length} actors`);
    expect(await page.getByTestId('network-canvas').getAttribute('data-shown-nodes')).toBe('12');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect((await counts(page)).shownActors).toBe(lima.actors.length);
  });

  it('focuses on an actor’s one-step neighbourhood and leaves focus with Escape', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    const { x, y } = await actorPosition(page, 'socios-peru');
    await page.mouse.click(x, y);
    await page.getByRole('button', { name: 'Focus: 1 step' }).click();
    // Socios Perú is tied to the round table, the study team and International Alert.
    expect((await counts(page)).shownActors).toBe(4);
    await page.getByTestId('focus-banner').waitFor();
    await page.locator('body').press('Escape');
    expect((await counts(page)).shownActors).toBe(lima.actors.length);
  });
});

describe('editing', () => {
  it('adds an actor, draws a tie to another, sets its trust; undo twice and redo once', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);

    await page.getByTestId('add-actor').click();
    const form = page.getByTestId('actor-form');
    await form.locator('input[name="name"]').fill('Mesa de diálogo de Espinar');
    await form.locator('select[name="sector"]').selectOption('community');
    await form.locator('select[name="region"]').selectOption('PE-CUS');
    await form.getByRole('button', { name: 'Save' }).click();
    await waitForDrawn(page, lima.actors.length + 1);
    expect(await page.locator('#actor-name').textContent()).toBe('Mesa de diálogo de Espinar');

    await page.getByTestId('draw-ties').click();
    await dragBetween(page, 'mesa-de-dialogo-de-espinar', 'defensoria');
    const tieForm = page.getByTestId('tie-form');
    await tieForm.locator('select[name="trust"]').selectOption('1');
    await tieForm.getByRole('button', { name: 'Save' }).click();
    await page.waitForSelector(`[data-testid="network-canvas"][data-rendered-edges="${lima.ties.length + 1}"]`);
    const tieId = 'dialogue--mesa-de-dialogo-de-espinar--defensoria';
    expect(await canvasData(page, tieId, 'trust')).toBe(1);
    expect(await page.getByTestId('tie-details').textContent()).toContain('Trust (+1 on a scale from −2 to +2)');

    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    expect(await counts(page)).toMatchObject({ actors: lima.actors.length, ties: lima.ties.length });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('redo').click();
    expect(await counts(page)).toMatchObject({ actors: lima.actors.length + 1, ties: lima.ties.length });
    expect(await canvasData(page, 'mesa-de-dialogo-de-espinar', 'sector')).toBe('community');
    expect(await canvasData(page, tieId, 'trust')).toBeUndefined();
  });

  it('shows a table edit in the graph, and Ctrl+Z undoes it', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('view-table').click();
    const table = page.getByTestId('actors-table');
    await table.getByRole('combobox', { name: 'Sector of National Society of Mining, Oil and Energy' }).selectOption('company');
    await page.getByTestId('view-network').click();
    expect(await canvasData(page, 'snmpe', 'sector')).toBe('company');
    await page.locator('body').press('Control+z');
    expect(await canvasData(page, 'snmpe', 'sector')).toBe('business_association');
  });

  it('deletes an actor with its ties and brings both back with undo', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    const { x, y } = await actorPosition(page, 'international-alert');
    await page.mouse.click(x, y);
    await page.getByTestId('actor-details').waitFor();
    await page.locator('body').press('Delete');
    // International Alert has 5 ties: round table, study team (membership), Socios Perú, round-table presentation, … (counted from the data).
    const iaTies = lima.ties.filter((t) => t.source === 'international-alert' || t.target === 'international-alert').length;
    expect(await counts(page)).toMatchObject({ actors: lima.actors.length - 1, ties: lima.ties.length - iaTies });
    await page.locator('body').press('Control+z');
    expect(await counts(page)).toMatchObject({ actors: lima.actors.length, ties: lima.ties.length });
  });

  it('selects several actors with shift-click and sets their region in one undoable step', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    for (const [i, id] of ['sase', 'desco', 'aprodeh'].entries()) {
      const { x, y } = await actorPosition(page, id);
      if (i > 0) await page.keyboard.down('Shift');
      await page.mouse.click(x, y);
      if (i > 0) await page.keyboard.up('Shift');
    }
    const bulk = page.getByTestId('bulk-edit');
    await bulk.waitFor();
    expect(await bulk.locator('h2').textContent()).toBe('3 actors and 0 ties selected');
    await bulk.getByTestId('bulk-field').selectOption('region');
    await bulk.getByTestId('bulk-value').selectOption('PE-CUS');
    await bulk.getByRole('button', { name: 'Apply to 3 actors' }).click();
    await page.getByTestId('view-table').click();
    const region = (name: string) => page.getByRole('combobox', { name: `Region of ${name}` }).inputValue();
    const names = ['SASE', 'Centre for the Study and Promotion of Development', 'Association for Human Rights'];
    expect([await region(names[0]!), await region(names[1]!), await region(names[2]!)]).toEqual(['PE-CUS', 'PE-CUS', 'PE-CUS']);
    await page.getByTestId('undo').click();
    expect([await region(names[0]!), await region(names[1]!), await region(names[2]!)]).toEqual(['PE-LMA', 'PE-LMA', 'PE-LMA']);
  });

  it('lets a keyboard user find an actor and edit it without the mouse', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await page.locator('body').press('/');
    await page.keyboard.type('snmpe');
    await page.keyboard.press('Enter');
    await page.getByTestId('actor-details').waitFor();
    // Tab to the inspector's Edit button.
    for (let i = 0; i < 80; i++) {
      const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (text === 'Edit') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.getByTestId('actor-form').waitFor();
    // The dialog opens on the (Spanish) name; then the English name, the short name, and the short name in English.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('SNMPE Perú');
    await page.keyboard.press('Enter');
    await page.getByTestId('actor-form').waitFor({ state: 'detached' });
    expect(await page.getByTestId('actor-details').locator('.short').textContent()).toBe('SNMPE Perú');
    expect(await canvasData(page, 'snmpe', 'label')).toBe('SNMPE Perú');
  });

  it('takes a laptop user to the empty name after a failed save, in view, and says what is wrong there', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE', viewport: { width: 1366, height: 768 } });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('add-actor').click();
    const form = page.getByTestId('actor-form');
    // Guardar ends the long dialog: clicking it scrolls there, as a person saving it would.
    await form.getByRole('button', { name: 'Guardar' }).click();
    // One empty name: one problem, in the singular.
    expect(await form.getByRole('alert').textContent()).toBe('1 problema por corregir antes de guardar.');
    expect((await counts(page)).actors).toBe(lima.actors.length);
    const focused = await page.evaluate(() => {
      const field = document.activeElement as HTMLInputElement;
      const box = field.getBoundingClientRect();
      const described = (field.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
      return { name: field.name, invalid: field.getAttribute('aria-invalid'), described, box, window: [innerWidth, innerHeight] };
    });
    expect(focused.name).toBe('name');
    expect(focused.invalid).toBe('true');
    // The field is wholly inside the 1366×768 window, not above the dialog's visible part.
    expect(focused.box.top).toBeGreaterThanOrEqual(0);
    expect(focused.box.bottom).toBeLessThanOrEqual(focused.window[1]!);
    expect(focused.box.left).toBeGreaterThanOrEqual(0);
    expect(focused.box.right).toBeLessThanOrEqual(focused.window[0]!);
    // What a screen reader says with the field: its problem.
    expect(focused.described).toContain('no puede estar vacío');
    // Once named, the field is valid again and the actor saved.
    await page.keyboard.type('Mesa de diálogo de Espinar');
    await form.getByRole('button', { name: 'Guardar' }).click();
    await waitForDrawn(page, lima.actors.length + 1);
  });

  it('finds the other end of a new tie by typing part of its name without accents', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('actor-list').locator('[data-actor="minem"]').click();
    await page.getByRole('button', { name: 'Agregar un vínculo' }).click();
    const tieForm = page.getByTestId('tie-form');
    const target = tieForm.getByRole('combobox', { name: 'A', exact: true });
    await target.click();
    await page.keyboard.type('defensoria');
    // Of Lima's actors only the Ombudsman's Office ("Defensoría del Pueblo") has "defensoria" in a name.
    const options = tieForm.getByRole('listbox').getByRole('option');
    expect(await options.allTextContents()).toEqual(['Defensoría del Pueblo']);
    await page.keyboard.press('Enter');
    expect(await target.inputValue()).toBe('Defensoría del Pueblo');
    // Escape closes the list, not the dialog, and keeps the actor chosen.
    await page.keyboard.press('ArrowDown');
    expect(await tieForm.getByRole('listbox').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tieForm.getByRole('listbox').isVisible()).toBe(false);
    expect(await page.getByTestId('tie-dialog').isVisible()).toBe(true);
    expect(await target.inputValue()).toBe('Defensoría del Pueblo');
    await tieForm.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForSelector(`[data-testid="network-canvas"][data-rendered-edges="${lima.ties.length + 1}"]`);
    expect(await canvasData(page, 'dialogue--minem--defensoria', 'source')).toBe('minem');
  });

  it('takes the tie form to its missing end after a failed save', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE', viewport: { width: 1366, height: 768 } });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('actor-list').locator('[data-actor="minem"]').click();
    await page.getByRole('button', { name: 'Agregar un vínculo' }).click();
    const tieForm = page.getByTestId('tie-form');
    await tieForm.getByRole('button', { name: 'Guardar' }).click();
    expect(await tieForm.getByRole('alert').textContent()).toBe('1 problema por corregir antes de guardar.');
    const focused = await page.evaluate(() => {
      const field = document.activeElement as HTMLInputElement;
      return { id: field.id, described: document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent ?? '' };
    });
    expect(focused.id).toBe('tie-target');
    expect(focused.described).not.toBe('');
  });
});

describe('screenshots of the styled network', () => {
  it.each([
    ['en-GB', 'en'],
    ['es-PE', 'es'],
  ])('draws the map in %s', async (browserLocale, name) => {
    const { page } = await chromium.open(baseURL, { locale: browserLocale });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('size-by').selectOption('degree');
    // Restyled, drawn and its labels placed again.
    await page.waitForSelector('[data-testid="network-canvas"][data-drawn="true"]');
    await waitForStillView(page);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/network-${name}.png` });
    expect(await page.getByTestId('legend-size').isVisible()).toBe(true);
  });
});
