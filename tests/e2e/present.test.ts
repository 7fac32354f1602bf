// Presenting at a workshop: slides saved from views and shown full screen with the keyboard, a redaction profile
// that no exported file gets around, a PDF handout with a page per slide.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { framings, labelOverlaps, useBrowser, waitForDrawn, waitForFramed, waitForStillView } from './browser';
import { WORKSHOP, importNetwork } from './workshop';
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

const download = async (page: Page, click: () => Promise<void>) => {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await file.path())!);
};

describe('presenting', () => {
  it('saves three slides, presents them with the keyboard, the drawing filling the screen, and keeps them after a reload', async () => {
    const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE', viewport: { width: 1920, height: 1080 } });
    await waitForDrawn(page, lima.actors.length);
    await addSlide(page, 'Toda la red');
    await page.getByTestId('filters').locator('summary').click();
    await page.getByRole('checkbox', { name: 'Estado', exact: true }).check();
    await addSlide(page, 'El Estado');
    await page.getByTestId('view-map').click();
    await page.getByTestId('map-view').waitFor();
    await addSlide(page, 'Dónde están');
    await page.getByTestId('slides-button').click();
    await page.getByTestId('present-start').click();
    const presenter = page.getByTestId('presenter');
    await presenter.waitFor();
    expect(await page.getByTestId('presenter-title').textContent()).toBe('Toda la red');
    // Header, toolbar and side panels are gone: the canvas takes the whole width, but for the legend at its right.
    const canvas = await page.getByTestId('network-canvas').boundingBox();
    const legend = (await page.getByTestId('presented-legend').boundingBox())!;
    expect(canvas!.x).toBe(0);
    expect(canvas!.width).toBeGreaterThan(1920 - legend.width - 40);
    expect(canvas!.x + canvas!.width).toBeLessThanOrEqual(legend.x);
    expect(canvas!.height).toBeGreaterThan(1080 * 0.8);
    expect(await page.locator('.shell > header').isVisible()).toBe(false);
    await page.keyboard.press('ArrowRight');
    expect(await page.getByTestId('presenter-title').textContent()).toBe('El Estado');
    // The slide's filter is back: only the State's actors are shown.
    const state = lima.actors.filter((a) => ['state', 'security_forces'].includes(a.sector)).length;
    expect(await page.getByTestId('counts').getAttribute('data-shown-actors')).toBe(String(state));
    await page.keyboard.press('Space');
    expect(await page.getByTestId('presenter-count').textContent()).toBe('3 / 3');
    await page.getByTestId('map-view').waitFor();
    await page.keyboard.press('1');
    await page.waitForFunction(() => document.querySelector('[data-testid="presenter"]')?.getAttribute('data-slide') === '1');
    await page.keyboard.press('Escape');
    await presenter.waitFor({ state: 'detached' });
    expect(await page.locator('.shell > header').isVisible()).toBe(true);
    // Slides are part of the scenario.
    await page.waitForSelector('[data-testid="save-status"][data-status="saved"]');
    await page.reload();
    await page.getByTestId('slides-button').waitFor();
    expect(await page.getByTestId('slides-button').textContent()).toContain('(3)');
  });

  it('on a 1366×768 projector, the labels of a slide (24 px) neither overlap nor run past the edge of the drawing', async () => {
    const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE', viewport: { width: 1366, height: 768 } });
    await waitForDrawn(page, lima.actors.length);
    await addSlide(page, 'Toda la red');
    await page.getByTestId('slides-button').click();
    const framed = await framings(page);
    await page.getByTestId('present-start').click();
    await page.getByTestId('presenter').waitFor();
    // The drawing moves to the slide's view, for the screen as presenting leaves it, and its labels (24 px) are placed.
    await waitForFramed(page, framed);
    const { labels, overlaps, cut } = await labelOverlaps(page);
    expect(labels).toBeGreaterThan(10);
    expect(overlaps).toBe(0);
    expect(cut).toBe(0);
  });

  it('a slide keeps the part of the drawing it was saved with, on the bigger screen it is shown on', async () => {
    const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    await waitForStillView(page);
    const extent = () => page.evaluate(() => window.__puentesDrawing!.extent());
    for (let i = 0; i < 3; i++) {
      await page.getByTestId('zoom-in').click();
      await waitForStillView(page);
    }
    const saved = await extent();
    await addSlide(page, 'De cerca');
    // Everything back in view, then present on a wider canvas (no side panels, full width).
    await page.keyboard.press('0');
    await waitForStillView(page);
    await page.getByTestId('slides-button').click();
    const framed = await framings(page);
    await page.getByTestId('present-start').click();
    await page.getByTestId('presenter').waitFor();
    await waitForFramed(page, framed);
    const shown = await extent();
    // The saved part is all in view, and fills the screen in one direction (the other shows more around it).
    const slack = saved.w * 0.02;
    expect(shown.x1).toBeLessThanOrEqual(saved.x1 + slack);
    expect(shown.x2).toBeGreaterThanOrEqual(saved.x2 - slack);
    expect(shown.y1).toBeLessThanOrEqual(saved.y1 + slack);
    expect(shown.y2).toBeGreaterThanOrEqual(saved.y2 - slack);
    expect(Math.min(shown.w / saved.w, shown.h / saved.h)).toBeCloseTo(1, 1);
  });

  it('a redacted export holds none of the hidden strings and no tie of distrust; the PDF handout has one page per slide', async () => {
    const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    // A network with a person's name, notes and a tie of distrust.
    await importNetwork(page, WORKSHOP);
    await waitForDrawn(page, 3);
    await addSlide(page, 'Actores del taller');
    await page.getByTestId('view-grids').click();
    await page.getByTestId('grid-tab-trust').click();
    await addSlide(page, 'Confianza');
    await page.getByTestId('slides-button').click();
    await page.getByRole('button', { name: 'Taller con comunidades presentes' }).click();
    await page.getByRole('button', { name: 'Cerrar' }).click();
    await page.getByTestId('redaction-banner').waitFor();
    await page.getByTestId('view-network').click();
    // The community stays, anonymised; the tie of distrust goes.
    await page.waitForSelector('[data-testid="network-canvas"][data-rendered-nodes="3"][data-rendered-edges="1"]');

    const hidden = ['Fuerabamba', 'fuerabamba', 'Juana', 'Quispe', 'Nota reservada', 'Comentario interno', 'desconfianza'];
    const menu = page.getByTestId('export-menu');
    const files: Record<string, Buffer> = {};
    for (const id of ['export-json', 'export-csv-actors', 'export-xlsx', 'export-gexf', 'export-edge-list', 'export-svg']) {
      await menu.evaluate((details) => ((details as HTMLDetailsElement).open = true));
      files[id] = await download(page, () => page.getByTestId(id).click());
    }
    for (const [id, bytes] of Object.entries(files)) {
      const text = id === 'export-xlsx' ? await unzipText(bytes) : bytes.toString('utf8');
      for (const word of hidden) expect(text, `${id} contains "${word}"`).not.toContain(word);
    }
    const json = JSON.parse(files['export-json']!.toString('utf8'));
    // The tie of distrust is gone; the other keeps no trust value; the community is "Comunidad A"; the title says redacted.
    expect(json.ties.map((t: { trust: number | null }) => t.trust)).toEqual([null]);
    expect(json.actors.map((a: { name: { es: string } }) => a.name.es ?? a.name)).toContain('Comunidad A');
    expect(JSON.stringify(json.title)).toContain('redactado');
    expect(files['export-svg']!.toString('utf8')).toContain('REDACTADO');
    // Nothing about trust in the picture's legend either.
    expect(files['export-svg']!.toString('utf8')).not.toContain('esconfianza');

    await page.getByTestId('slides-button').click();
    const pdf = await download(page, () => page.getByTestId('handout-pdf').click());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // One page object per slide (/Type /Page, not /Pages).
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(2);
    const text = pagesOf(pdf).join('\n');
    expect(text).toContain('REDACTADO');
    for (const word of ['Fuerabamba', 'Juana', 'Quispe']) expect(text).not.toContain(word);
  });

  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`at ${size.width}×${size.height}, a presented network has its legend, with only what the slide shows, between the bands and clear of the drawing`, async () => {
      const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE', viewport: size });
      await waitForDrawn(page, lima.actors.length);
      await addSlide(page, 'Toda la red');
      await page.getByTestId('filters').locator('summary').click();
      await page.getByRole('checkbox', { name: 'Estado', exact: true }).check();
      await addSlide(page, 'El Estado');
      await page.getByTestId('slides-button').click();
      const framed = await framings(page);
      await page.getByTestId('present-start').click();
      await page.getByTestId('presenter').waitFor();
      await waitForFramed(page, framed);
      const legend = page.getByTestId('presented-legend');
      const entries = (testId: string) =>
        legend
          .getByTestId(testId)
          .allTextContents()
          .then((texts) => texts.map((t) => t.trim()));
      // Lima 2010 (data/lima-2010.json) has actors of ten sectors, all but private security, in the vocabulary's order
      // (model/vocabularies.ts SECTORS), so of all five pillars; and ties of seven kinds, neither dialogue, service nor training.
      expect(await entries('presented-legend-colour')).toEqual([
        'Institución del Estado',
        'Fuerzas de seguridad',
        'Empresa',
        'Gremio empresarial',
        'Organización de la sociedad civil',
        'Comunidad',
        'Academia',
        'Gobierno extranjero',
        'Organización internacional',
        'Plataforma o grupo',
      ]);
      expect(await entries('presented-legend-shape')).toEqual([
        'Estado',
        'Empresas',
        'Sociedad civil',
        'Actores externos',
        'Plataformas y grupos',
      ]);
      expect((await entries('presented-legend-tie')).sort()).toEqual(
        [
          'Colaboración',
          'Coordinación',
          'Membresía o participación',
          'Financiamiento',
          'Propiedad',
          'Intercambio de información',
          'Conflicto',
        ].sort(),
      );
      // Its trust is not assessed on any tie, and no redaction profile is on: neither is mentioned.
      expect(await legend.textContent()).not.toContain('confianza');
      expect(await legend.getByTestId('presented-legend-redacted').count()).toBe(0);

      // Whole, between the title and the footer, on the screen.
      const box = (await legend.boundingBox())!;
      const top = (await page.locator('[data-testid="presenter"] header.title').boundingBox())!;
      const footer = (await page.locator('[data-testid="presenter"] footer.corner').boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(top.y + top.height);
      expect(box.y + box.height).toBeLessThanOrEqual(footer.y);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      expect(await legend.evaluate((e) => e.scrollHeight <= e.clientHeight && e.scrollWidth <= e.clientWidth)).toBe(true);
      // Over no actor and no label of the fitted drawing (canvas pixels, moved to the page by the canvas's corner).
      const canvas = (await page.getByTestId('network-canvas').boundingBox())!;
      const drawing = await page.evaluate(() => {
        const hook = window.__puentesDrawing!;
        return { actors: hook.actors(), labels: hook.labels(), zoom: hook.size().width / hook.extent().w };
      });
      const boxes = [
        ...drawing.actors.map((a) => {
          const r = a.radius * drawing.zoom;
          return { id: a.id, x1: a.canvasX - r, y1: a.canvasY - r, x2: a.canvasX + r, y2: a.canvasY + r };
        }),
        ...drawing.labels.map((l, i) => ({ id: `label ${i}`, ...l })),
      ];
      expect(drawing.actors).toHaveLength(lima.actors.length);
      for (const b of boxes) {
        const [x1, y1, x2, y2] = [b.x1 + canvas.x, b.y1 + canvas.y, b.x2 + canvas.x, b.y2 + canvas.y];
        // On screen, and apart from the legend.
        expect(x1, b.id).toBeGreaterThanOrEqual(canvas.x - 1);
        expect(x2, b.id).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
        const apart = x2 <= box.x || box.x + box.width <= x1 || y2 <= box.y || box.y + box.height <= y1;
        expect(apart, `${b.id} under the legend`).toBe(true);
      }

      // The State's slide: its legend has only the State's two sectors and their one pillar.
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector('[data-testid="presenter"][data-slide="2"]');
      await expect.poll(() => entries('presented-legend-colour')).toEqual(['Institución del Estado', 'Fuerzas de seguridad']);
      expect(await entries('presented-legend-shape')).toEqual(['Estado']);
    });
  }

  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`at ${size.width}×${size.height}, a presented map, grid or comparison is its drawing alone, between the title and the footer, on the dark theme`, async () => {
      const { page } = await chromium.open(`${baseURL}#/network`, { locale: 'es-PE', viewport: size });
      await waitForDrawn(page, lima.actors.length);
      await addSlide(page, 'Toda la red');
      await page.getByTestId('view-map').click();
      await page.getByTestId('map-view').waitFor();
      await addSlide(page, 'Dónde están');
      await page.getByTestId('view-grids').click();
      await page.getByTestId('grid-svg').waitFor();
      await addSlide(page, 'Poder e interés');
      for (const tab of ['trust', 'engagement', 'matrix']) {
        await page.getByTestId(`grid-tab-${tab}`).click();
        await page.getByTestId(`${tab}-svg`).waitFor();
        await addSlide(page, tab);
      }
      // The comparison (Lima with the Macro Sur sample), saved marking what changed; then marking the shared actors
      // again, so the slide must bring back its own choice.
      await page.getByTestId('view-compare').click();
      await page.getByTestId('compare-svg').waitFor();
      await page.getByRole('radio', { name: 'Lo que cambió' }).check();
      await addSlide(page, 'Lo que cambió');
      await page.getByRole('radio', { name: 'Actores compartidos' }).check();
      await page.getByTestId('slides-button').click();
      await page.getByTestId('present-start').click();
      await page.getByTestId('presenter').waitFor();
      // Slide by slide: what the drawing is, and which of its parts must be whole on screen (the grid's x-axis label).
      const slides: [string, string[]][] = [
        ['network', ['[data-testid="network-canvas"]']],
        ['map', ['[data-testid="map-svg"]']],
        ['grid', ['[data-testid="grid-svg"]', '[data-testid="grid-x-label"]']],
        ['trust', ['[data-testid="trust-svg"]']],
        ['engagement', ['[data-testid="engagement-svg"]']],
        ['matrix', ['[data-testid="matrix-svg"]']],
        ['compare', ['[data-testid="compare-svg"]']],
      ];
      for (const [i, [view, parts]] of slides.entries()) {
        await page.waitForSelector(`[data-testid="presenter"][data-slide="${i + 1}"]`);
        await page.waitForSelector(`.stage[data-view="${view}"]`);
        await page.locator(parts[0]!).waitFor();
        // No form control on the stage: the presenter's own buttons are in its overlay, outside it.
        const controls = await page
          .locator('.stage :is(select, input, button, textarea)')
          .evaluateAll((nodes) => nodes.filter((n) => (n as HTMLElement).checkVisibility()).map((n) => n.outerHTML.slice(0, 80)));
        expect(controls, view).toEqual([]);
        // The bands: below the slide's title, above the sources and count.
        const top = (await page.locator('[data-testid="presenter"] header.title').boundingBox())!;
        const footer = (await page.locator('[data-testid="presenter"] footer.corner').boundingBox())!;
        for (const part of parts) {
          const box = (await page.locator(part).boundingBox())!;
          expect(box.y, `${view}: ${part} starts under the title`).toBeGreaterThanOrEqual(top.y + top.height);
          expect(box.y + box.height, `${view}: ${part} ends above the footer`).toBeLessThanOrEqual(footer.y);
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(size.width);
        }
        // The projector's dark theme: between the bands, the picture is dark (mean luma of the network's
        // background #1b1f24 is 0.12; a white page is 1), with little light area (a few light region fills).
        const stage = (await page.locator('.stage').boundingBox())!;
        const { mean, light } = await luminance(page, stage);
        expect(mean, `${view}: mean luminance`).toBeLessThan(0.3);
        expect(light, `${view}: share of light pixels`).toBeLessThan(0.25);
        // The comparison marks what changed, as when its slide was saved: the legend's first ring is the removed one.
        if (view === 'compare') {
          const legend = await page.locator('[data-testid="compare-svg"] .legend').textContent();
          expect(legend).toContain('Quitado o cambiado (primera)');
          expect(legend).not.toContain('Actor presente en ambas redes');
        }
        await page.keyboard.press('ArrowRight');
      }
    });
  }
});

/** The text of every part of an .xlsx (a zip), for searching. */
async function unzipText(bytes: Buffer): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return cells.join('\n');
}

/**
 * How light a part of the screen is: its mean luma (sRGB weighted: 0 black, 1 white) and the share of its pixels
 * lighter than 0.8, read from a screenshot decoded in the page.
 */
async function luminance(page: Page, clip: { x: number; y: number; width: number; height: number }) {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let [sum, light, count] = [0, 0, 0];
    for (let i = 0; i < pixels.length; i += 4 * 7) {
      const y = (0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!) / 255;
      sum += y;
      if (y > 0.8) light++;
      count++;
    }
    return { mean: sum / count, light: light / count };
  }, png);
}
