// Accessibility: axe-core finds no violation on any view, in Spanish and in
// English; the map can be reached and worked by keyboard through the actor
// list beside it, and a selection is announced.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** Runs axe-core on the page as it is now; each violation with where it is. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through DevTools, as the app's Content-Security-Policy (rightly) refuses an injected script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(axePath, 'utf8'));
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}`));
}

const VIEWS: [string, (page: Page) => Promise<void>][] = [
  ['network map', async () => {}],
  [
    'table',
    async (page) => {
      await page.getByTestId('view-table').click();
      await page.getByTestId('actors-table').waitFor();
    },
  ],
  [
    'actor selected',
    async (page) => {
      await page.getByTestId('actor-list').locator('[data-actor="minem"]').click();
      await page.getByTestId('inspector').waitFor();
    },
  ],
  [
    'analysis panel',
    async (page) => {
      await page.getByTestId('analysis-tab').click();
      await page.waitForSelector('[data-testid="analysis-panel"][data-status="done"]');
    },
  ],
  [
    'several actors selected (bulk edit)',
    async (page) => {
      await page.getByTestId('actor-list').locator('[data-actor="minem"]').click();
      await page.getByTestId('view-table').click();
      await page.getByTestId('actors-table').locator('tr[data-actor="minam"] input[type="checkbox"]').check();
      await page.getByTestId('view-network').click();
    },
  ],
  [
    'map of Peru',
    async (page) => {
      await page.getByTestId('view-map').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="map-svg"] g.region').length === 26);
    },
  ],
  [
    'map of Peru, tiles, coloured by a 2010 indicator',
    async (page) => {
      await page.getByTestId('view-map').click();
      await page.getByTestId('map-tiles').click();
      await page.getByTestId('map-measure').selectOption('indicator:poverty-rate');
    },
  ],
  [
    'comparison of Lima and Macro Sur',
    async (page) => {
      await page.getByTestId('view-compare').click();
      await page.waitForSelector('[data-testid="compare-view"][data-status="done"]');
    },
  ],
  [
    'comparison, shared actors and matching',
    async (page) => {
      await page.getByTestId('view-compare').click();
      await page.waitForSelector('[data-testid="compare-view"][data-status="done"]');
      await page.getByTestId('compare-tab-shared').click();
      await page.getByTestId('compare-tab-matching').click();
    },
  ],
  [
    'power/interest grid',
    async (page) => {
      await page.getByTestId('view-grids').click();
      await page.getByTestId('grid-svg').waitFor();
    },
  ],
  [
    'trust matrix and engagement',
    async (page) => {
      await page.getByTestId('view-grids').click();
      await page.getByTestId('grid-tab-trust').click();
      await page.getByTestId('trust-svg').waitFor();
      await page.getByTestId('grid-tab-engagement').click();
      await page.getByTestId('engagement-svg').waitFor();
    },
  ],
  [
    'adjacency matrix',
    async (page) => {
      await page.getByTestId('view-grids').click();
      await page.getByTestId('grid-tab-matrix').click();
      await page.getByTestId('matrix-svg').waitFor();
    },
  ],
  [
    'network at a date (time slider)',
    async (page) => {
      await page.getByTestId('time-slider').getByRole('checkbox').check();
    },
  ],
  [
    'slides and redaction dialog',
    async (page) => {
      await page.getByTestId('slides-button').click();
      await page.getByTestId('slide-add').click();
      await page.locator('[data-testid="slide-list"] > li').first().waitFor();
    },
  ],
  [
    'presenter mode',
    async (page) => {
      await page.getByTestId('slides-button').click();
      await page.getByTestId('slide-add').click();
      await page.getByTestId('present-start').click();
      await page.getByTestId('presenter').waitFor();
    },
  ],
  [
    'scenario list',
    async (page) => {
      await page.getByTestId('scenarios-button').click();
      await page.getByTestId('scenario-dialog').waitFor();
    },
  ],
  [
    'import dialog',
    async (page) => {
      await page.getByTestId('import-button').click();
      await page.getByTestId('import-dialog').waitFor();
    },
  ],
  [
    'export menu',
    async (page) => {
      await page.getByTestId('export-menu').locator('summary').click();
    },
  ],
];

describe('axe-core finds no violation', () => {
  for (const locale of ['es-PE', 'en-GB']) {
    for (const [view, show] of VIEWS) {
      it(`${view}, ${locale}`, async () => {
        const { page } = await chromium.open(baseURL, { locale });
        await waitForDrawn(page, lima.actors.length);
        await show(page);
        const found = await violations(page);
        if (found.length > 0) console.log(`axe, ${view}, ${locale}:\n${found.join('\n')}`);
        expect(found).toEqual([]);
      });
    }
  }
});

describe('the map by keyboard', () => {
  it('reaches the actor list beside the map with Tab, moves the selection with the arrows, and announces it', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    const list = page.getByTestId('actor-list');
    await list.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // The second actor in Spanish alphabetical order is selected, shown in the inspector and announced.
    const names = lima.actors.map((a) => (typeof a.name === 'string' ? a.name : a.name.es)).sort((a, b) => a.localeCompare(b, 'es'));
    const option = list.locator('[aria-selected="true"]');
    expect(await option.textContent()).toBe(names[1]);
    expect(await page.getByTestId('inspector').textContent()).toContain(names[1]);
    expect(await page.getByTestId('status').textContent()).toMatch(
      new RegExp(`^Seleccionado: ${names[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, \\d+ vínculos?$`),
    );
    // A letter jumps to the next name starting with it.
    await page.keyboard.press('m');
    expect((await option.textContent())?.startsWith('M')).toBe(true);
  });
});
