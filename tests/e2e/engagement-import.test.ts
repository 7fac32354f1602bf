// Issue 31, in the browser and in Spanish: a facilitator's log of 500 meetings, one row each with its participants
// in one cell, imported from a Spanish CSV into the open Lima scenario (one row naming someone who is not in the
// network); the dialog says what will come in and where the problem is; one step adds them all and Deshacer takes
// them back; the export menu then offers them as CSV and as a calendar file.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, violations, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

async function download(page: Page, trigger: () => Promise<void>): Promise<{ name: string; content: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  return { name: file.suggestedFilename(), content: readFileSync(await file.path(), 'utf8') };
}

/** 500 meetings of 2017–2019 in Lima's actors' names and short names, as a facilitator's spreadsheet would have them. */
function spanishLog(): string {
  const kinds = ['Reunión', 'Taller', 'Llamada', 'Visita', 'Mesa redonda'];
  const regions = ['Lima', 'Cusco', 'Apurímac', 'PE-ARE', 'Cajamarca'];
  const who = ['MINEM', 'Ministerio del Ambiente', 'Las Bambas', 'Antamina', 'Yanacocha', 'Defensoría del Pueblo', 'Socios Perú'];
  const lines = ['Fecha;Tipo;Tema;Región;Lugar;Participantes;Convocantes;Resultado;Fuente'];
  for (let i = 0; i < 500; i++) {
    const day = `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${2017 + (i % 3)}`;
    const participants = i === 7 ? 'MINEM; Minera Inventada S.A.' : `${who[i % 7]}; ${who[(i + 2) % 7]}`;
    lines.push(
      `${day};${kinds[i % 5]};Sesión ${i + 1};${regions[i % 5]};Sede ${i % 9};"${participants}";Socios Perú;Acta ${i + 1};acta-${i + 1}.pdf`,
    );
  }
  return lines.join('\r\n') + '\r\n';
}

describe('importing engagements', () => {
  it('adds 500 meetings from a Spanish CSV to the open scenario in one undoable step', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('import-button').click();
    await page
      .getByTestId('import-what')
      .getByRole('radio', { name: /Reuniones y compromisos/ })
      .check();
    await page
      .getByTestId('import-files')
      .setInputFiles({ name: 'reuniones-2017-2019.csv', mimeType: 'text/csv', buffer: Buffer.from(spanishLog(), 'utf8') });

    const result = page.getByTestId('import-records-result');
    await result.getByText('Se añadirán 500 reuniones a «Red nacional de Lima, 2010».').waitFor({ timeout: 20_000 });
    // The columns were recognised from the Spanish headers.
    const mapping = page.getByTestId('mapping-engagements');
    expect(await mapping.locator('select[data-field="date"] option:checked').textContent()).toBe('Fecha');
    expect(await mapping.locator('select[data-field="participants"] option:checked').textContent()).toBe('Participantes');
    // Row 9 (the eighth meeting) names someone who is not in the network: said where, and the meeting kept.
    const problems = await page.getByTestId('import-problems').innerText();
    expect(problems).toContain('reuniones-2017-2019.csv fila 9, columna "Participantes"');
    expect(problems).toContain('«Minera Inventada S.A.» no es un actor de esta red');
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/engagement-import-es.png' });
    await page.getByTestId('import-problems').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/engagement-import-problems-es.png' });

    await page.getByTestId('import-records-commit').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    expect(await page.getByTestId('status').textContent()).toContain('Importar 500 reuniones');

    // The export menu now offers them; the CSV holds the 500 rows, with the participants matched to the actors.
    await page.getByTestId('export-menu').locator('summary').click();
    const csv = await download(page, () => page.getByTestId('export-csv-engagements').click());
    const rows = csv.content
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows).toHaveLength(501);
    expect(rows[0]).toContain('"fecha","hasta","tipo","tema"');
    expect(rows[1]).toContain('"2017-01-01","","Reunión","Sesión 1"');
    expect(rows[1]).toContain('"Ministerio de Energía y Minas; Las Bambas (Xstrata Copper)","Socios Perú"');
    const calendar = await download(page, () => page.getByTestId('export-calendar').click());
    expect(calendar.name.endsWith('.ics')).toBe(true);
    expect(calendar.content.match(/BEGIN:VEVENT/g)).toHaveLength(500);

    // Deshacer takes all 500 back in one step: the menu no longer offers them.
    await page.keyboard.press('Escape');
    await page.getByTestId('undo').click();
    await page.getByTestId('export-menu').locator('summary').click();
    expect(await page.getByTestId('export-csv-engagements').count()).toBe(0);
  });
});
