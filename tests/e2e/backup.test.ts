// Files protected with a passphrase, as a facilitator in Lima uses them, in Spanish: a backup of every scenario
// exported from the Backup panel and imported again, refused with a wrong passphrase (nothing saved touched) and
// opened with the right one; and the network's JSON from the export menu, through the import dialog.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import lima from '../../data/lima-2010.json';
import { decryptText, SCRYPT_PARAMS } from '../../src/io/encrypted-file';
import { readBackup } from '../../src/store/backup';
import { useBrowser, waitForDrawn } from './browser';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

const PASSPHRASE = 'Cañón del Colca, 2017';
const WRONG = 'cañón del colca, 2017';

async function download(page: Page, trigger: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

async function addActor(page: Page, name: string) {
  await page.getByTestId('add-actor').click();
  const form = page.getByTestId('actor-form');
  await form.locator('input[name="name"]').fill(name);
  await form.locator('button[type="submit"]').click();
  await form.waitFor({ state: 'detached' });
  await page.waitForSelector('[data-testid="save-status"][data-status="saved"]');
}

const actorCount = async (page: Page) => Number(await page.getByTestId('counts').getAttribute('data-actors'));

describe('files protected with a passphrase', () => {
  it('exports a protected backup from the Backup panel and imports it again only with its passphrase', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await waitForDrawn(page, lima.actors.length);
    await addActor(page, 'Mesa de Diálogo de Espinar');

    await page.getByTestId('scenarios-button').click();
    const dialog = page.getByTestId('scenario-dialog');
    const exportButton = dialog.getByTestId('export-backup');
    await dialog.getByTestId('backup-protect').check();
    expect(await exportButton.textContent()).toContain('Exportar una copia protegida');
    expect(await exportButton.isDisabled()).toBe(true);
    await dialog.getByTestId('backup-passphrase-first').fill(PASSPHRASE);
    await dialog.getByTestId('backup-passphrase-second').fill(WRONG);
    expect(await dialog.getByText('Las dos contraseñas no coinciden.').count()).toBe(1);
    expect(await exportButton.isDisabled()).toBe(true);
    await dialog.getByTestId('backup-passphrase-second').fill(PASSPHRASE);
    const file = await download(page, () => exportButton.click());

    expect(file.name).toMatch(/^puentes-backup-\d{4}-\d{2}-\d{2}-cifrado\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({
      format: 'puentes-encrypted',
      version: 1,
      kdf: { name: 'scrypt', params: SCRYPT_PARAMS },
    });
    for (const name of ['Mesa de Diálogo de Espinar', 'Defensoría del Pueblo', 'Ministerio de Energía y Minas'])
      expect(file.text).not.toContain(name);
    // Encrypted in the worker, off the page's thread; and what the page wrote opens in Node with the passphrase.
    expect(workers.some((url) => url.includes('encryption.worker'))).toBe(true);
    const opened = await decryptText(file.text, PASSPHRASE, file.name);
    const [scenario] = readBackup(opened.text!).scenarios;
    expect(scenario?.network.actors.map((a) => a.name)).toContain('Mesa de Diálogo de Espinar');

    // An actor added after the backup, which importing it will take back out.
    await dialog.getByRole('button', { name: 'Cerrar', exact: true }).click();
    await addActor(page, 'Ronda Campesina de Tintaya');
    expect(await actorCount(page)).toBe(lima.actors.length + 2);

    await page.getByTestId('scenarios-button').click();
    await dialog
      .getByTestId('import-backup')
      .setInputFiles([{ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) }]);
    const unlock = dialog.getByTestId('backup-unlock');
    expect(await unlock.textContent()).toContain(`«${file.name}» está protegido con una contraseña.`);
    await unlock.getByTestId('backup-unlock-passphrase').fill(WRONG);
    await unlock.getByTestId('backup-unlock-open').click();
    const wrong = unlock.getByTestId('backup-unlock-wrong');
    await wrong.waitFor();
    expect(await wrong.textContent()).toContain('La contraseña no abre este archivo');
    // Nothing to import, and nothing saved touched.
    expect(await dialog.getByTestId('backup-preview').count()).toBe(0);
    expect(await actorCount(page)).toBe(lima.actors.length + 2);

    await unlock.getByTestId('backup-unlock-passphrase').fill(PASSPHRASE);
    await unlock.getByTestId('backup-unlock-open').click();
    const preview = dialog.getByTestId('backup-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Esta copia contiene 1 escenario: 0 nuevos, 1 modificados, 0 sin cambios');
    await preview.getByRole('button', { name: 'Combinar (conservar los demás)' }).click();
    await page.waitForFunction(
      (count) => document.querySelector('[data-testid="counts"]')?.getAttribute('data-actors') === String(count),
      lima.actors.length + 1,
    );
  });

  it('exports the network as JSON protected with a passphrase, which the import dialog opens only with it', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('export-menu').locator('summary').click();
    await page.getByTestId('export-json-encrypted').click();
    const exporting = page.getByTestId('encrypted-export');
    expect(await exporting.locator('h2').textContent()).toBe('Archivo de red protegido con contraseña');
    await exporting.getByTestId('export-passphrase-first').fill(PASSPHRASE);
    await exporting.getByTestId('export-passphrase-second').fill(PASSPHRASE);
    const file = await download(page, () => exporting.getByTestId('encrypted-export-save').click());
    expect(file.name).toBe('lima-2010-cifrado.json');
    expect(file.text).not.toContain('Defensoría del Pueblo');
    await exporting.waitFor({ state: 'detached' });

    await page.getByTestId('import-button').click();
    const importing = page.getByTestId('import-dialog');
    await importing
      .getByTestId('import-files')
      .setInputFiles([{ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) }]);
    const unlock = importing.getByTestId('import-unlock');
    await unlock.getByTestId('import-unlock-passphrase').fill(WRONG);
    await unlock.getByTestId('import-unlock-open').click();
    await unlock.getByTestId('import-unlock-wrong').waitFor();
    expect(await importing.getByTestId('import-commit').isDisabled()).toBe(true);
    await unlock.getByTestId('import-unlock-passphrase').fill(PASSPHRASE);
    await unlock.getByTestId('import-unlock-open').click();
    const result = importing.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain(`Se importarán ${lima.actors.length} actores y ${lima.ties.length} vínculos`);
    expect(await importing.getByTestId('import-name').inputValue()).toBe(lima.title.es);
    await importing.getByTestId('import-commit').click();
    await waitForDrawn(page, lima.actors.length);
    expect(await page.getByTestId('scenario-name').textContent()).toBe(lima.title.es);
  });
});
