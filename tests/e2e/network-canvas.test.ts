// Network Canvas interviews brought into a sample scenario as informants' answers, in Spanish: what was read, the
// doubtful match asked and answered, one undoable step, kept after a reload.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, violations, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

// The fixture's two interviews (E01, E02), with the mine spelled "Glencore Antapaccay" in both (it is Glencore's
// operation in Espinar): its words {glencore, antapaccay} share one of two with Macro Sur's "Glencore", a similarity
// of 0.5 × 0.8 = 0.4, under the 0.85 taken without asking, so the facilitator is asked. Nothing else changes.
const graphml = readFileSync(new URL('../fixtures/network-canvas/espinar-unified.graphml', import.meta.url), 'utf8').replace(
  /Compa[ñn][íi]a [Mm]inera Antapaccay/g,
  'Glencore Antapaccay',
);
const S1 = '0c9b1f52-6d4e-4a8b-9f3c-1e2d3c4b5a01';
const S2 = '0c9b1f52-6d4e-4a8b-9f3c-1e2d3c4b5a02';
const SCREENSHOTS = process.env.SCREENSHOT_DIR;

interface Exported {
  actors: { id: string; sources: { doc: string; locator?: { es: string } }[] }[];
  mapping?: { sessions: { id: string }[]; answers: Record<string, string | number>[] };
}

/** The open scenario as the JSON export writes it. */
async function exported(page: Page): Promise<Exported> {
  await page.getByTestId('export-menu').locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  await page.getByTestId('export-menu').evaluate((menu) => ((menu as HTMLDetailsElement).open = false));
  return JSON.parse(readFileSync(await file.path(), 'utf8')) as Exported;
}

const saved = (page: Page) => page.waitForSelector('[data-testid="save-status"][data-status="saved"]');

describe('Network Canvas interviews into the open scenario', () => {
  it('in Spanish: reads the export, asks about the doubtful match, adds the answers in one undoable step kept after a reload', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE', viewport: { width: 1280, height: 1400 } });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('network-switcher').selectOption('macro-sur-2017');
    await waitForDrawn(page, macroSur.actors.length);

    await page.getByTestId('import-button').click();
    await page
      .getByTestId('import-files')
      .setInputFiles([{ name: 'espinar.graphml', mimeType: 'application/xml', buffer: Buffer.from(graphml) }]);
    const panel = page.getByTestId('interviews-import');
    await panel.waitFor();
    // E01 drew 4 edges and gave 4 towers; E02 3 edges and 3 towers (the police has none): 7 and 7.
    expect(await page.getByTestId('interviews-read').textContent()).toContain(
      'Se leyeron: 2 entrevistas (2 informantes), 5 actores nombrados, 7 vínculos informados, 7 torres de influencia.',
    );
    const problems = await page.getByTestId('import-problems').textContent();
    expect(problems).toContain(
      'espinar.graphml grafo 2 (caso "E02") nodo 3 (id "3"), influencia: 12 no es una torre de 0 a 8; se leyó como 8',
    );
    expect(problems).toContain('«Convenio de seguridad»');
    // The police is recognised by its name; the mine is asked about.
    expect(await page.getByTestId('interviews-sure').textContent()).toContain('«Policía Nacional del Perú» = «Policía Nacional del Perú»');
    const question = page.locator('[data-question="glencore|glencore-antapaccay"]');
    expect(await page.getByTestId('interviews-doubtful').textContent()).toContain('¿Es el mismo actor? (1)');
    expect(await question.textContent()).toContain('«Glencore Antapaccay» en las entrevistas');
    expect(await page.getByTestId('interviews-unanswered').textContent()).toBe('Falta responder 1 pregunta');
    expect(await page.getByTestId('interviews-commit').isDisabled()).toBe(true);
    if (SCREENSHOTS) await page.getByTestId('import-dialog').screenshot({ path: `${SCREENSHOTS}/interviews-es.png` });
    // The questions, lists and problems are labelled and readable (axe-core, as tests/e2e/a11y.test.ts runs it).
    expect(await violations(page)).toEqual([]);

    await question.getByRole('button', { name: 'Sí, es el mismo' }).click();
    expect(await question.locator('[data-answer="same"]').getAttribute('aria-pressed')).toBe('true');
    // Three new actors: the municipality, the Frente, the Defensoría (the mine is Glencore, the police pnp).
    expect(await page.getByTestId('interviews-new').textContent()).toContain('Actores nuevos (3)');
    if (SCREENSHOTS) await page.getByTestId('import-dialog').screenshot({ path: `${SCREENSHOTS}/interviews-es-answered.png` });
    await page.getByTestId('interviews-commit').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    await waitForDrawn(page, macroSur.actors.length + 3);
    await saved(page);

    const check = (network: Exported) => {
      expect(network.mapping!.sessions.map((s) => s.id)).toEqual([S1, S2]);
      // E02's answers: 4 actors, 3 towers, 3 ties; the mine's are Glencore's.
      const e02 = network.mapping!.answers.filter((a) => a.session === S2);
      expect(e02).toHaveLength(10);
      expect(e02).toContainEqual({ kind: 'influence', session: S2, informant: 'ego', actor: 'glencore', tower: 6 });
      const muni = network.actors.find((a) => a.id === 'municipalidad-provincial-de-espinar')!;
      expect(muni.sources.map((s) => [s.doc, s.locator?.es])).toEqual([
        [`session:${S1}`, 'Sesión de mapeo, 2024-06-12'],
        [`session:${S2}`, 'Sesión de mapeo, 2024-06-13'],
      ]);
      expect(network.actors.some((a) => a.id === 'glencore-antapaccay')).toBe(false);
    };
    check(await exported(page));

    // One step: undo takes the actors and the answers away.
    await page.getByTestId('undo').click();
    await waitForDrawn(page, macroSur.actors.length);
    const undone = await exported(page);
    expect(undone.actors).toHaveLength(macroSur.actors.length);
    expect(undone.mapping?.answers ?? []).toEqual([]);

    // Redone, saved, and there after a reload (IndexedDB).
    await page.getByTestId('redo').click();
    await waitForDrawn(page, macroSur.actors.length + 3);
    await saved(page);
    await page.reload();
    await waitForDrawn(page, macroSur.actors.length + 3);
    check(await exported(page));
  });

  it('an export cut short is refused where it breaks, and the scenario stays as it was', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('import-button').click();
    // Cut inside the second interview: its <graph> is never closed.
    const cut = graphml.slice(0, graphml.indexOf('<node id="3">', graphml.indexOf('nc:caseId="E02"')));
    await page
      .getByTestId('import-files')
      .setInputFiles([{ name: 'cortado.graphml', mimeType: 'application/xml', buffer: Buffer.from(cut) }]);
    await page.getByTestId('interviews-none').waitFor();
    expect(await page.getByTestId('import-problems').textContent()).toMatch(/cortado\.graphml línea \d+: no es un XML bien formado/);
    expect(await page.getByTestId('interviews-commit').isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Cancelar' }).click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
    expect((await exported(page)).mapping).toBeUndefined();
  });
});
