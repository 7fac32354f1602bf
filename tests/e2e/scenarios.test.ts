import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium as playwright, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, useBrowser, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

async function addActor(page: Page, name: string) {
  await page.getByTestId('add-actor').click();
  const form = page.getByTestId('actor-form');
  await form.locator('input[name="name"]').fill(name);
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
}

/** Kills (SIGKILL) every Chromium process started with this profile: no unload, no clean shutdown. */
function killBrowserUsing(profile: string) {
  const lines = execSync('ps -eo pid=,args=', { encoding: 'utf8' }).split('\n');
  for (const line of lines) {
    const [pid, ...args] = line.trim().split(/\s+/);
    const command = args.join(' ');
    if (pid && command.includes(profile) && /chrom/i.test(command)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
}

const saved = (page: Page) => page.waitForSelector('[data-testid="save-status"][data-status="saved"]');
const actorCount = async (page: Page) => Number(await page.getByTestId('counts').getAttribute('data-actors'));

describe('scenarios kept in the browser', () => {
  it('an edit to a sample becomes a saved scenario that is there after a reload, as it was left', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('filters').locator('summary').click();
    await page.getByRole('checkbox', { name: 'State', exact: true }).check();
    await addActor(page, 'Mesa de Espinar');
    await saved(page);
    expect(await page.getByTestId('scenario-name').textContent()).toContain('Lima national network, 2010 ·');
    await page.reload();
    await waitForDrawn(page, lima.actors.length + 1);
    expect(await page.getByTestId('scenario-name').textContent()).toContain('Lima national network, 2010 ·');
    // The view came back too: the pillar filter is still on (the sample's State actors: institutions and security forces).
    const state = lima.actors.filter((a) => a.sector === 'state' || a.sector === 'security_forces').length;
    expect(await page.getByTestId('counts').getAttribute('data-shown-actors')).toBe(String(state));
  });

  it('renames, duplicates and deletes scenarios, and all of it survives a reload', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await addActor(page, 'Ronda de Espinar');
    await saved(page);
    await page.getByTestId('scenarios-button').click();
    const dialog = page.getByTestId('scenario-dialog');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await dialog.getByRole('textbox', { name: /New name/ }).fill('What if Socios Perú left?');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.locator('[data-scenario="What if Socios Perú left?"]').waitFor();
    await dialog.getByRole('button', { name: 'Duplicate' }).click();
    await dialog.locator('[data-scenario="What if Socios Perú left? (copy)"]').waitFor();
    await page.reload();
    await waitForDrawn(page, lima.actors.length + 1);
    expect(await page.getByTestId('scenario-name').textContent()).toBe('What if Socios Perú left?');
    await page.getByTestId('scenarios-button').click();
    const copy = page.getByTestId('scenario-dialog').locator('[data-scenario="What if Socios Perú left? (copy)"]');
    await copy.getByRole('button', { name: 'Delete' }).click();
    await copy.getByRole('button', { name: 'Yes, delete' }).click();
    await copy.waitFor({ state: 'detached' });
    await page.reload();
    await waitForDrawn(page, lima.actors.length + 1);
    await page.getByTestId('scenarios-button').click();
    await page.getByTestId('scenario-list').locator('li').first().waitFor();
    expect(await page.getByTestId('scenario-list').locator('li').count()).toBe(1);
  });

  it('keeps an edit when the page is hidden and the browser is then killed', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'puentes-profile-'));
    const launch = () =>
      playwright.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        args: CHROMIUM_ARGS,
        viewport: { width: 1440, height: 900 },
        locale: 'en-GB',
      });
    let context: BrowserContext = await launch();
    try {
      let page = context.pages()[0] ?? (await context.newPage());
      await page.goto(baseURL);
      await waitForDrawn(page, lima.actors.length);
      await addActor(page, 'Frente de Defensa de Espinar');
      // The tab is hidden (the user switches away, the laptop sleeps) …
      await page.evaluate(() => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      });
      await saved(page);
      // … and the browser dies without closing anything.
      killBrowserUsing(profile);
      await context.close().catch(() => {});
      context = await launch();
      page = context.pages()[0] ?? (await context.newPage());
      await page.goto(baseURL);
      await waitForDrawn(page, lima.actors.length + 1);
      expect(await actorCount(page)).toBe(lima.actors.length + 1);
    } finally {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('lets a newer version of Puentes in another tab upgrade the database: this tab saves, closes and asks for a reload', async () => {
    const { page, context } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await addActor(page, 'Antes de la actualización');
    await saved(page);
    // Another tab opens the database at a newer version, as a newer Puentes would.
    const newer = await context.newPage();
    await newer.goto(`${baseURL}favicon.svg`);
    const upgraded = await newer.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('puentes', 99);
          request.onsuccess = () => {
            const version = request.result.version;
            request.result.close();
            resolve(version);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    expect(upgraded).toBe(99);
    await page.getByRole('button', { name: 'Reload' }).waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain('A newer version of Puentes was opened in another tab');
    await newer.close();
  });

  it('lets only one of two tabs edit a scenario; the other follows read-only and cannot overwrite it', async () => {
    const { page, context } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await addActor(page, 'Primera pestaña');
    await saved(page);
    const second = await context.newPage();
    await second.goto(baseURL);
    await waitForDrawn(second, lima.actors.length + 1);
    await second.getByTestId('read-only').waitFor();
    expect(await second.getByTestId('add-actor').isDisabled()).toBe(true);
    // The first tab goes on editing; the second follows its saves.
    await addActor(page, 'Segunda edición');
    await saved(page);
    await waitForDrawn(second, lima.actors.length + 2);
    // Closing the first tab hands editing to the second.
    await page.close();
    await second.getByTestId('read-only').waitFor({ state: 'detached' });
    expect(await second.getByTestId('add-actor').isDisabled()).toBe(false);
    await second.close();
  });
});
