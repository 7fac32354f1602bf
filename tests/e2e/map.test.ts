// The map of Peru as a user meets it: its address, its 26 regions, a region
// selecting its actors everywhere, filters, the language, the export.
import { readFileSync } from 'node:fs';
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
