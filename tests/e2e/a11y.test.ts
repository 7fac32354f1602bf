// Accessibility: axe-core finds no violation on any view of the registry nor
// on the screens around them (selections, panels, dialogs, forms), in Spanish
// and in English; the map can be reached and worked by keyboard through the
// actor list beside it, and a selection is announced; the header keeps to one
// line.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, violations, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';
import { VIEW_IDS, type ViewId } from '../../src/state/views';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

/**
 * When each view of the registry (state/views.ts) has drawn, opened by its address (#/map). Typed by the
 * registry's ids, so a view added there without a line here does not compile, and the test below fails.
 */
const VIEW_READY: Record<ViewId, (page: Page) => Promise<unknown>> = {
  network: (page) => waitForDrawn(page, lima.actors.length),
  table: (page) => page.getByTestId('actors-table').waitFor(),
  map: (page) => page.waitForFunction(() => document.querySelectorAll('[data-testid="map-svg"] g.region').length === 26),
  timeline: (page) => page.getByTestId('timeline-view').waitFor(),
  grid: (page) => page.getByTestId('grid-svg').waitFor(),
  trust: (page) => page.getByTestId('trust-svg').waitFor(),
  engagement: (page) => page.getByTestId('engagement-svg').waitFor(),
  matrix: (page) => page.getByTestId('matrix-svg').waitFor(),
  compare: (page) => page.waitForSelector('[data-testid="compare-view"][data-status="done"]'),
  session: (page) => page.getByTestId('session-view').waitFor(),
  answers: (page) => page.getByTestId('answers-view').waitFor(),
  followup: (page) => page.getByTestId('followup-view').waitFor(),
};

/** Screens around the views: what a user opens on top of them or does in them. */
const SCREENS: [string, (page: Page) => Promise<void>][] = [
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
  [
    'new actor form after a failed save',
    async (page) => {
      await page.getByTestId('add-actor').click();
      await page.getByTestId('actor-form').locator('button[type="submit"]').click();
      await page.getByTestId('actor-form').locator('[aria-invalid="true"]').first().waitFor();
    },
  ],
  [
    'new tie form, its list of actors open',
    async (page) => {
      await page.getByTestId('actor-list').locator('[data-actor="minem"]').click();
      await page
        .getByTestId('inspector')
        .locator('button', { hasText: /Agregar un vínculo|Add a tie/ })
        .click();
      await page.locator('#tie-target').click();
      await page.keyboard.type('mi');
      await page.locator('#tie-target-options [role="option"]').first().waitFor();
    },
  ],
  [
    'an actor’s history (the 2010 engagements of Socios Perú)',
    async (page) => {
      await page.getByTestId('actor-list').locator('[data-actor="socios-peru"]').click();
      await page.getByTestId('actor-engagements').waitFor();
    },
  ],
  [
    'the form of a commitment, its status changed',
    async (page) => {
      await page.getByTestId('actor-list').locator('[data-actor="socios-peru"]').click();
      await page
        .getByTestId('actor-history')
        .locator('button', { hasText: /Añadir compromiso|Add commitment/ })
        .click();
      await page.getByTestId('commitment-form').locator('select[name="status"]').selectOption('done');
      await page.getByTestId('status-history').waitFor();
    },
  ],
];

describe('axe-core finds no violation on any view of the registry', () => {
  it('knows when each registered view has drawn', () => {
    expect(Object.keys(VIEW_READY).sort()).toEqual([...VIEW_IDS].sort());
  });
  for (const locale of ['es-PE', 'en-GB']) {
    for (const id of VIEW_IDS) {
      // At a laptop's 1366×768, where panels are short enough to scroll (the map's legend does).
      it(`#/${id}, ${locale}, 1366×768`, async () => {
        const { page } = await chromium.open(`${baseURL}#/${id}`, { locale, viewport: { width: 1366, height: 768 } });
        await VIEW_READY[id](page);
        const found = await violations(page);
        if (found.length > 0) console.log(`axe, #/${id}, ${locale}:\n${found.join('\n')}`);
        expect(found).toEqual([]);
      });
    }
  }
});

describe('axe-core finds no violation on the screens around the views', () => {
  for (const locale of ['es-PE', 'en-GB']) {
    for (const [view, show] of SCREENS) {
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

describe('the header', () => {
  for (const [locale, width, height] of [
    ['en-GB', 1920, 1080],
    ['es-PE', 1920, 1080],
    ['en-GB', 1366, 768],
    ['es-PE', 1366, 768],
  ] as const) {
    it(`keeps to one line, nothing cut off at its end, at ${width}×${height} in ${locale}`, async () => {
      const { page } = await chromium.open(baseURL, { locale, viewport: { width, height } });
      await waitForDrawn(page, lima.actors.length);
      const header = await page.evaluate(() => {
        const header = document.querySelector('header')!;
        const boxes = [...header.children].map((child) => child.getBoundingClientRect());
        return {
          // Items on one line share a band: each one's middle lies within every other one's height.
          oneLine: boxes.every((a) => boxes.every((b) => a.top + a.height / 2 >= b.top && a.top + a.height / 2 <= b.bottom)),
          rightmost: Math.max(...boxes.map((box) => box.right)),
          width: header.clientWidth,
        };
      });
      expect(header.oneLine).toBe(true);
      expect(header.rightmost).toBeLessThanOrEqual(header.width);
      // The open network's name is whole in its box: as wide as a copy of the box that sizes itself to the name.
      const network = await page.getByTestId('network-switcher').evaluate((select) => {
        const copy = select.cloneNode(true) as HTMLSelectElement;
        copy.value = (select as HTMLSelectElement).value;
        Object.assign(copy.style, { fieldSizing: 'content', maxWidth: 'none', width: 'auto', position: 'absolute' });
        select.parentElement!.appendChild(copy);
        const needed = copy.getBoundingClientRect().width;
        copy.remove();
        return { width: select.getBoundingClientRect().width, needed, title: (select as HTMLSelectElement).title };
      });
      expect(network.width).toBeGreaterThanOrEqual(network.needed - 0.5);
      expect(network.title).toBe(locale === 'es-PE' ? 'Red nacional de Lima, 2010' : 'Lima national network, 2010');
      // The language stays in reach at the end of the line.
      expect(await page.getByTestId('language-switcher').isVisible()).toBe(true);
    });
  }
});
