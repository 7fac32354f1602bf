// Issue 31, in the browser and in Spanish: a year of the Espinar group's records (tests/e2e/timeline-scenario.ts,
// worked by hand there) imported as a native file. The Cronología shows the four engagements, three commitments (one
// overdue) and two incidents on one axis in Spanish months; picking a record selects its actors in the network;
// an actor selected in the network brings its history forward; and the time slider, played, adds the actors as they
// first take part in a meeting, with the month played moving along the timeline.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { actorPosition, useBrowser, violations, waitForDrawn, waitForStillView } from './browser';
import lima from '../../data/lima-2010.json';
import { espinarRecords } from './timeline-scenario';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

async function openEspinar(page: Page) {
  await waitForDrawn(page, lima.actors.length);
  await page.getByTestId('import-button').click();
  await page
    .getByTestId('import-files')
    .setInputFiles({ name: 'espinar.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(espinarRecords())) });
  await page.getByTestId('import-commit').click();
  await waitForDrawn(page, 8);
}

const mark = (page: Page, id: string) => page.locator(`g.mark[data-record="${id}"]`);
const selected = (page: Page) => page.evaluate(() => window.__puentesDrawing!.selected().sort());
const faded = (page: Page, id: string) => page.evaluate((actor) => window.__puentesDrawing!.classes(actor).includes('faded'), id);

describe('the timeline', () => {
  it('shows the records on one axis, selects a record’s actors everywhere and an actor’s history', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE', viewport: { width: 1920, height: 1080 } });
    await openEspinar(page);

    await page.getByTestId('view-timeline').click();
    expect(await page.getByTestId('view-timeline').textContent()).toBe('Cronología');
    const svg = page.getByTestId('timeline-svg');
    await svg.waitFor();
    // 4 engagements, 3 commitments, 2 incidents, each in its lane.
    expect(await page.locator('g.mark').count()).toBe(9);
    expect(await page.locator('g.mark[data-field="engagements"]').count()).toBe(4);
    expect(await page.locator('g.mark[data-field="commitments"]').count()).toBe(3);
    expect(await page.locator('g.mark[data-field="incidents"]').count()).toBe(2);
    // The axis in Spanish months: the ticks from March 2024 on include January 2025, as "ene. 2025".
    const ticks = await svg.locator('text').allTextContents();
    expect(ticks.some((t) => /^ene\.? 2025$/i.test(t.trim()))).toBe(true);
    // The protocol promised for 31 October 2024, still pending: overdue, in words as well as in red.
    expect(await mark(page, 'c1').getAttribute('aria-label')).toBe(
      'Pendiente (Vencido), 6/2024 al 31/10/2024: Publicar el protocolo de seguridad',
    );
    expect(await mark(page, 'c1').textContent()).toContain('Vencido · Publicar el protocolo');
    // The workshop, dated by its month only, is a faint bar over June, not a day.
    expect(await mark(page, 'e2').getAttribute('aria-label')).toBe('Taller, 6/2024: Cusco: Taller sobre los Principios Voluntarios');
    expect(await mark(page, 'e2').locator('rect:not(.hit)').getAttribute('fill-opacity')).toBe('0.25');
    await page.screenshot({ path: 'test-results/timeline-es.png' });

    // Picking the workshop shows it beside the axis and selects its four participants.
    await mark(page, 'e2').click();
    const details = page.getByTestId('timeline-details');
    expect(await details.locator('h3').textContent()).toBe('Taller sobre los Principios Voluntarios');
    expect((await details.innerText()).replace(/\s+/g, ' ')).toContain('Participantes Asociación Civil Espinar · Convocó');
    expect(await page.getByTestId('timeline-history').textContent()).toContain('Historia de 4 actores');
    await page.screenshot({ path: 'test-results/timeline-picked-es.png' });
    await page.getByTestId('view-network').click();
    expect(await selected(page)).toEqual(['empresa', 'ong', 'policia', 'rondas']);

    // An actor selected on the network: the timeline brings forward its history (DCAF: the training it convened).
    await waitForStillView(page);
    const { x, y } = await actorPosition(page, 'dcaf');
    await page.mouse.click(x, y);
    expect(await selected(page)).toEqual(['dcaf']);
    await page.getByTestId('view-timeline').click();
    await svg.waitFor();
    expect(await page.getByTestId('timeline-history').textContent()).toBe('Historia de DCAF: 1 registro');
    expect(await mark(page, 'e3').getAttribute('data-in-history')).toBe('true');
    expect(await mark(page, 'e1').getAttribute('data-in-history')).toBe('false');
    await page.getByTestId('timeline-only-history').check();
    expect(await page.locator('g.mark').count()).toBe(1);
    // The same as a list, for the keyboard and screen readers (open from the start).
    expect(await page.getByTestId('timeline-list').locator('tbody tr').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('timeline-only-history').uncheck();
    expect(await page.locator('g.mark').count()).toBe(9);

    // The keyboard: the arrows move through the records in time, Enter picks one.
    await mark(page, 'e3').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-record') === 'c2');
    await page.keyboard.press('Enter');
    // After the training (10 September 2024): the commitment made on its last day, 12 September.
    expect(await details.locator('h3').textContent()).toBe('Capacitar a todos sus agentes');
  });

  it('plays the network through time: actors appear as they first take part in a meeting', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE', viewport: { width: 1920, height: 1080 } });
    await openEspinar(page);
    const shownActors = () => page.getByTestId('counts').getAttribute('data-shown-actors');
    await page.getByTestId('time-slider').getByRole('checkbox').check();
    // From January 2023 (the company's service to the police, since 2023) to June 2026 (a commitment due): 42 months.
    expect(await page.getByTestId('time-range').getAttribute('max')).toBe('41');
    await page.getByTestId('time-range').fill('0');
    expect(await page.getByTestId('time-at').textContent()).toBe('ene. 2023');
    // January 2023: the company and the police (their tie says they were there) and the radio (in no meeting).
    expect(await shownActors()).toBe('3');
    expect(await faded(page, 'dcaf')).toBe(true);
    // March 2024 (month 14), the first meeting: the NGO and the Ombudsman appear.
    await page.getByTestId('time-range').fill('14');
    expect(await shownActors()).toBe('5');

    // Played from there, in Spanish: DCAF appears with its training in September 2024, the municipality in 2025.
    await page.getByTestId('time-play').click();
    expect(await page.getByTestId('time-play').textContent()).toContain('Pausa');
    await page.waitForFunction(() => document.querySelector('[data-testid="counts"]')?.getAttribute('data-shown-actors') === '7');
    expect(await faded(page, 'dcaf')).toBe(false);
    await page.waitForFunction(() => document.querySelector('[data-testid="counts"]')?.getAttribute('data-shown-actors') === '8');
    await page.getByTestId('time-play').click();
    expect(await page.getByTestId('time-at').textContent()).toMatch(/ 202[56]$/);
    expect(await page.getByTestId('time-play').textContent()).toContain('Reproducir');
    await page.screenshot({ path: 'test-results/timeline-playback-network-es.png' });

    // The timeline marks the month played, and fades what came after it.
    await page.getByTestId('view-timeline').click();
    const played = page.getByTestId('timeline-played');
    await played.waitFor();
    const month = await played.getAttribute('data-month');
    expect(month! >= '2025-01').toBe(true);
    expect(await mark(page, 'e1').getAttribute('data-later')).toBeNull();
    expect(await mark(page, 'c2').getAttribute('data-later')).toBeNull();
    await page.getByTestId('time-range').fill('14');
    await page.waitForSelector('[data-testid="timeline-played"][data-month="2024-03"]');
    expect(await mark(page, 'e2').getAttribute('data-later')).toBe('true');
    await page.screenshot({ path: 'test-results/timeline-playback-es.png' });
  });
});
