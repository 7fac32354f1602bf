import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { actorPosition, useBrowser, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';
import limaLayout from '../../data/lima-2010.layout.json';

const baseURL = inject('baseURL');
// Every test also checks that nothing was logged as an error and no request left localhost.
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

describe('the app in Chromium', () => {
  it('opens with the Lima 2010 network drawn, every actor and tie of the file on the canvas', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    const counts = page.getByTestId('counts');
    expect(await counts.getAttribute('data-actors')).toBe(String(lima.actors.length));
    expect(await counts.textContent()).toContain(`${lima.actors.length} actors · ${lima.ties.length} ties`);
    expect(await page.getByTestId('network-canvas').getAttribute('data-rendered-edges')).toBe(String(lima.ties.length));
    expect(await page.getByTestId('legend').textContent()).toContain('Civil society organisation');
  });

  it('draws a sample at its saved positions without loading the layout code; choosing the force layout loads it then', async () => {
    const { page } = await chromium.open(baseURL);
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(request.url()));
    await waitForDrawn(page, lima.actors.length);
    const placed = Object.fromEntries((await page.evaluate(() => window.__puentesDrawing!.actors())).map((a) => [a.id, a]));
    // Every actor stands where data/lima-2010.layout.json puts it.
    for (const [id, saved] of Object.entries(limaLayout as Record<string, { x: number; y: number }>)) {
      expect(placed[id]!.x, id).toBeCloseTo(saved.x, 6);
      expect(placed[id]!.y, id).toBeCloseTo(saved.y, 6);
    }
    expect(scripts.filter((url) => url.includes('fcose'))).toEqual([]);
    expect(await page.getByTestId('layout').inputValue()).toBe('saved');
    await page.getByTestId('layout').selectOption('force');
    await page.waitForFunction((saved) => {
      const minem = window.__puentesDrawing?.actors().find((a) => a.id === 'minem');
      return !!minem && (Math.abs(minem.x - saved.x) > 1 || Math.abs(minem.y - saved.y) > 1);
    }, limaLayout.minem);
    expect(scripts.some((url) => url.includes('fcose'))).toBe(true);
  });

  it('redraws with Macro Sur 2017 when the switcher opens it', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('network-switcher').selectOption('macro-sur-2017');
    await waitForDrawn(page, macroSur.actors.length);
    expect(await page.getByTestId('counts').textContent()).toContain(`${macroSur.actors.length} actors · ${macroSur.ties.length} ties`);
    expect(await page.getByTestId('about-network').textContent()).toContain('Macro Sur regional network (Cusco), 2017');
  });

  it('shows an actor’s attributes, ties and seed source when the actor is clicked on the map', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    const { x, y } = await actorPosition(page, 'idehpucp');
    await page.mouse.click(x, y);
    const details = page.getByTestId('actor-details');
    await details.waitFor();
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe('Human Rights Institute of the Catholic University');
    const sources = await details.getByTestId('sources').textContent();
    expect(sources).toContain('Annex 3 (Interviewees), row 13');
    expect(sources).toContain('considered a neutral institution by all actors');
    // Influence is illustrative in the sample data and says so.
    expect(await details.locator('[data-basis="assumed"]').count()).toBeGreaterThan(0);
    // Following a tie from the inspector opens the tie, with its own source.
    await details.getByRole('button', { name: /Ownership/ }).click();
    const tie = page.getByTestId('tie-details');
    expect(await tie.textContent()).toContain('Pontifical Catholic University of Peru');
    expect(await tie.getByTestId('sources').textContent()).toContain('IV.d Step-by-step process');
  });

  it('switches the interface to Spanish and remembers the choice after a reload', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    expect(await page.locator('header').textContent()).toContain('Language');
    await page.getByTestId('language-switcher').selectOption('es');
    await page.waitForSelector('html[lang="es"]');
    expect(await page.locator('header').textContent()).toContain('Idioma');
    expect(await page.getByTestId('counts').textContent()).toContain(`${lima.actors.length} actores · ${lima.ties.length} vínculos`);
    expect(await page.getByTestId('legend').textContent()).toContain('Organización de la sociedad civil');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.reload();
    await waitForDrawn(page, lima.actors.length);
    expect(await page.getByTestId('about-network').textContent()).toContain('Red nacional de Lima, 2010');
  });

  for (const locale of ['es-PE', 'en-GB']) {
    it(`in ${locale}, the working bar over the network holds on one row at 1920 px, and at 1366 px wraps with nothing cut off or overlapping`, async () => {
      const { page } = await chromium.open(`${baseURL}#/network`, { locale, viewport: { width: 1920, height: 1080 } });
      await waitForDrawn(page, lima.actors.length);
      /** Every control of the bar on screen: its name and box. */
      const controls = () =>
        page.locator('[role="toolbar"] :is(button, select, input)').evaluateAll((nodes) =>
          nodes
            .filter((n) => (n as HTMLElement).checkVisibility())
            .map((n) => {
              const { left, top, right, bottom } = n.getBoundingClientRect();
              return { name: n.getAttribute('data-testid') ?? n.textContent!.trim().slice(0, 20), left, top, right, bottom };
            }),
        );
      const wide = await controls();
      // Views, search, undo, redo, add, draw ties, layout, relayout, colour, size at least.
      expect(wide.length).toBeGreaterThanOrEqual(14);
      // One row: every control's middle at the height of the first's (two rows would be some 30 px apart).
      const middle = (c: { top: number; bottom: number }) => (c.top + c.bottom) / 2;
      for (const control of wide) expect(middle(control), control.name).toBeCloseTo(middle(wide[0]!), 0);

      await page.setViewportSize({ width: 1366, height: 768 });
      await page.waitForFunction(() => document.querySelector('[role="toolbar"]')!.getBoundingClientRect().right <= 1366);
      const narrow = await controls();
      expect(narrow.length).toBe(wide.length);
      const bar = (await page.locator('[role="toolbar"]').boundingBox())!;
      for (const [i, control] of narrow.entries()) {
        // Whole, inside the bar and the screen.
        expect(control.left, control.name).toBeGreaterThanOrEqual(Math.max(0, bar.x));
        expect(control.right, control.name).toBeLessThanOrEqual(Math.min(1366, bar.x + bar.width) + 0.5);
        expect(control.bottom, control.name).toBeLessThanOrEqual(bar.y + bar.height + 0.5);
        // Over no other control.
        for (const other of narrow.slice(i + 1)) {
          const apart =
            control.right <= other.left || other.right <= control.left || control.bottom <= other.top || other.bottom <= control.top;
          expect(apart, `${control.name} / ${other.name}`).toBe(true);
        }
      }
    });
  }
});
