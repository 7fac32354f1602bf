// A map shared by a working group, in real browsers through the real server (`puentes serve`, started here): one
// person shares it, another joins with the editing link, a third with the viewing one.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, open, waitForDrawn, type Session } from './browser';
import { freePort, serve, type Served } from '../server/harness';
import lima from '../../data/lima-2010.json';

let browser: Browser;
let data: string;
let server: Served | null = null;
let base: string;
const sessions: Session[] = [];

beforeAll(async () => {
  browser = await launch();
  data = mkdtempSync(join(tmpdir(), 'puentes-share-e2e-'));
  const port = await freePort();
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
    await beto.waitForSelector('body[data-sync="online"]');
    // The key is not left in the address.
    expect(beto.url()).not.toContain('share=');

    const carla = await person(links.viewer);
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

    // Who is here: Ana sees Beto (named "Sin nombre": he gave no name) and the viewer.
    await ana.waitForFunction(() => document.querySelectorAll('[data-peer]').length >= 3);

    // Carla, a viewer, cannot add an actor: told so, and nothing changes anywhere.
    await carla.getByTestId('add-actor').click();
    const carlaForm = carla.getByTestId('actor-form');
    await carlaForm.locator('input[name="name"]').fill('Actor de la visita');
    await carlaForm.locator('select[name="sector"]').selectOption('community');
    await carlaForm.getByRole('button', { name: 'Guardar' }).click();
    await expect.poll(() => carla.getByTestId('status').textContent()).toContain('enlace de lectura');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await ana.locator('[data-testid="network-canvas"]').getAttribute('data-rendered-nodes')).toBe(String(lima.actors.length + 1));

    // Beto undoes his own edit: it goes from every screen.
    await beto.keyboard.press('Control+z');
    await waitForDrawn(ana, lima.actors.length);
    await waitForDrawn(beto, lima.actors.length);

    // The server's folder holds none of the names.
    await new Promise((r) => setTimeout(r, 2500));
    const stored = readdirSync(data)
      .map((f) => readFileSync(join(data, f), 'latin1'))
      .join('\n');
    expect(stored.length).toBeGreaterThan(10_000);
    for (const actor of lima.actors) expect(stored).not.toContain(typeof actor.name === 'string' ? actor.name : actor.name.es);
    expect(stored).not.toContain('Mesa de diálogo de Espinar');
  });
});
