// Issue 31, in the browser and in Spanish: a network with engagement records, dated from today, is imported as a
// native file; the analysis panel names the overdue commitment, the follow-up list has it with the actors to
// contact, and the map colours regions by incidents and outlines the one of the time slider's month.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, violations, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';
import { addMonths } from '../../src/analysis/engagement-gaps';
import { formatDate } from '../../src/i18n/format';
import { addDays, dayOf } from '../../src/model/records';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

const today = dayOf(new Date());
const monthsAgo = (n: number) => addMonths(today, -n);
const actor = (id: string, name: string, shortName: string, sector: string, influence: number, region: string) => ({
  id,
  name,
  shortName,
  sector,
  influence,
  region,
  country: 'PE',
  basis: 'assumed',
});
const meeting = (id: string, date: string, region: string, topic: string, participants: [string, string][]) => ({
  id,
  kind: 'meeting',
  date,
  region,
  topic,
  participants: participants.map(([a, role]) => ({ actor: a, role })),
  basis: 'documented',
});

/**
 * Six actors of Cusco, Apurímac and Puno. Nine months ago a workshop in Apurímac (the company, the police, the NGO);
 * twenty days ago a round of dialogue in Cusco (the Ombudsman, the community, the NGO; the police invited, absent).
 * The company promised the community drinking water 40 days ago; the Ombudsman's report is due in 10 days. Three
 * months ago a protest in Cusco (the police, the community), five months ago a road block in Apurímac (the company).
 */
function recordedNetwork() {
  return {
    schemaVersion: 3,
    id: 'chumbivilcas',
    title: 'Chumbivilcas: seguimiento',
    actors: [
      actor('minera', 'Minera del Sur S.A.', 'Minera del Sur', 'company', 5, 'PE-APU'),
      actor('policia', 'Policía Nacional del Perú', 'PNP', 'security_forces', 4, 'PE-CUS'),
      actor('defensoria', 'Defensoría del Pueblo', 'Defensoría', 'state', 4, 'PE-CUS'),
      actor('comunidad', 'Comunidad Campesina de Chumbivilcas', 'Comunidad de Chumbivilcas', 'community', 3, 'PE-CUS'),
      actor('ong', 'Derechos Humanos sin Fronteras', 'DHSF', 'civil_society', 3, 'PE-CUS'),
      actor('gore', 'Gobierno Regional de Puno', 'GORE Puno', 'state', 4, 'PE-PUN'),
    ],
    ties: [
      { id: 't1', source: 'minera', target: 'comunidad', type: 'dialogue', since: monthsAgo(12).slice(0, 7), basis: 'assumed' },
      { id: 't2', source: 'defensoria', target: 'comunidad', type: 'dialogue', since: today.slice(0, 7), basis: 'assumed' },
      { id: 't3', source: 'ong', target: 'comunidad', type: 'collaboration', basis: 'assumed' },
      { id: 't4', source: 'policia', target: 'gore', type: 'coordination', basis: 'assumed' },
    ],
    engagements: [
      meeting('taller', monthsAgo(9), 'PE-APU', 'Taller sobre los Principios Voluntarios', [
        ['ong', 'convened'],
        ['minera', 'attended'],
        ['policia', 'attended'],
      ]),
      meeting('mesa', addDays(today, -20), 'PE-CUS', 'Mesa de diálogo de Chumbivilcas', [
        ['defensoria', 'convened'],
        ['comunidad', 'attended'],
        ['ong', 'attended'],
        ['policia', 'invited'],
      ]),
    ],
    commitments: [
      {
        id: 'agua',
        what: 'Instalar un sistema de agua potable',
        by: ['minera'],
        to: ['comunidad'],
        engagement: 'taller',
        due: addDays(today, -40),
        basis: 'documented',
      },
      { id: 'informe', what: 'Enviar el informe de la mesa de diálogo', by: ['defensoria'], due: addDays(today, 10), basis: 'documented' },
    ],
    incidents: [
      {
        id: 'protesta',
        kind: 'protest',
        date: monthsAgo(3),
        region: 'PE-CUS',
        severity: 3,
        involved: [
          { actor: 'policia', role: 'security_provider' },
          { actor: 'comunidad', role: 'affected_community' },
        ],
        basis: 'documented',
      },
      {
        id: 'bloqueo',
        kind: 'road_block',
        date: monthsAgo(5),
        region: 'PE-APU',
        severity: 2,
        involved: [{ actor: 'minera', role: 'other' }],
        basis: 'documented',
      },
    ],
  };
}

async function openRecorded(page: Page) {
  await waitForDrawn(page, lima.actors.length);
  await page.getByTestId('import-button').click();
  await page
    .getByTestId('import-files')
    .setInputFiles({ name: 'chumbivilcas.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(recordedNetwork())) });
  await page.getByTestId('import-commit').click();
  await waitForDrawn(page, 6);
}

const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('what the records mean for the next meeting', () => {
  it('shows the overdue commitment in the gaps, the follow-up list and the map by incidents', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE', viewport: { width: 1366, height: 900 } });
    await openRecorded(page);

    // The analysis panel's gap list: the overdue commitment, who promised what to whom, due when, how late.
    await page.getByTestId('analysis-tab').click();
    await page.waitForSelector('[data-testid="analysis-panel"][data-status="done"][data-stale="false"]');
    const gaps = clean(await page.getByTestId('gaps').textContent());
    const due = formatDate(addDays(today, -40), 'es');
    expect(gaps).toContain('Compromisos vencidos');
    expect(gaps).toContain(
      `Minera del Sur se comprometió con Comunidad de Chumbivilcas a «Instalar un sistema de agua potable», plazo ${due}: 40 días de retraso.`,
    );
    // Influential, never engaged: the regional government of Puno; the protest's police, not met since.
    // Its influence is assumed in this network, and the sentence says so.
    expect(gaps).toContain('GORE Puno (influencia 4, supuesta) no participó en ninguno de los 2 contactos registrados.');
    expect(gaps).toContain(`Protesta en Cusco, ${formatDate(monthsAgo(3), 'es')}: ningún contacto desde entonces con PNP.`);
    // The rule's name selects its actors in every view.
    await page.getByTestId('gaps').getByRole('button', { name: 'Compromisos vencidos' }).click();
    expect((await page.evaluate(() => window.__puentesDrawing!.selected())).sort()).toEqual(['comunidad', 'minera']);

    // The follow-up list: the overdue commitment, the one due soon, the actors to contact with why and when.
    await page.getByTestId('view-followup').click();
    const view = page.getByTestId('followup-view');
    await view.waitFor();
    expect(clean(await page.getByTestId('followup-as-of').textContent())).toBe(`Chumbivilcas: seguimiento · al ${formatDate(today, 'es')}`);
    const overdue = page.getByTestId('followup-overdue');
    expect(clean(await overdue.locator('h3').textContent())).toBe('Compromisos vencidos (1)');
    expect(clean(await overdue.locator('tbody tr').first().innerText())).toBe(
      `Instalar un sistema de agua potable Minera del Sur Comunidad de Chumbivilcas ${due} 40 días Pendiente`,
    );
    expect(clean(await page.getByTestId('followup-due-soon').locator('tbody tr').first().innerText())).toBe(
      `Enviar el informe de la mesa de diálogo Defensoría el grupo ${formatDate(addDays(today, 10), 'es')} 10 días Pendiente`,
    );
    const contacts = page.getByTestId('followup-contact').locator('tbody tr');
    // The company (the road block) and the police (the protest), both nine months unheard since the workshop, the
    // company first for its influence (5 over 4); then Puno's regional government (never engaged, no incident).
    expect(await contacts.count()).toBe(3);
    expect(clean(await contacts.nth(0).innerText())).toContain(
      `Bloqueo de vía en Apurímac, ${formatDate(monthsAgo(5), 'es')} (Involucrado)`,
    );
    const police = clean(await contacts.nth(1).innerText());
    expect(police).toContain('Policía Nacional del Perú');
    expect(police).toContain('Influencia 4, supuesta: sin contacto desde hace 9 meses');
    expect(police).toContain(
      `Protesta en Cusco, ${formatDate(monthsAgo(3), 'es')} (Proveedor de seguridad): ningún contacto desde entonces`,
    );
    expect(police).toContain(`${formatDate(monthsAgo(9), 'es')}, Taller sobre los Principios Voluntarios (hace 9 meses)`);
    expect(clean(await contacts.nth(2).innerText())).toBe(
      'Gobierno Regional de Puno Influencia 4, supuesta: no ha participado en ningún contacto registrado Ningún contacto registrado',
    );
    // A line selects its actors everywhere.
    await contacts.nth(1).getByRole('button').click();
    expect(await page.evaluate(() => window.__puentesDrawing!.selected())).toEqual(['policia']);
    await page.getByTestId('followup-due-within').fill('5');
    await page.getByTestId('followup-due-within').press('Enter');
    expect(clean(await page.getByTestId('followup-due-soon').locator('h3').textContent())).toBe('Vencen en 5 días o menos (0)');
    await page.getByTestId('followup-due-within').fill('30');
    await page.getByTestId('followup-due-within').press('Enter');
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/followup-es.png' });

    // Printed: the list alone, no toolbar, header or panels.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('followup-view').isVisible()).toBe(true);
    expect(await page.locator('[role="toolbar"]').isVisible()).toBe(false);
    expect(await page.getByTestId('followup-print').isVisible()).toBe(false);
    await page.pdf({ path: 'test-results/followup-es.pdf', format: 'A4' });
    await page.emulateMedia({ media: 'screen' });

    // The map by incidents over the whole record: Cusco (the protest) and Apurímac (the road block) coloured.
    await page.getByTestId('view-map').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="map-svg"] g.region').length === 26);
    await page.getByTestId('map-measure').selectOption('incidents');
    expect(clean(await page.getByTestId('map-legend').locator('h3').first().textContent())).toBe(
      'Incidentes en la región (todo el registro)',
    );
    const fill = (code: string) => page.locator(`[data-region="${code}"] path.shape`).getAttribute('fill');
    expect([await fill('PE-CUS'), await fill('PE-APU')]).toEqual([expect.stringMatching(/^#|rgb/), expect.stringMatching(/^#|rgb/)]);
    expect(await fill('PE-CUS')).toBe(await fill('PE-APU'));
    // Puno had none: the lightest class, not "no data".
    expect(await fill('PE-PUN')).not.toBe('url(#no-data)');
    // From four months ago, the road block (five months ago) is left out.
    await page.getByTestId('map-period-from').fill(monthsAgo(4).slice(0, 7));
    await page.getByTestId('map-period-from').dispatchEvent('change');
    expect(await fill('PE-APU')).not.toBe(await fill('PE-CUS'));
    await page.getByTestId('map-period-from').fill('');
    await page.getByTestId('map-period-from').dispatchEvent('change');

    // The time slider on the protest's month: Cusco outlined, pulsing; still, for a reader who asked for less motion.
    await page.getByTestId('time-slider').getByRole('checkbox').check();
    const months = await page.getByTestId('time-range').getAttribute('max');
    await page.getByTestId('time-range').fill(String(Number(months) - 3));
    const flash = page.locator('[data-incident-region="PE-CUS"]');
    await flash.waitFor();
    expect(await page.locator('[data-incident-region]').count()).toBe(1);
    expect(await flash.evaluate((el) => getComputedStyle(el).animationName)).toMatch(/pulse/);
    expect(clean(await page.getByTestId('map-incidents-note').textContent())).toMatch(/^Contorno rojo: 1 incidente en /);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await flash.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await page.screenshot({ path: 'test-results/followup-map-incidents-es.png' });
  });
});
