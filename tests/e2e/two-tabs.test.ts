// Two tabs on one scenario, a tab that falls behind, a scenario deleted
// elsewhere, a full disk: the work is never silently dropped, and a tab that
// may not save says so instead of showing "Saved".
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

async function addActor(page: Page, name: string, save = 'Save') {
  await page.getByTestId('add-actor').click();
  const form = page.getByTestId('actor-form');
  await form.locator('input[name="name"]').fill(name);
  await form.getByRole('button', { name: save }).click();
  await form.waitFor({ state: 'detached' });
}

const saved = (page: Page) => page.waitForSelector('[data-testid="save-status"][data-status="saved"]');
const actorCount = async (page: Page) => Number(await page.getByTestId('counts').getAttribute('data-actors'));
const scenarioName = async (page: Page) => (await page.getByTestId('scenario-name').textContent())?.trim();

/**
 * Changes the stored record behind the app's back, as a tab without locks would: a newer revision, in the record and
 * in its summary (which the app checks revisions against), in one transaction.
 */
async function bumpStoredRevision(page: Page, name: string) {
  await page.evaluate(
    (newName) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('puentes');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['scenarios', 'summaries'], 'readwrite');
          const store = tx.objectStore('scenarios');
          const all = store.getAll();
          all.onsuccess = () => {
            const record = all.result[0];
            const revision = record.revision + 5;
            store.put({ ...record, name: newName, revision });
            const summary = tx.objectStore('summaries').get(record.id);
            summary.onsuccess = () => tx.objectStore('summaries').put({ ...summary.result, name: newName, revision });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
          };
        };
        open.onerror = () => reject(open.error);
      }),
    name,
  );
}

describe('two tabs, one scenario', () => {
  it('a read-only tab refuses an edit and a rename with a message, never "Saved", and keeps nothing it refused', async () => {
    const { page, context } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await addActor(page, 'Pestaña que edita');
    await saved(page);
    const name = await scenarioName(page);
    const second = await context.newPage();
    await second.goto(baseURL);
    await waitForDrawn(second, lima.actors.length + 1);
    await second.getByTestId('read-only').waitFor();
    expect(await second.getByTestId('save-status').textContent()).toContain('Read-only');
    // A keyboard edit (select an actor, press Delete) is refused, and said so.
    await second.getByTestId('search').fill('Pestaña que edita');
    await second.keyboard.press('Enter');
    await second.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await second.keyboard.press('Delete');
    await second.getByTestId('read-only-refused').waitFor();
    expect(await second.getByTestId('read-only').textContent()).toContain('Not changed: this tab is read-only');
    expect(await actorCount(second)).toBe(lima.actors.length + 1);
    expect(await second.getByTestId('save-status').textContent()).not.toContain('Saved');
    // A rename is refused in the scenario list too.
    await second.getByTestId('scenarios-button').click();
    const dialog = second.getByTestId('scenario-dialog');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await dialog.getByRole('textbox', { name: /New name/ }).fill('Nombre que no debe quedar');
    await dialog.getByRole('button', { name: 'Save' }).click();
    expect(await dialog.getByTestId('rename-refused').textContent()).toContain('is open for editing in another tab');
    await page.reload();
    await waitForDrawn(page, lima.actors.length + 1);
    expect(await scenarioName(page)).toBe(name);
  });

  it('after another writer saved a newer version, keeps this tab’s work as a copy and goes on saving', async () => {
    const { page } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await addActor(page, 'Antes del conflicto');
    await saved(page);
    await bumpStoredRevision(page, 'Escrito por otra pestaña');
    // The next whole save finds a newer revision: this tab's work becomes a conflict copy …
    await addActor(page, 'Durante el conflicto');
    await page.getByTestId('scenario-name').filter({ hasText: '(conflict copy)' }).waitFor({ timeout: 15_000 });
    // … and the tab keeps saving after it: two more edits, a reload, all there.
    await addActor(page, 'Después del conflicto 1');
    await addActor(page, 'Después del conflicto 2');
    await saved(page);
    await page.reload();
    await waitForDrawn(page, lima.actors.length + 4);
    expect(await scenarioName(page)).toContain('(conflict copy)');
    // The other writer's version is untouched.
    await page.getByTestId('scenarios-button').click();
    await page.getByTestId('scenario-dialog').locator('[data-scenario="Escrito por otra pestaña"]').waitFor();
  });

  it('a scenario deleted in one tab is shown as deleted in the other, which can keep its copy; it never comes back by itself', async () => {
    const { page, context } = await chromium.open(baseURL);
    await waitForDrawn(page, lima.actors.length);
    await addActor(page, 'Se borrará en otra pestaña');
    await saved(page);
    const name = (await scenarioName(page))!;
    const other = await context.newPage();
    await other.goto(baseURL);
    await waitForDrawn(other, lima.actors.length + 1);
    await other.getByTestId('scenarios-button').click();
    const item = other.getByTestId('scenario-dialog').locator(`[data-scenario="${name}"]`);
    await item.getByRole('button', { name: 'Delete' }).click();
    await item.getByRole('button', { name: 'Yes, delete' }).click();
    // The editing tab is told, and an edit made now is not written into the deleted scenario: the edit is shown, and
    // the tab says it is not saved (a write would have said "Saving", then "Saved" or an error).
    await page.getByTestId('deleted-elsewhere').waitFor();
    await addActor(page, 'Después del borrado');
    expect(await actorCount(page)).toBe(lima.actors.length + 2);
    expect(await page.getByTestId('save-status').getAttribute('data-status')).toBe('unsaved');
    await other.reload();
    await other.getByTestId('scenarios-button').click();
    expect(await other.getByTestId('scenario-dialog').locator(`[data-scenario="${name}"]`).count()).toBe(0);
    // Keeping the copy makes a new scenario with everything this tab shows.
    await page.getByTestId('deleted-elsewhere').getByRole('button', { name: 'Keep this as a new scenario' }).click();
    await page.getByTestId('deleted-elsewhere').waitFor({ state: 'detached' });
    await saved(page);
    await page.reload();
    await waitForDrawn(page, lima.actors.length + 2);
    expect(await scenarioName(page)).toBe(`${name} (kept copy)`);
    await other.close();
  });
});

describe('a full disk', () => {
  it('keeps an imported network open in memory with a banner and an export, and nothing already saved is lost', async () => {
    const { page, context } = await chromium.open(baseURL, { locale: 'es-PE' });
    // The browser's storage for this site fills up: every write is refused as Chromium refuses it, with a
    // QuotaExceededError. (DevTools' Storage.overrideQuotaForOrigin does not reach IndexedDB in this
    // headless Chromium, so the refusal is made here, in the page, before the app loads.)
    await context.addInitScript(() => {
      const full = () => (window as unknown as { diskFull?: boolean }).diskFull === true;
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
          if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        };
      }
    });
    await page.reload();
    await waitForDrawn(page, lima.actors.length);
    // Work saved before the disk filled.
    await addActor(page, 'Guardado antes', 'Guardar');
    await saved(page);
    const before = await scenarioName(page);
    const setFull = (value: boolean) => page.evaluate((v) => ((window as unknown as { diskFull: boolean }).diskFull = v), value);
    await setFull(true);
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-files').setInputFiles([
      {
        name: 'mesa.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('origen,destino\nDefensoría del Pueblo,Comunidad de Fuerabamba\nMinera Las Bambas,Comunidad de Fuerabamba\n'),
      },
    ]);
    await page.getByTestId('import-result').waitFor();
    await page.getByTestId('import-commit').click();
    const banner = page.getByTestId('unsaved-network');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(
      '«mesa» está abierto pero no se pudo guardar: el almacenamiento del navegador para este sitio está lleno',
    );
    await waitForDrawn(page, 3);
    const [file] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Exportarlo (JSON)' }).click()]);
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(exported.actors.map((a: { name: string }) => a.name)).toEqual([
      'Defensoría del Pueblo',
      'Comunidad de Fuerabamba',
      'Minera Las Bambas',
    ]);
    // Space comes back: trying again saves it as a scenario.
    await setFull(false);
    await banner.getByRole('button', { name: 'Volver a intentar guardar' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.reload();
    await waitForDrawn(page, 3);
    expect(await scenarioName(page)).toBe('mesa');
    // What was saved before is still there, with its edit.
    await page.getByTestId('scenarios-button').click();
    await page.getByTestId('scenario-dialog').locator(`[data-scenario="${before}"]`).getByRole('button', { name: 'Abrir' }).click();
    await waitForDrawn(page, lima.actors.length + 1);
  });
});
