// A shared map loses nothing when a browser is killed: Beto's Chromium (a real profile on disk) is killed with
// SIGKILL at set moments after he renames an actor; reopened, it has the edit and sends it, and Ana, sharing the
// map through the real server, sees it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, launchPersistent, pidsUsing, renameInTable } from './browser';
import { freePort, serve, type Served } from '../server/harness';
import lima from '../../data/lima-2010.json';

const MOMENTS = [0, 100, 500];
let data: string;
let server: Served;
let base: string;
let browser: Browser;

beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'puentes-share-kill-'));
  const port = await freePort();
  server = await serve(data, port);
  base = `http://127.0.0.1:${port}/`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.kill();
  rmSync(data, { recursive: true, force: true });
});

const persistent = (profile: string) => launchPersistent(profile, { viewport: { width: 1366, height: 768 }, locale: 'es-PE' });

async function table(page: Page): Promise<void> {
  await page.getByTestId('view-table').click();
  await page.getByTestId('actors-table').waitFor();
}

const nameInput = (page: Page, id: string) => page.locator(`[data-testid="actors-table"] tr[data-actor="${id}"] input.name`);

describe('a shared map, a browser killed after an edit', () => {
  it(
    `killed at ${MOMENTS.join(', ')} ms after a rename: reopened, the edit is there and reaches the others`,
    { timeout: 300_000 },
    async () => {
      // Ana shares Lima.
      const anaContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'es-PE' });
      const ana = await anaContext.newPage();
      await ana.goto(`${base}#/network`);
      await ana.waitForSelector(`[data-testid="network-canvas"][data-rendered-nodes="${lima.actors.length}"]`);
      await ana.getByTestId('share-button').click();
      await ana.getByTestId('share-start').click();
      const editorLink = await ana.locator('[data-share-link="editor"]').inputValue();
      await ana.getByRole('button', { name: 'Cerrar' }).click();
      await table(ana);

      const profile = mkdtempSync(join(tmpdir(), 'puentes-share-profile-'));
      const losses: string[] = [];
      try {
        let beto = await persistent(profile);
        let page = beto.pages()[0] ?? (await beto.newPage());
        await page.goto(editorLink);
        // Joined once the link's banner is gone and the room is online.
        await page.waitForFunction(
          () => document.body.dataset.sync === 'online' && !document.querySelector('[data-testid="share-joining"]'),
        );
        await table(page);
        for (const [i, moment] of MOMENTS.entries()) {
          const id = lima.actors[i]!.id;
          const name = `Renombrado por Beto ${moment}`;
          const pids = pidsUsing(profile);
          await renameInTable(page, id, name);
          if (moment > 0) await new Promise((r) => setTimeout(r, moment));
          for (const pid of pids) {
            try {
              process.kill(pid, 'SIGKILL');
            } catch {
              // Already gone.
            }
          }
          await beto.close().catch(() => {});
          beto = await persistent(profile);
          page = beto.pages()[0] ?? (await beto.newPage());
          // Reopened at the app's address: the shared scenario reopens, and joins its room again.
          await page.goto(base);
          await page.waitForSelector('body[data-sync="online"]', { timeout: 20_000 });
          await table(page);
          const reopened = await nameInput(page, id).inputValue();
          if (reopened !== name) losses.push(`${moment} ms: Beto's browser shows "${reopened}"`);
          await expect
            .poll(() => nameInput(ana, id).inputValue(), { timeout: 10_000 })
            .toBe(name)
            .catch(() => losses.push(`${moment} ms: Ana never got "${name}"`));
        }
        await beto.close().catch(() => {});
      } finally {
        rmSync(profile, { recursive: true, force: true });
        await anaContext.close();
      }
      expect(losses).toEqual([]);
    },
  );
});
