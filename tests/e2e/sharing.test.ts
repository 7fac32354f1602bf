// A map shared by a working group, in real browsers through the real server (`puentes serve`, started here): one
// person shares it, another joins with the editing link, a third with the viewing one.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { actorPosition, launch, open, renameInTable, violations, waitForDrawn, waitForStillView, type Session } from './browser';
import { WORKSHOP, importNetwork } from './workshop';
import { recordMeetingWith } from './records';
import { freePort, serve, type Served } from '../server/harness';
import { localAddresses } from '../../src/cli/serve-command';
import lima from '../../data/lima-2010.json';

let browser: Browser;
let data: string;
let server: Served | null = null;
let base: string;
let port: number;
const sessions: Session[] = [];

beforeAll(async () => {
  browser = await launch();
  data = mkdtempSync(join(tmpdir(), 'puentes-share-e2e-'));
  port = await freePort();
  server = await serve(data, port);
  base = `http://127.0.0.1:${port}/`;
});
afterEach(async () => {
  for (const session of sessions.splice(0)) {
    await session.context.close();
    expect(session.outsideRequests, 'requests that left this machine').toEqual([]);
  }
});
afterAll(async () => {
  await server?.kill();
  await browser?.close();
  rmSync(data, { recursive: true, force: true });
});

async function person(url: string): Promise<Page> {
  const session = await open(browser, url, { locale: 'es-PE', viewport: { width: 1366, height: 768 } });
  sessions.push(session);
  return session.page;
}

/** Shares the open map as `name`, on the server the page came from; returns the editing and viewing links. */
async function share(page: Page, name: string): Promise<{ editor: string; viewer: string }> {
  await page.getByTestId('share-button').click();
  const dialog = page.getByTestId('share-dialog');
  await dialog.locator('input[name="share-name"]').fill(name);
  await dialog.getByTestId('share-start').click();
  const editor = await dialog.locator('[data-share-link="editor"]').inputValue();
  const viewer = await dialog.locator('[data-share-link="viewer"]').inputValue();
  await dialog.getByRole('button', { name: 'Cerrar' }).click();
  return { editor, viewer };
}

/** The name an actor is drawn with. */
const drawnName = (page: Page, id: string) => page.evaluate((actor) => window.__puentesDrawing?.data(actor, 'label') ?? null, id);

/** Waits until the map of a link just opened is the one shown: the joining banner gone, and online. */
async function joinedMap(page: Page): Promise<void> {
  // While a link is being opened the banner is up, whatever connection comes and goes in between.
  await page.waitForFunction(() => document.body.dataset.sync === 'online' && !document.querySelector('[data-testid="share-joining"]'));
}

/** Shows the table of actors. */
async function table(page: Page): Promise<void> {
  await page.getByTestId('view-table').click();
  await page.getByTestId('actors-table').waitFor();
}

/** Every actor of the table with its name, sorted: what two screens showing the same network agree on. */
function rows(page: Page): Promise<string> {
  return page.locator('[data-testid="actors-table"] tbody tr[data-actor]').evaluateAll((trs) =>
    trs
      .map((tr) => `${tr.getAttribute('data-actor')}=${(tr.querySelector('input.name') as HTMLInputElement).value}`)
      .sort()
      .join('\n'),
  );
}

/** Ana opens Lima and shares it; Beto joins with the editing link and is online. */
async function anaAndBeto(): Promise<{ ana: Page; beto: Page; links: { editor: string; viewer: string } }> {
  const ana = await person(`${base}#/network`);
  await waitForDrawn(ana, lima.actors.length);
  const links = await share(ana, 'Ana');
  const beto = await person(links.editor);
  await joinedMap(beto);
  await waitForDrawn(beto, lima.actors.length);
  return { ana, beto, links };
}

const rowCount = (page: Page) => page.locator('[data-testid="actors-table"] tbody tr[data-actor]').count();

describe('a shared map', () => {
  it('reaches an editor and a viewer through the links; an edit on one screen appears on the others; the viewer cannot edit', async () => {
    const ana = await person(`${base}#/network`);
    await waitForDrawn(ana, lima.actors.length);
    const links = await share(ana, 'Ana');
    expect(links.editor).toMatch(/#share=[\w-]{22}\.[\w-]{43}\.[\w-]{22}$/);
    expect(links.viewer).toMatch(/#share=[\w-]{22}\.[\w-]{43}$/);
    expect(links.editor.startsWith(base)).toBe(true);
    await ana.waitForSelector('body[data-sync="online"]');

    const beto = await person(links.editor);
    await waitForDrawn(beto, lima.actors.length);
    await joinedMap(beto);
    // The key is not left in the address.
    expect(beto.url()).not.toContain('share=');

    const carla = await person(links.viewer);
    await joinedMap(carla);
    await waitForDrawn(carla, lima.actors.length);

    // Beto adds an actor: it appears on Ana's and Carla's screens.
    await beto.getByTestId('add-actor').click();
    const form = beto.getByTestId('actor-form');
    await form.locator('input[name="name"]').fill('Mesa de diálogo de Espinar');
    await form.locator('select[name="sector"]').selectOption('community');
    await form.getByRole('button', { name: 'Guardar' }).click();
    await waitForDrawn(beto, lima.actors.length + 1);
    await waitForDrawn(ana, lima.actors.length + 1);
    await waitForDrawn(carla, lima.actors.length + 1);
    expect(await drawnName(ana, 'mesa-de-dialogo-de-espinar')).toBe('Mesa de diálogo de Espinar');
    // Beto's new actor is selected on his screen: on Ana's, it is ringed in his colour.
    await ana.waitForFunction(() => window.__puentesDrawing?.classes('mesa-de-dialogo-de-espinar').includes('peer'));

    // Who is here: Ana sees Beto (named "Sin nombre": he gave no name) and the viewer.
    await ana.waitForFunction(() => document.querySelectorAll('[data-peer]').length >= 3);

    // Carla, a viewer, cannot add an actor (the button is off), and a change she types in the table is refused,
    // told so, and reaches nobody.
    expect(await carla.getByTestId('add-actor').isDisabled()).toBe(true);
    await table(carla);
    const first = lima.actors[0]!.id;
    await renameInTable(carla, first, 'Cambio de la visita');
    await expect.poll(() => carla.getByTestId('status').textContent()).toContain('enlace de lectura');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await ana.locator('[data-testid="network-canvas"]').getAttribute('data-rendered-nodes')).toBe(String(lima.actors.length + 1));
    expect(await drawnName(ana, first)).not.toBe('Cambio de la visita');

    // Beto undoes his own edit: it goes from every screen.
    await beto.keyboard.press('Control+z');
    await waitForDrawn(ana, lima.actors.length);
    await waitForDrawn(beto, lima.actors.length);

    // Ana saves a slide: it is the group's, Beto has it too.
    await ana.getByTestId('slides-button').click();
    const slides = ana.getByTestId('slides-dialog');
    await slides.locator('input[name="slide-title"]').fill('Toda la red');
    await slides.getByTestId('slide-add').click();
    await slides.getByRole('button', { name: 'Cerrar' }).click();
    await expect.poll(() => beto.getByTestId('slides-button').textContent()).toContain('(1)');

    // The server's folder holds none of the names.
    await new Promise((r) => setTimeout(r, 2500));
    const stored = readdirSync(data)
      .map((f) => readFileSync(join(data, f), 'latin1'))
      .join('\n');
    expect(stored.length).toBeGreaterThan(10_000);
    for (const actor of lima.actors) expect(stored).not.toContain(typeof actor.name === 'string' ? actor.name : actor.name.es);
    expect(stored).not.toContain('Mesa de diálogo de Espinar');
  });

  it('server killed: both go on editing offline, told so; restarted, every edit is merged on both screens and kept on the server', async () => {
    const { ana, beto, links } = await anaAndBeto();
    await table(ana);
    await table(beto);
    await server!.kill();
    server = null;
    await ana.waitForSelector('body[data-sync="offline"]');
    await beto.getByTestId('share-offline').waitFor();
    // Apart, each renames an actor of their own, and both rename the same one: that one ends the same on both.
    const [mine, yours, both] = lima.actors.map((a) => a.id);
    await renameInTable(ana, mine!, 'Renombrado por Ana');
    await renameInTable(beto, yours!, 'Renombrado por Beto');
    await renameInTable(ana, both!, 'Ana lo llamó así');
    await renameInTable(beto, both!, 'Beto lo llamó así');
    server = await serve(data, port);
    await ana.waitForSelector('body[data-sync="online"]', { timeout: 20_000 });
    await beto.waitForSelector('body[data-sync="online"]', { timeout: 20_000 });
    await expect.poll(async () => (await rows(ana)) === (await rows(beto)), { timeout: 10_000 }).toBe(true);
    const agreed = await rows(ana);
    expect(agreed).toContain(`${mine}=Renombrado por Ana`);
    expect(agreed).toContain(`${yours}=Renombrado por Beto`);
    expect(agreed).toMatch(new RegExp(`${both}=(Ana|Beto) lo llamó así`));
    // Kept on the server: a person joining now, after another restart from its folder, gets the same.
    await new Promise((r) => setTimeout(r, 2500));
    await server.kill();
    server = await serve(data, port);
    const carla = await person(links.viewer);
    await joinedMap(carla);
    await waitForDrawn(carla, lima.actors.length);
    await table(carla);
    await expect.poll(() => rowCount(carla)).toBe(lima.actors.length);
    await expect.poll(() => rows(carla), { timeout: 10_000 }).toBe(agreed);
  });

  it('two people record a meeting each while the server is down; restarted, both meetings are on both timelines and on the server', async () => {
    const { ana, beto, links } = await anaAndBeto();
    // The record form and the timeline are loaded when first opened; opened once here, they are at hand offline.
    for (const page of [ana, beto]) {
      await page.getByTestId('view-timeline').click();
      await page.getByRole('button', { name: '+ Reunión' }).click();
      await page.getByTestId('engagement-form').waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('record-dialog').waitFor({ state: 'detached' });
      await page.getByTestId('view-network').click();
    }
    await server!.kill();
    server = null;
    await ana.waitForSelector('body[data-sync="offline"]');
    await beto.waitForSelector('body[data-sync="offline"]');
    // Apart, each records a meeting with other actors (each a value of its own in the room: neither overwrites the other).
    await recordMeetingWith(ana, ['sase', 'desco'], { topic: 'Reunión de Ana', date: '2025-03-10' });
    await recordMeetingWith(beto, ['aprodeh', 'socios-peru'], { topic: 'Reunión de Beto', date: '2025-03-12' });
    server = await serve(data, port);
    await ana.waitForSelector('body[data-sync="online"]', { timeout: 20_000 });
    await beto.waitForSelector('body[data-sync="online"]', { timeout: 20_000 });
    const topics = async (page: Page) => {
      await page.getByTestId('view-timeline').click();
      return (await page.locator('g.mark[data-field="engagements"]').allTextContents()).join(' | ');
    };
    for (const page of [ana, beto]) {
      await expect.poll(() => topics(page), { timeout: 10_000 }).toContain('Reunión de Ana');
      await expect.poll(() => topics(page), { timeout: 10_000 }).toContain('Reunión de Beto');
    }
    // Kept on the server: a viewer joining after another restart from its folder sees both, and the sample's own.
    await new Promise((r) => setTimeout(r, 2500));
    await server.kill();
    server = await serve(data, port);
    const carla = await person(links.viewer);
    await joinedMap(carla);
    await waitForDrawn(carla, lima.actors.length);
    await carla.getByTestId('view-timeline').click();
    await expect
      .poll(() => carla.locator('g.mark[data-field="engagements"]').count(), { timeout: 10_000 })
      .toBe(lima.engagements.length + 2);
    // A viewer records nothing.
    expect(await carla.getByRole('button', { name: '+ Reunión' }).count()).toBe(0);
  });

  it('names who changed what in the history, filtered by person, and restores the earlier value on every screen', async () => {
    const { ana, beto } = await anaAndBeto();
    // Beto gives the group his name.
    await beto.getByTestId('share-button').click();
    const dialog = beto.getByTestId('share-dialog');
    await dialog.locator('input[name="share-name"]').fill('Beto');
    await dialog.getByRole('button', { name: 'Guardar el nombre' }).click();
    await dialog.getByRole('button', { name: 'Cerrar' }).click();
    await table(ana);
    await table(beto);
    const actor = lima.actors[3]!;
    const before = typeof actor.name === 'string' ? actor.name : actor.name.es;
    await renameInTable(beto, actor.id, 'Nombre que puso Beto');
    const nameOnAna = ana.locator(`[data-testid="actors-table"] tr[data-actor="${actor.id}"] input.name`);
    await expect.poll(() => nameOnAna.inputValue()).toBe('Nombre que puso Beto');

    await ana.getByTestId('share-button').click();
    await ana.getByTestId('history-button').click();
    const history = ana.getByTestId('history-dialog');
    await history.getByTestId('history-list').waitFor();
    await history.getByTestId('history-person').selectOption({ label: 'Beto' });
    const rowsShown = history.locator('[data-testid="history-list"] > li');
    await expect.poll(() => rowsShown.count()).toBe(1);
    const row = rowsShown.first();
    expect(await row.getAttribute('data-by')).toBe('Beto');
    const text = (await row.textContent())!;
    expect(text).toContain('Nombre:');
    expect(text).toContain(before);
    expect(text).toContain('Nombre que puso Beto');
    await row.getByRole('button', { name: 'Restaurar' }).click();
    const nameOnBeto = beto.locator(`[data-testid="actors-table"] tr[data-actor="${actor.id}"] input.name`);
    await expect.poll(() => nameOnBeto.inputValue()).toBe(before);
    await expect.poll(() => nameOnAna.inputValue()).toBe(before);
    // Ana undoes her restore: Beto's name is back on both screens, and the history says Ana undid an edit.
    await history.getByRole('button', { name: 'Cerrar' }).click();
    await ana.locator('body').press('Control+z');
    await expect.poll(() => nameOnBeto.inputValue()).toBe('Nombre que puso Beto');
    await expect.poll(() => nameOnAna.inputValue()).toBe('Nombre que puso Beto');
    await ana.getByTestId('share-button').click();
    await ana.getByTestId('history-button').click();
    await expect
      .poll(() => ana.getByTestId('history-list').locator(':scope > li').first().textContent())
      .toContain('deshizo un cambio suyo');
  });

  it('brings back from the history an actor another person removed, with its ties, on every screen', async () => {
    const { ana, beto } = await anaAndBeto();
    const counts = (page: Page) =>
      page.evaluate(() => {
        const canvas = document.querySelector('[data-testid="network-canvas"]')!;
        return [Number(canvas.getAttribute('data-rendered-nodes')), Number(canvas.getAttribute('data-rendered-edges'))];
      });
    // International Alert and its ties (counted from the data), removed by Beto: selected, then Delete.
    const id = 'international-alert';
    const ties = lima.ties.filter((t) => t.source === id || t.target === id).length;
    expect(ties).toBeGreaterThan(0);
    await waitForStillView(beto);
    const { x, y } = await actorPosition(beto, id);
    await beto.mouse.click(x, y);
    await beto.getByTestId('actor-details').waitFor();
    await beto.locator('body').press('Delete');
    const without = [lima.actors.length - 1, lima.ties.length - ties];
    await expect.poll(() => counts(beto)).toEqual(without);
    await expect.poll(() => counts(ana)).toEqual(without);
    // Ana finds it in the history ("Quitó International Alert") and restores it: back on both, whole.
    await ana.getByTestId('share-button').click();
    await ana.getByTestId('history-button').click();
    const row = ana.getByTestId('history-list').locator(':scope > li').first();
    await row.waitFor();
    const removed = row.locator('li', { hasText: 'Quitó International Alert' });
    await removed.getByRole('button', { name: 'Restaurar' }).click();
    const whole = [lima.actors.length, lima.ties.length];
    await expect.poll(() => counts(ana)).toEqual(whole);
    await expect.poll(() => counts(beto)).toEqual(whole);
    expect(await beto.evaluate((actor) => window.__puentesDrawing!.data(actor, 'label'), id)).toBe(
      await ana.evaluate((actor) => window.__puentesDrawing!.data(actor, 'label'), id),
    );
  });

  it('publishes a redacted copy with a viewing link; a new key tells old links the map is no longer shared there', async () => {
    const ana = await person(`${base}#/network`);
    await waitForDrawn(ana, lima.actors.length);
    // A workshop's network with a person's name, notes and a tie of distrust.
    await importNetwork(ana, WORKSHOP);
    await waitForDrawn(ana, 3);
    const links = await share(ana, 'Ana');
    await ana.getByTestId('slides-button').click();
    await ana.getByRole('button', { name: 'Taller con comunidades presentes' }).click();
    await ana.getByRole('button', { name: 'Cerrar' }).click();
    await ana.getByTestId('redaction-banner').waitFor();
    await ana.getByTestId('share-button').click();
    await ana.getByTestId('share-redacted').click();
    const copyLink = await ana.locator('[data-share-link="redacted"]').inputValue();
    expect(copyLink).toMatch(/#share=[\w-]{22}\.[\w-]{43}$/);
    await ana.getByTestId('share-dialog').getByRole('button', { name: 'Cerrar' }).click();

    // The workshop's screen opens the copy: the community anonymised, the tie of distrust gone, nothing to edit.
    const screen = await person(copyLink);
    await joinedMap(screen);
    await screen.waitForSelector('[data-testid="network-canvas"][data-rendered-nodes="3"][data-rendered-edges="1"]');
    await table(screen);
    const shown = await rows(screen);
    for (const hidden of ['Comunidad de Fuerabamba', 'Juana Quispe', 'Nota reservada', 'Comentario interno'])
      expect(shown).not.toContain(hidden);

    // A new key: the old editing link now says so, and the new one opens the map.
    await ana.getByTestId('share-button').click();
    await ana.getByTestId('share-rotate').click();
    await expect.poll(() => ana.locator('[data-share-link="editor"]').inputValue()).not.toBe(links.editor);
    const fresh = await ana.locator('[data-share-link="editor"]').inputValue();
    const late = await person(links.editor);
    await late.getByTestId('share-problem').waitFor();
    expect(await late.getByTestId('share-problem').textContent()).toContain('ya no se comparte aquí');
    const beto = await person(fresh);
    await joinedMap(beto);
    await waitForDrawn(beto, 3);
  });

  it('follows the presenter: her zoom, her view, then the slide she presents', async () => {
    const ana = await person(`${base}#/network`);
    await waitForDrawn(ana, lima.actors.length);
    await ana.getByTestId('slides-button').click();
    const slides = ana.getByTestId('slides-dialog');
    for (const title of ['Toda la red', 'Segunda']) {
      await slides.locator('input[name="slide-title"]').fill(title);
      await slides.getByTestId('slide-add').click();
    }
    await slides.getByRole('button', { name: 'Cerrar' }).click();
    const links = await share(ana, 'Ana');
    const beto = await person(links.viewer);
    await joinedMap(beto);
    await waitForDrawn(beto, lima.actors.length);
    await beto.getByTestId('follow-Ana').click();
    // Ana zooms in twice (×1.25 each) on an actor's side of the drawing: Beto, on a screen of the same size, is
    // shown the same part of it (centre and width within 2 % of its width).
    const extent = (page: Page) => page.evaluate(() => window.__puentesDrawing!.extent());
    const before = await extent(beto);
    await ana.getByTestId('zoom-in').click();
    await ana.getByTestId('zoom-in').click();
    await ana.waitForTimeout(600);
    const hers = await extent(ana);
    expect(hers.w).toBeLessThan(before.w * 0.9);
    await expect
      .poll(
        async () => {
          const his = await extent(beto);
          return (
            Math.max(
              Math.abs(his.x1 + his.x2 - hers.x1 - hers.x2) / 2,
              Math.abs(his.y1 + his.y2 - hers.y1 - hers.y2) / 2,
              Math.abs(his.w - hers.w),
            ) / hers.w
          );
        },
        { timeout: 10_000 },
      )
      .toBeLessThan(0.02);
    await ana.getByTestId('view-table').click();
    await beto.getByTestId('actors-table').waitFor();
    await ana.getByTestId('slides-button').click();
    await ana.getByTestId('present-start').click();
    await ana.getByTestId('presenter').waitFor();
    await beto.waitForSelector('[data-testid="presenter"][data-slide="1"]');
    await ana.keyboard.press('ArrowRight');
    await beto.waitForSelector('[data-testid="presenter"][data-slide="2"]');
  });

  it('draws the actors where the group has them, and moves one on every screen when a person drags it', async () => {
    const places = async (page: Page) =>
      new Map((await page.evaluate(() => window.__puentesDrawing!.actors())).map((a) => [a.id, { x: a.x, y: a.y }]));
    const far = (a: { x: number; y: number }, b?: { x: number; y: number }) => !b || Math.abs(a.x - b.x) >= 1 || Math.abs(a.y - b.y) >= 1;
    /** Drags an actor 90 px right and 30 down, in steps as a hand would. */
    const drag = async (page: Page, id: string) => {
      const from = await actorPosition(page, id);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let i = 1; i <= 6; i++) await page.mouse.move(from.x + i * 15, from.y + i * 5);
      await page.mouse.up();
      await waitForStillView(page);
    };
    // Ana moves the second actor before she shares: her arrangement is no longer the sample's.
    const ana = await person(`${base}#/network`);
    await waitForDrawn(ana, lima.actors.length);
    await waitForStillView(ana);
    await drag(ana, lima.actors[1]!.id);
    const links = await share(ana, 'Ana');
    const beto = await person(links.editor);
    await joinedMap(beto);
    await waitForDrawn(beto, lima.actors.length);
    await waitForStillView(beto);
    // Beto's drawing opened with Ana's arrangement, that actor too: every actor within a unit.
    const hers = await places(ana);
    const his = await places(beto);
    expect([...hers].filter(([id, p]) => far(p, his.get(id)))).toEqual([]);
    // Ana drags the first actor.
    const id = lima.actors[0]!.id;
    await drag(ana, id);
    const moved = (await places(ana)).get(id)!;
    expect(far(moved, hers.get(id))).toBe(true);
    // On Beto's screen it moves there too; nothing else moves.
    await expect.poll(async () => far(moved, (await places(beto)).get(id)), { timeout: 10_000 }).toBe(false);
    const after = await places(beto);
    expect([...hers].filter(([other, p]) => other !== id && far(p, after.get(other)))).toEqual([]);
  });

  it('rings on the map what another person selects, and reads well to a screen reader when shared, in Spanish: the header with the people, the map, the share and history dialogs', async () => {
    const { ana, beto } = await anaAndBeto();
    await ana.waitForSelector('[data-peer]:not([data-peer="me"])');
    // Beto picks an actor on the map: on Ana's map it is ringed in his colour.
    await beto.getByTestId('view-map').click();
    const mark = beto.locator('circle.mark').first();
    const picked = (await mark.getAttribute('data-actor'))!;
    await mark.click();
    await ana.getByTestId('view-map').click();
    await ana.waitForSelector(`[data-peer-selects="${picked}"]`);
    expect(await violations(ana)).toEqual([]);
    await ana.getByTestId('share-button').click();
    await ana.getByTestId('share-dialog').waitFor();
    expect(await violations(ana)).toEqual([]);
    await ana.getByTestId('history-button').click();
    await ana.getByTestId('history-dialog').waitFor();
    expect(await violations(ana)).toEqual([]);
  });
});

describe("a shared map at the server's address on the local network", () => {
  // A workshop's laptop is reached at a plain http address such as http://192.168.1.20:8787/, where browsers
  // withhold WebCrypto's subtle API and crypto.randomUUID (not a secure context): sharing must work there too.
  const lan = localAddresses()[0];
  it.skipIf(!lan)('shares and joins over plain http at a non-local address', async () => {
    const lanData = mkdtempSync(join(tmpdir(), 'puentes-share-lan-'));
    const lanPort = await freePort();
    const lanServer = await serve(lanData, lanPort, ['--host', '0.0.0.0']);
    const contexts = [await browser.newContext({ locale: 'es-PE' }), await browser.newContext({ locale: 'es-PE' })];
    try {
      const [ana, beto] = await Promise.all(contexts.map((c) => c.newPage()));
      const errors: string[] = [];
      for (const page of [ana!, beto!]) page.on('pageerror', (error) => errors.push(error.message));
      await ana!.goto(`http://${lan}:${lanPort}/#/network`);
      expect(await ana!.evaluate(() => window.isSecureContext)).toBe(false);
      await waitForDrawn(ana!, lima.actors.length);
      const links = await share(ana!, 'Ana');
      expect(new URL(links.editor).hostname).toBe(lan);
      // No clipboard API here: "Copiar" still copies the link (what the page hands to the browser's copy).
      expect(await ana!.evaluate(() => 'clipboard' in navigator)).toBe(false);
      await ana!.evaluate(() =>
        document.addEventListener('copy', () => ((window as unknown as { copied: string }).copied = String(document.getSelection()))),
      );
      await ana!.getByTestId('share-button').click();
      await ana!.getByTestId('share-copy-viewer').click();
      await expect.poll(() => ana!.getByTestId('share-copy-viewer').textContent()).toContain('Copiado');
      const copied = await ana!.evaluate(() => {
        const field = document.querySelector<HTMLInputElement>('[data-share-link="viewer"]')!;
        return (window as unknown as { copied?: string }).copied || field.value.slice(field.selectionStart!, field.selectionEnd!);
      });
      expect(copied).toBe(links.viewer);
      await ana!.getByRole('button', { name: 'Cerrar' }).click();
      await beto!.goto(links.editor);
      await waitForDrawn(beto!, lima.actors.length);
      await joinedMap(beto!);
      await table(ana!);
      await table(beto!);
      const id = lima.actors[0]!.id;
      await renameInTable(beto!, id, 'Cambiado en el taller');
      await expect
        .poll(() => ana!.locator(`[data-testid="actors-table"] tr[data-actor="${id}"] input.name`).inputValue())
        .toBe('Cambiado en el taller');
      expect(errors).toEqual([]);
    } finally {
      for (const context of contexts) await context.close();
      await lanServer.kill();
      rmSync(lanData, { recursive: true, force: true });
    }
  });
});
