// The map of Peru as a user meets it: its address, its 26 regions, a region
// selecting its actors everywhere, filters, the language, the export.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

const regionShapes = (page: Page) => page.locator('[data-testid="map-svg"] g.region[data-region]');

async function openMap(page: Page) {
  await page.getByTestId('map-view').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="map-svg"] g.region').length === 26);
}

describe('the map of Peru', () => {
  it('opens from its address with the 26 regions, for Lima 2010 and for Macro Sur 2017, and keeps the address', async () => {
    const { page } = await chromium.open(`${baseURL}#/map`, { locale: 'es-PE' });
    await openMap(page);
    expect(await regionShapes(page).count()).toBe(26);
    // Lima 2010: actors in Peru's regions plus those abroad, the rest listed as having no region.
    const placed = lima.actors.filter((a) => a.region?.startsWith('PE-') || (a.country && a.country !== 'PE')).length;
    expect(await page.getByTestId('map-view').getAttribute('data-shown-actors')).toBe(String(placed));
    expect(await page.getByTestId('map-no-region').textContent()).toContain(`Sin región (${lima.actors.length - placed})`);
    // Lima Metropolitana holds more than six actors: a cluster, not 30 marks on one spot.
    expect(await page.locator('[data-cluster="PE-LMA"]').count()).toBe(1);
    await page.getByTestId('network-switcher').selectOption('macro-sur-2017');
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="map-view"]')?.getAttribute('data-shown-actors') === String(n),
      macroSur.actors.filter((a) => a.region || (a.country && a.country !== 'PE')).length,
    );
    expect(await regionShapes(page).count()).toBe(26);
    expect(page.url()).toMatch(/#\/map$/);
    await page.reload();
    await openMap(page);
  });

  it('carries the open scenario in the address: a bookmarked view reopens that scenario, not the last one opened', async () => {
    const { page } = await chromium.open(`${baseURL}#/table`, { locale: 'es-PE' });
    await page.getByTestId('actors-table').waitFor();
    const addActor = async (name: string) => {
      await page.getByTestId('add-actor').click();
      await page.getByTestId('actor-form').locator('input[name="name"]').fill(name);
      await page.getByTestId('actor-form').getByRole('button', { name: 'Guardar' }).click();
      await page.waitForSelector('[data-testid="save-status"][data-status="saved"]');
    };
    await addActor('Escenario A');
    const first = page.url();
    expect(first).toMatch(/#\/table\/s-[a-z0-9-]+$/);
    // A second scenario, from the other sample, becomes the last one opened.
    await page.getByTestId('network-switcher').selectOption('macro-sur-2017');
    await page.getByTestId('actors-table').locator('tr[data-actor="mmg"]').waitFor();
    await addActor('Escenario B');
    expect(page.url()).not.toBe(first);
    // The bookmark of the first, on the map.
    await page.goto(first.replace('#/table/', '#/map/'));
    await openMap(page);
    expect(page.url()).toBe(first.replace('#/table/', '#/map/'));
    expect(await page.getByTestId('counts').getAttribute('data-actors')).toBe(String(lima.actors.length + 1));
  });

  it('clicking Cusco selects its actors, and the table shows them selected', async () => {
    const { page } = await chromium.open(`${baseURL}#/map`, { locale: 'es-PE' });
    await openMap(page);
    await page.getByTestId('network-switcher').selectOption('macro-sur-2017');
    await page.locator('[data-cluster="PE-CUS"]').waitFor();
    await page.locator('[data-testid="map-svg"] g.region[data-region="PE-CUS"] path.shape').click({ position: { x: 30, y: 12 } });
    const cusco = macroSur.actors
      .filter((a) => a.region === 'PE-CUS')
      .map((a) => a.id)
      .sort();
    await page.getByTestId('view-table').click();
    await page.getByTestId('actors-table').waitFor();
    const checked = await page
      .locator('[data-testid="actors-table"] tr[data-actor]')
      .evaluateAll((rows) =>
        rows
          .filter((row) => (row.querySelector('input[type="checkbox"]') as HTMLInputElement).checked)
          .map((row) => row.getAttribute('data-actor')!),
      );
    expect(checked.sort()).toEqual(cusco);
    expect(await page.getByTestId('status').textContent()).toBe(`Seleccionados: ${cusco.length} actores y 0 vínculos`);
  });

  it('opening a cluster shows one mark per actor; filters take marks away', async () => {
    const { page } = await chromium.open(`${baseURL}#/map`, { locale: 'es-PE' });
    await openMap(page);
    await page.locator('[data-cluster="PE-LMA"]').click();
    const inLima = lima.actors.filter((a) => a.region === 'PE-LMA').length;
    expect(await page.locator('[data-testid="map-svg"] circle.mark').count()).toBe(
      lima.actors.filter((a) => a.region?.startsWith('PE-') || (a.country && a.country !== 'PE')).length,
    );
    expect(await page.locator('[data-testid="map-svg"] circle.mark').count()).toBeGreaterThanOrEqual(inLima);
    // Only the State: every mark left is a State actor's.
    await page.getByTestId('filters').locator('summary').click();
    await page.getByRole('checkbox', { name: 'Estado', exact: true }).check();
    const state = new Set(lima.actors.filter((a) => ['state'].includes(a.sector) || a.sector === 'security_forces').map((a) => a.id));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="map-svg"] circle.mark').length < 20);
    const marks = await page
      .locator('[data-testid="map-svg"] circle.mark')
      .evaluateAll((cs) => cs.map((c) => c.getAttribute('data-actor')!));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((id) => state.has(id))).toBe(true);
  });

  it('relabels regions and legend when the language changes, and colours regions by a 2010 indicator with its source', async () => {
    const { page } = await chromium.open(`${baseURL}#/map`, { locale: 'es-PE' });
    await openMap(page);
    expect(await page.locator('g.region[data-region="PE-LIM"]').getAttribute('aria-label')).toMatch(/^Lima Provincias:/);
    expect(await page.getByTestId('map-legend').textContent()).toContain('Actores en la región');
    await page.getByTestId('map-measure').selectOption('indicator:poverty-rate');
    expect(await page.getByTestId('map-legend').textContent()).toContain('sin datos');
    expect(await page.getByTestId('map-legend').textContent()).toContain('000_b5b1e35cb58c978d.txt, III Antecedentes');
    // Huancavelica, 85.7 %: the darkest class; Loreto has no value: hatched, not zero.
    expect(await page.locator('g.region[data-region="PE-LOR"] path.shape').getAttribute('fill')).toBe('url(#no-data)');
    await page.getByTestId('language-switcher').selectOption('en');
    await page.waitForSelector('html[lang="en"]');
    expect(await page.locator('g.region[data-region="PE-LIM"]').getAttribute('aria-label')).toMatch(/^Lima Region:/);
    expect(await page.getByTestId('map-legend').textContent()).toContain('no data');
    expect(await page.getByTestId('map-legend').textContent()).toContain('III Background');
  });

  it('exports the map as SVG with the regions, the marks and the source line', async () => {
    const { page } = await chromium.open(`${baseURL}#/map`, { locale: 'es-PE' });
    await openMap(page);
    await page.getByTestId('export-menu').locator('summary').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    const svg = readFileSync(await file.path(), 'utf8');
    expect(svg.match(/data-region="PE-[A-Z]{3}"/g)?.length).toBeGreaterThanOrEqual(26);
    expect(svg).toContain('data-cluster="PE-LMA"');
    // The look the stylesheet gives, carried in the picture: Lima Metropolitana's cluster is dark (#1d2b3a), not black.
    expect(svg).toMatch(/data-cluster="PE-LMA"[^>]*>\s*<circle [^>]*style="fill:\s*rgb\(29, 43, 58\)/);
    // The regions' names, drawn by attributes (the picture has no stylesheet): Lima Metropolitana's in bold.
    expect(svg).toMatch(/<text [^>]*data-region-name="PE-LMA"[^>]*font-weight="600"[^>]*>Lima Metropolitana<\/text>/);
    expect(svg).toContain('Natural Earth');
    expect(svg).toContain('Red nacional de Lima, 2010');
    // And as a PNG twice the size (the menu is still open): a real image, wider than the map on screen.
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png-2').click()]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const mapWidth = await page.getByTestId('map-svg').evaluate((el) => el.getBoundingClientRect().width);
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(mapWidth * 1.5);
  });

  it('has a scale bar that measures Peru about right: some 2,000 km from Tumbes to Tacna', async () => {
    const { page } = await chromium.open(`${baseURL}#/map`, { locale: 'es-PE' });
    await openMap(page);
    const { km, px, height } = await page.evaluate(() => {
      const bar = document.querySelector('[data-testid="map-scale"]')!;
      const svg = document.querySelector('[data-testid="map-svg"] g.regions') as SVGGElement;
      return {
        km: Number(bar.textContent!.replace(/[^\d]/g, '')),
        px: Number(bar.querySelector('line')!.getAttribute('x2')),
        height: svg.getBBox().height,
      };
    });
    // Peru spans 0.0°S to 18.35°S: about 2,040 km north to south (111.2 km per degree of latitude).
    const northSouth = (height * km) / px;
    expect(northSouth).toBeGreaterThan(1800);
    expect(northSouth).toBeLessThan(2300);
  });

  it('reaches a region by keyboard and says what is in it', async () => {
    const { page } = await chromium.open(`${baseURL}#/map`, { locale: 'es-PE' });
    await openMap(page);
    const cajamarca = page.locator('g.region[data-region="PE-CAJ"]');
    await cajamarca.focus();
    const expected = lima.actors.filter((a) => a.region === 'PE-CAJ').length;
    expect(await cajamarca.getAttribute('aria-label')).toMatch(new RegExp(`^Cajamarca: ${expected} actores`));
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('status').textContent()).toMatch(/^Seleccionad/);
  });

  it('draws boundaries of one’s own, keeps them with the scenario, and refuses a file that fits no actor', async () => {
    const { page } = await chromium.open(`${baseURL}#/map`, { locale: 'es-PE' });
    await openMap(page);
    await page.getByTestId('network-switcher').selectOption('macro-sur-2017');
    await page.locator('[data-cluster="PE-CUS"]').waitFor();
    // An edit makes the sample a scenario, so the view (and its boundaries) is kept.
    await page.getByTestId('add-actor').click();
    await page.getByTestId('actor-form').locator('input[name="name"]').fill('Mesa de Espinar');
    await page.getByTestId('actor-form').getByRole('button', { name: 'Guardar' }).click();
    await page.waitForSelector('[data-testid="save-status"][data-status="saved"]');
    const square = (x: number, y: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + 2, y],
          [x + 2, y + 2],
          [x, y + 2],
          [x, y],
        ],
      ],
    });
    const mine = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { ISO: 'PE-CUS', nombre: 'Cusco (mío)' }, geometry: square(-73, -15) },
        { type: 'Feature', properties: { ISO: 'PE-LMA', nombre: 'Lima (mía)' }, geometry: square(-78, -13) },
      ],
    };
    await page
      .getByTestId('map-boundaries')
      .setInputFiles({ name: 'mis-regiones.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    await page.waitForSelector('[data-testid="map-view"][data-boundaries="user"]');
    expect(await page.locator('[data-testid="map-svg"] g.region').count()).toBe(2);
    expect(await page.locator('g.region[data-region="PE-CUS"]').getAttribute('aria-label')).toMatch(/^Cusco \(mío\): 8 actores/);
    expect(await page.getByTestId('map-legend').textContent()).toContain('Límites: mis-regiones.geojson');
    await page.waitForSelector('[data-testid="save-status"][data-status="saved"]');
    await page.reload();
    await page.waitForSelector('[data-testid="map-view"][data-boundaries="user"]');
    // A file whose codes match no actor's region is refused, with its place; the boundaries in use stay.
    const wrong = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'CO-CUN' }, geometry: square(-74, 4) }] };
    await page
      .getByTestId('map-boundaries')
      .setInputFiles({ name: 'colombia.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
    expect(await page.getByTestId('map-boundary-problems').textContent()).toContain(
      'colombia.geojson, propiedad "code": no tiene en ninguna propiedad un código de región que usen los actores',
    );
    expect(await page.locator('[data-testid="map-svg"] g.region').count()).toBe(2);
    await page.getByTestId('map-peru').click();
    await page.waitForSelector('[data-testid="map-view"][data-boundaries="peru"]');
  });
});

// ── Read as a user reads it, at the two common screen sizes ─────────────

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const overlap = (a: Rect, b: Rect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const within = (inner: Rect, outer: Rect) =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

/** Each pair of boxes that overlap, by name: none expected. */
function overlapping(boxes: { name: string; box: Rect }[]): string[] {
  return boxes.flatMap((a, i) => boxes.slice(i + 1).flatMap((b) => (overlap(a.box, b.box) ? [`${a.name} × ${b.name}`] : [])));
}

/** The regions' names written on the map, with their boxes on screen. */
const regionNames = (page: Page) =>
  page.locator('[data-testid="map-svg"] text[data-region-name]').evaluateAll((texts) =>
    texts.map((t) => {
      const { left, top, right, bottom } = t.getBoundingClientRect();
      return { code: t.getAttribute('data-region-name')!, name: t.textContent!, box: { left, top, right, bottom } };
    }),
  );

/** Whether what the pointer would hit at the centre of each element is that element or inside it. */
const reachable = (page: Page, selectors: string[]) =>
  page.evaluate(
    (all) =>
      all.map((selector) => {
        const el = document.querySelector(selector)!;
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      }),
    selectors,
  );

describe('the map, labelled and uncovered at 1366 × 768 and 1920 × 1080', () => {
  for (const viewport of SIZES) {
    it(`names every region with actors, Lima and Cusco among them, with no two names overlapping (${viewport.width})`, async () => {
      const { page } = await chromium.open(`${baseURL}#/map`, { locale: 'es-PE', viewport });
      await openMap(page);
      // Lima 2010's actors are in Lima Metropolitana (32), Cajamarca, Piura (2 each), Apurímac, Áncash, Moquegua (1 each).
      const withActors = [...new Set(lima.actors.flatMap((a) => (a.region?.startsWith('PE-') ? [a.region] : [])))].sort();
      expect(withActors).toEqual(['PE-ANC', 'PE-APU', 'PE-CAJ', 'PE-LMA', 'PE-MOQ', 'PE-PIU']);
      const names = await regionNames(page);
      expect(
        names
          .filter((n) => withActors.includes(n.code))
          .map((n) => n.code)
          .sort(),
      ).toEqual(withActors);
      expect(names.find((n) => n.code === 'PE-LMA')!.name).toBe('Lima Metropolitana');
      expect(overlapping(names.map((n) => ({ name: n.name, box: n.box })))).toEqual([]);
      // A readable size: at least 11 px.
      const size = await page.locator('text[data-region-name="PE-LMA"]').evaluate((t) => parseFloat(getComputedStyle(t).fontSize));
      expect(size).toBeGreaterThanOrEqual(11);
      // Macro Sur 2017: Cusco (8 actors) and Lima Metropolitana (2).
      await page.getByTestId('network-switcher').selectOption('macro-sur-2017');
      await page.locator('[data-cluster="PE-CUS"]').waitFor();
      const macro = await regionNames(page);
      expect(macro.find((n) => n.code === 'PE-CUS')?.name).toBe('Cusco');
      expect(macro.find((n) => n.code === 'PE-LMA')?.name).toBe('Lima Metropolitana');
      expect(overlapping(macro.map((n) => ({ name: n.name, box: n.box })))).toEqual([]);
    });

    it(`leaves the "Sin región" strip and the map as a table clear of the date bar, on or off (${viewport.width})`, async () => {
      const { page } = await chromium.open(`${baseURL}#/map`, { locale: 'es-PE', viewport });
      await openMap(page);
      await page.getByTestId('time-slider').waitFor();
      const parts = ['[data-testid="map-no-region"]', '[data-testid="map-table"] summary'];
      expect(await page.getByTestId('map-table').locator('summary').textContent()).toBe('El mapa como tabla');
      expect(await reachable(page, parts)).toEqual([true, true]);
      // With a date chosen the bar grows (at 1366 px, to two lines).
      await page.getByTestId('time-slider').getByRole('checkbox').check();
      await page.getByTestId('time-range').waitFor();
      expect(await reachable(page, parts)).toEqual([true, true]);
    });

    it(`keeps every mark inside its tile and no two tile names overlapping (${viewport.width})`, async () => {
      const { page } = await chromium.open(`${baseURL}#/map`, { locale: 'es-PE', viewport });
      await openMap(page);
      await page.getByTestId('map-tiles').click();
      await page.waitForSelector('[data-testid="map-view"][data-layout="tiles"]');
      // Lima Metropolitana's 32, opened; the marks move there in 0.6 s.
      await page.locator('[data-cluster="PE-LMA"]').click();
      await page.waitForTimeout(800);
      const drawn = await page.evaluate(() => {
        const box = (el: Element) => {
          const { left, top, right, bottom } = el.getBoundingClientRect();
          return { left, top, right, bottom };
        };
        const tile = (code: string) => box(document.querySelector(`g.region[data-region="${code}"] rect.tile`)!);
        return {
          marks: [...document.querySelectorAll('[data-testid="map-svg"] circle.mark[data-region]')].map((m) => ({
            name: m.getAttribute('data-actor')!,
            box: box(m),
            tile: tile(m.getAttribute('data-region')!),
          })),
          clusters: [...document.querySelectorAll('[data-testid="map-svg"] [data-cluster] circle')].map((c) => ({
            name: c.parentElement!.getAttribute('data-cluster')!,
            box: box(c),
            tile: tile(c.parentElement!.getAttribute('data-cluster')!),
          })),
          names: [...document.querySelectorAll('[data-testid="map-svg"] text[data-tile-name]')].map((t) => ({
            name: t.textContent!,
            box: box(t),
            tile: tile(t.getAttribute('data-tile-name')!),
          })),
        };
      });
      // Lima 2010's 28 actors in regions other than Lima Metropolitana's are each a mark (no other region holds more than 2);
      // Lima Metropolitana's 32 are marks or their count.
      const inRegions = lima.actors.filter((a) => a.region?.startsWith('PE-')).length;
      expect(drawn.marks.length + (drawn.clusters.length > 0 ? 32 : 0)).toBe(inRegions);
      expect([...drawn.marks, ...drawn.clusters].filter((m) => !within(m.box, m.tile)).map((m) => m.name)).toEqual([]);
      // Every one of the 26 tiles is named, inside its tile, and no two names overlap.
      expect(drawn.names).toHaveLength(26);
      expect(drawn.names.filter((n) => !within(n.box, n.tile)).map((n) => n.name)).toEqual([]);
      expect(overlapping(drawn.names)).toEqual([]);
    });

    for (const [locale, language] of [
      ['es-PE', 'es'],
      ['en-GB', 'en'],
    ] as const) {
      it(`shows the count line whole, clear of the zoom buttons (${viewport.width}, ${language})`, async () => {
        const { page } = await chromium.open(`${baseURL}#/map`, { locale, viewport });
        await openMap(page);
        const counts = page.getByTestId('map-counts');
        expect(await counts.textContent()).toMatch(
          language === 'es' ? /^54 de 66 actores en el mapa · 12 sin región$/ : /^54 of 66 actors/,
        );
        const [line, zoom] = await Promise.all([counts.boundingBox(), page.getByTestId('zoom-fit').boundingBox()]);
        const box = (b: { x: number; y: number; width: number; height: number }) => ({
          left: b.x,
          top: b.y,
          right: b.x + b.width,
          bottom: b.y + b.height,
        });
        const buttons = { ...box((await page.getByTestId('zoom-in').boundingBox())!), bottom: box(zoom!).bottom };
        expect(overlap(box(line!), buttons)).toBe(false);
        expect(await counts.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      });
    }

    it(`has no scrollable region a keyboard cannot reach, shapes or tiles (${viewport.width})`, async () => {
      const { page } = await chromium.open(`${baseURL}#/map`, { locale: 'es-PE', viewport });
      await openMap(page);
      const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      await page.evaluate(axeSource);
      const scrollable = () =>
        page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { nodes: { target: string[] }[] }[] }> } }
          ).axe;
          const { violations } = await axe.run(document, { runOnly: ['scrollable-region-focusable'] });
          return violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
        });
      expect(await scrollable()).toEqual([]);
      await page.getByTestId('map-tiles').click();
      expect(await scrollable()).toEqual([]);
    });
  }
});
