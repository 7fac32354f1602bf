// The PDF handout as a workshop reads it in Spanish: its text is the slides' text, whole — en dashes, arrows and
// accents included — with one date per footer, and a grid page that shows the actors it says are not assessed.
// The text is read back with poppler's pdftotext, as a reader's PDF viewer would extract it.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForDrawn } from './browser';
import { importNetwork } from './workshop';
import { pagesOf } from './pdf-text';
import lima from '../../data/lima-2010.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

async function addSlide(page: Page, title: string) {
  await page.getByTestId('slides-button').click();
  const dialog = page.getByTestId('slides-dialog');
  await dialog.locator('input[name="slide-title"]').fill(title);
  const before = await dialog.locator('[data-testid="slide-list"] > li').count();
  await dialog.getByTestId('slide-add').click();
  await dialog.locator('[data-testid="slide-list"] > li').nth(before).waitFor();
  await dialog.getByRole('button', { name: 'Cerrar' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('the PDF handout', () => {
  it('in Spanish, keeps en dashes, arrows and accents, dates each footer once and lists the grid’s unassessed actors', async () => {
    const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE', viewport: { width: 1366, height: 768 } });
    await waitForDrawn(page, lima.actors.length);
    await addSlide(page, 'Toda la red');
    await page.getByTestId('view-map').click();
    await page.getByTestId('map-view').waitFor();
    await addSlide(page, 'Dónde están');
    await page.getByTestId('view-grids').click();
    await page.getByTestId('grid-svg').waitFor();
    // The actors the grid cannot place, as the page lists them beside it.
    const unassessed = await page.locator('[data-testid="grid-not-assessed"] li button').allTextContents();
    await addSlide(page, 'Poder e interés');
    await page.getByTestId('slides-button').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('handout-pdf').click()]);
    const pages = pagesOf(readFileSync((await file.path())!));
    expect(pages).toHaveLength(3);
    const [network, map, grid] = pages as [string, string, string];
    expect(network).toContain('Toda la red');
    expect(map).toContain('Dónde están');
    expect(grid).toContain('Poder e interés');

    // The sample's source is "… Feasibility Study in Peru (Lima–London, April 2010)", under every picture: the en dash
    // stays, no words glued where it was dropped.
    for (const page of pages) {
      expect(page).toContain('(Lima–London, April 2010)');
      expect(page).not.toContain('LimaLondon');
    }
    // The map's legend classes, "0 – 7" … "27 – 32" (map-words.ts writes "{from} – {to}").
    expect(map).toContain('8 – 13');
    expect(map).not.toMatch(/\b8\s+13\b/);
    // The grid's axes end with an arrow, not the "!’" the standard fonts made of it.
    expect(grid).toContain('Influencia →');
    expect(grid).toContain('Interés en los PV →');
    expect(pages.join('')).not.toContain('!’');

    // Each footer, the last line of its page, is "title · page/pages" with the day once. The scenario's default name
    // ("Red nacional de Lima, 2010 · <today>") already holds the day, so the footer adds no second date.
    pages.forEach((page, index) => {
      const footer = page.trim().split('\n').at(-1)!;
      expect(footer).toContain(`${index + 1}/3`);
      expect(footer.match(/\d{1,2}\/\d{1,2}\/\d{4}/g), footer).toHaveLength(1);
    });

    // The grid says "49 sin evaluar, que quedan fuera de la cuadrícula": the 66 actors less the 17 with both influence and interest in
    // the VPs (the default axes) assessed. The page lists them beside the grid, under the app's own heading, each
    // by its short name (cut with "…" past 30 characters).
    const notAssessed = lima.actors.filter((actor) => actor.influence == null || actor.vpInterest == null);
    expect(notAssessed).toHaveLength(49);
    expect(unassessed).toHaveLength(49);
    expect(grid).toContain('49 sin evaluar, que quedan fuera de la cuadrícula');
    expect(grid).toContain('Sin evaluar (49)');
    for (const actor of notAssessed) {
      const shown = (actor.shortName ?? actor.name).es;
      expect(grid).toContain(shown.length > 30 ? shown.slice(0, 20) : shown);
    }
  });

  it('made offline under a redaction profile, holds none of the hidden strings in its text and says so on every page', async () => {
    const { page, context } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    // A workshop without internet: the service worker has precached the build, the font included.
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await context.setOffline(true);
    // A community with a person's name and notes (what the "communities present" profile hides), beside a company.
    const network = {
      schemaVersion: 3,
      id: 'taller',
      title: 'Taller de prueba',
      actors: [
        {
          id: 'fuerabamba',
          name: 'Comunidad de Fuerabamba',
          sector: 'community',
          basis: 'inferred',
          contacts: [{ name: 'Juana Quispe Huamán', role: 'presidenta' }],
          notes: 'Nota reservada sobre la comunidad',
        },
        { id: 'minera', name: 'Minera del Sur', sector: 'company', basis: 'inferred' },
      ],
      ties: [{ id: 'mesa', source: 'fuerabamba', target: 'minera', type: 'dialogue', trust: 1, basis: 'inferred' }],
    };
    await importNetwork(page, network);
    await waitForDrawn(page, 2);
    await addSlide(page, 'Actores del taller');
    await page.getByTestId('view-grids').click();
    await page.getByTestId('grid-svg').waitFor();
    await addSlide(page, 'Poder e interés');
    await page.getByTestId('slides-button').click();
    await page.getByRole('button', { name: 'Taller con comunidades presentes' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('handout-pdf').click()]);
    const pages = pagesOf(readFileSync((await file.path())!));
    expect(pages).toHaveLength(2);
    const text = pages.join('\n');
    // The text is extracted (the embedded font maps its glyphs back to letters), so a hidden name would show here.
    expect(text).toContain('Minera del Sur');
    expect(text).toContain('Comunidad A');
    for (const word of ['Fuerabamba', 'Juana', 'Quispe', 'Nota reservada']) expect(text).not.toContain(word);
    for (const page of pages) expect(page.trim().split('\n').at(-1)).toContain('REDACTADO');
  });
});
