// A whole guided mapping session, in Spanish, on a tablet (1024×768, touch): the set-up, five actors (three the
// scenario has, found without accents; two new), links of three kinds drawn by dragging and by touching one card
// then another, influence towers, stances, the read-back; then the scenario holds each value with the session as
// its source, and keeps it after a reload. Screenshots of every step go to SCREENSHOT_DIR when it is set.
import { readFileSync, mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, violations, waitForDrawn } from './browser';
import macroSur from '../../data/macro-sur-2017.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });
const SCREENSHOTS = process.env.SCREENSHOT_DIR;
if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
const shot = async (page: Page, name: string) => {
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/session-${name}.png` });
};

interface Exported {
  actors: { id: string; influence: number | null; fieldBasis: Record<string, string>; sources: { doc: string }[]; basis: string }[];
  ties: { id: string; type: string; source: string; target: string; sources: { doc: string }[] }[];
  mapping?: {
    sessions: { id: string; question: string; place?: string; informants: { id: string; label: string }[] }[];
    answers: Record<string, string | number | boolean>[];
  };
}

async function exported(page: Page): Promise<Exported> {
  await page.getByTestId('export-menu').locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  await page.getByTestId('export-menu').evaluate((menu) => ((menu as HTMLDetailsElement).open = false));
  return JSON.parse(readFileSync(await file.path(), 'utf8')) as Exported;
}

const card = (page: Page, id: string) => page.locator(`[data-card="${id}"]`);

/** Drags from one card to another with the mouse, in small steps, as a finger would. */
async function drag(page: Page, from: string, to: string) {
  const a = (await card(page, from).boundingBox())!;
  const b = (await card(page, to).boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(a.x + a.width / 2 + ((b.x - a.x) * i) / 10, a.y + a.height / 2 + ((b.y - a.y) * i) / 10);
  await page.mouse.up();
}

async function tower(page: Page, id: string, height: number) {
  const row = page.locator(`[data-tower="${id}"]`);
  for (let i = 0; i < height; i++) await row.getByRole('button', { name: /Un nivel más/ }).tap();
}

const GLENCORE = 'glencore';
const PNP = 'pnp';
const GUAMAN = 'centro-guaman-poma';
const COMUNIDAD = 'comunidad-de-alto-huarca';
const MUNI = 'municipalidad-provincial-de-espinar';

describe('a guided mapping session', () => {
  it('runs a whole session in Spanish on a tablet, and the scenario holds every answer with the session as its source', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE', viewport: { width: 1024, height: 768 }, touch: true });
    await waitForDrawn(page, (await import('../../data/lima-2010.json')).default.actors.length);
    await page.getByTestId('network-switcher').selectOption('macro-sur-2017');
    await waitForDrawn(page, macroSur.actors.length);
    await page.getByTestId('view-session').tap();
    await page.getByTestId('session-new').tap();

    // Set-up: the place fills the question in; the table answers together (one informant, "Mesa: …").
    await page.getByTestId('session-place').fill('Espinar');
    expect(await page.getByTestId('session-question').inputValue()).toBe(
      '¿Quién influye en la seguridad y los derechos humanos en Espinar?',
    );
    await page.getByTestId('session-role').first().fill('Dirigente comunal');
    await page.getByTestId('session-add-person').tap();
    await page.getByTestId('session-role').nth(1).fill('Comisario');
    await shot(page, '0-setup');
    await page.getByTestId('session-start').tap();
    await expect.poll(() => page.getByTestId('session-question-shown').textContent()).toContain('Espinar');

    // 1. ¿Quién participa? Three the scenario has (typed without accents), two new.
    const add = page.getByTestId('session-add-name');
    for (const [query, id] of [
      ['policia', PNP],
      ['guaman', GUAMAN],
      ['glencore', GLENCORE],
    ] as const) {
      await add.fill(query);
      await page.getByTestId('session-suggestion').first().tap();
      await card(page, id).waitFor();
    }
    for (const [name, sector] of [
      ['Comunidad de Alto Huarca', 'community'],
      ['Municipalidad Provincial de Espinar', 'state'],
    ] as const) {
      await add.fill(name);
      await page.getByTestId('session-add-sector').selectOption(sector);
      await page.getByTestId('session-add').tap();
    }
    await card(page, MUNI).waitFor();
    expect(await page.locator('[data-card]').count()).toBe(5);
    await shot(page, '1-who');
    expect(await violations(page)).toEqual([]);

    // 2. ¿Quién se relaciona con quién? Información: Glencore–PNP dragged, Municipalidad–Comunidad touched.
    await page.getByTestId('session-step-2').tap();
    await drag(page, GLENCORE, PNP);
    await card(page, MUNI).tap();
    await card(page, COMUNIDAD).tap();
    // Conflicto: Comunidad – Glencore; financiamiento: Glencore → PNP.
    await page.getByTestId('session-link-type').filter({ hasText: 'conflicto' }).tap();
    await card(page, COMUNIDAD).tap();
    await card(page, GLENCORE).tap();
    await page.getByTestId('session-link-type').filter({ hasText: 'financiamiento' }).tap();
    await drag(page, GLENCORE, PNP);
    await expect.poll(() => page.locator('line[data-link]').count()).toBe(4);
    await shot(page, '2-links');

    // 3. ¿Cuánta influencia? Towers, confirmed together.
    await page.getByTestId('session-step-3').tap();
    for (const [id, height] of [
      [PNP, 6],
      [GLENCORE, 7],
      [GUAMAN, 3],
      [COMUNIDAD, 4],
      [MUNI, 2],
    ] as const)
      await tower(page, id, height);
    await shot(page, '3-towers');
    await page.getByTestId('session-confirm-towers').tap();

    // 4. ¿Qué buscan? On the dialogue: PNP neutral, Glencore, Guamán Poma and the municipality for, the community
    // against (and the group not sure of it).
    await page.getByTestId('session-step-4').tap();
    const stance = (id: string, name: string) => page.locator(`[data-stance="${id}"]`).getByRole('button', { name, exact: true }).tap();
    await stance(PNP, 'Neutral');
    for (const id of [GLENCORE, GUAMAN, MUNI]) await stance(id, 'A favor');
    await stance(COMUNIDAD, 'En contra');
    await page.locator(`[data-stance="${COMUNIDAD}"]`).getByRole('button', { name: 'No seguros' }).tap();
    await shot(page, '4-stances');

    // 5. ¿Qué vemos? Worked by hand from the answers above:
    //   neighbours: Glencore {PNP, Comunidad}, PNP {Glencore}, Comunidad {Glencore, Municipalidad}, Municipalidad
    //   {Comunidad}, Guamán Poma {} → influential with few links: PNP (tower 6, 1 link); Glencore has 7 but 2 links.
    //   Silo: Guamán Poma. Brokers on the path PNP–Glencore–Comunidad–Municipalidad: Glencore and the community.
    //   Super tower on the dialogue: for 7 + 3 + 2 = 12, neutral 6, against 4. The camps are joined (Comunidad–Glencore).
    await page.getByTestId('session-step-5').tap();
    const read = page.getByTestId('session-readback');
    await read.waitFor();
    expect(await read.locator('[data-finding="influential-few"]').textContent()).toContain(
      'Policía Nacional del Perú: torre 6 de 8, 1 vínculo',
    );
    expect((await read.locator('[data-finding="silos"] li').allTextContents()).map((t) => t.trim())).toEqual(['Centro Guamán Poma']);
    expect((await read.locator('[data-finding="brokers"] li').allTextContents()).map((t) => t.trim()).sort()).toEqual([
      'Comunidad de Alto Huarca',
      'Glencore',
    ]);
    const totals = Object.fromEntries(
      await read
        .locator('[data-camp]')
        .evaluateAll((camps) => camps.map((c) => [c.getAttribute('data-camp'), Number(c.getAttribute('data-total'))])),
    );
    expect(totals).toEqual({ for: 12, neutral: 6, against: 4 });
    expect(await read.locator('[data-finding="camps-apart"] li').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    await shot(page, '5-readback');

    // The photo of the table: a PNG of the board under the question (2× the 800 × 726 picture: a title in two lines, 30 + 2 × 28 = 86, the board 560, the foot 80), and a PDF.
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('session-photo-png').tap()]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1600, 1452]);
    if (SCREENSHOTS) await png.saveAs(`${SCREENSHOTS}/session-photo.png`);
    expect(png.suggestedFilename()).toBe('Quién-influye-en-la-seguridad-y-los-derechos-humanos-en-Espinar.png');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('session-photo-pdf').tap()]);
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // The scenario holds each value with the session as its source.
    const saved = await exported(page);
    const session = saved.mapping!.sessions.at(-1)!;
    expect(session.question).toBe('¿Quién influye en la seguridad y los derechos humanos en Espinar?');
    expect(session.place).toBe('Espinar');
    expect(session.informants).toEqual([{ id: 'mesa', label: 'Mesa: Dirigente comunal, Comisario' }]);
    const answers = saved.mapping!.answers.filter((a) => a.session === session.id);
    const count = (kind: string) => answers.filter((a) => a.kind === kind).length;
    expect([count('actor'), count('tie'), count('influence'), count('stance')]).toEqual([5, 4, 5, 5]);
    expect(answers.find((a) => a.kind === 'stance' && a.actor === COMUNIDAD)).toMatchObject({ stance: -1, sure: false });
    const doc = `session:${session.id}`;
    const actor = (id: string) => saved.actors.find((a) => a.id === id)!;
    // Towers → the 1–5 influence: 1 + ⌊tower / 2⌋: PNP 6 → 4, Glencore 7 → 4, Guamán Poma 3 → 2, the community 4 → 3,
    // the municipality 2 → 2; each documented by the session.
    for (const [id, influence] of [
      [PNP, 4],
      [GLENCORE, 4],
      [GUAMAN, 2],
      [COMUNIDAD, 3],
      [MUNI, 2],
    ] as const) {
      expect(actor(id).influence).toBe(influence);
      expect(actor(id).fieldBasis.influence).toBe('documented');
      expect(actor(id).sources.map((s) => s.doc)).toContain(doc);
    }
    expect(actor(COMUNIDAD).basis).toBe('documented');
    expect(actor(COMUNIDAD).sources.map((s) => s.doc)).toEqual([doc]);
    const sessionTies = saved.ties.filter((t) => t.sources.some((s) => s.doc === doc));
    expect(sessionTies.map((t) => `${t.type}:${[t.source, t.target].sort().join('+')}`).sort()).toEqual([
      `conflict:${[COMUNIDAD, GLENCORE].sort().join('+')}`,
      `funding:${[GLENCORE, PNP].sort().join('+')}`,
      `information:${[COMUNIDAD, MUNI].sort().join('+')}`,
      `information:${[GLENCORE, PNP].sort().join('+')}`,
    ]);
    expect(saved.actors).toHaveLength(macroSur.actors.length + 2);

    // Kept after a reload: the session reopens from the list, at its answers.
    await page.waitForSelector('[data-testid="save-status"][data-status="saved"]');
    await page.reload();
    await page.getByTestId('session-view').waitFor();
    await page.getByRole('button', { name: 'Continuar' }).tap();
    await expect.poll(() => page.locator('[data-card]').count()).toBe(5);
  });
});

describe('a session where each person answers separately', () => {
  it('keeps each informant’s links apart, and the answers view says who reported which', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE', viewport: { width: 1024, height: 768 }, touch: true });
    await waitForDrawn(page, (await import('../../data/lima-2010.json')).default.actors.length);
    await page.getByTestId('network-switcher').selectOption('macro-sur-2017');
    await waitForDrawn(page, macroSur.actors.length);
    await page.getByTestId('view-session').tap();
    await page.getByTestId('session-new').tap();
    await page.getByTestId('session-place').fill('Espinar');
    await page.getByTestId('session-role').first().fill('Dirigente comunal');
    await page.getByTestId('session-add-person').tap();
    await page.getByTestId('session-role').nth(1).fill('Periodista');
    await page.getByRole('checkbox', { name: /Cada persona responde por separado/ }).check();
    await page.getByTestId('session-start').tap();
    await page.getByTestId('session-informant').waitFor();

    // The leader names three actors; both draw an information link Glencore–PNP; only the leader one PNP–Guamán Poma.
    const add = page.getByTestId('session-add-name');
    for (const [query, id] of [
      ['policia', PNP],
      ['guaman', GUAMAN],
      ['glencore', GLENCORE],
    ] as const) {
      await add.fill(query);
      await page.getByTestId('session-suggestion').first().tap();
      await card(page, id).waitFor();
    }
    await page.getByTestId('session-step-2').tap();
    await card(page, GLENCORE).tap();
    await card(page, PNP).tap();
    await card(page, PNP).tap();
    await card(page, GUAMAN).tap();
    await expect.poll(() => page.locator('line[data-link]').count()).toBe(2);
    await page.getByTestId('session-informant').selectOption({ label: 'Periodista' });
    // The journalist's board shows their own links only: none yet.
    await expect.poll(() => page.locator('line[data-link]').count()).toBe(0);
    await card(page, PNP).tap();
    await card(page, GLENCORE).tap();
    await expect.poll(() => page.locator('line[data-link]').count()).toBe(1);

    // Asked: both (each drew a link). Glencore–PNP: 2 of 2; PNP–Guamán Poma: 1 of 2, a disagreement.
    await page.getByTestId('view-answers').tap();
    const disagreements = page.getByTestId('disagreements');
    await expect.poll(() => disagreements.locator('tbody tr').count()).toBe(1);
    const row = await disagreements.locator('tbody tr').first().textContent();
    expect(row).toContain('Centro Guamán Poma');
    expect(row).toContain('Dirigente comunal: lo reportó');
    expect(row).toContain('Periodista: no lo reportó');
  });
});
