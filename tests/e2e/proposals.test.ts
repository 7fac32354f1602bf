// Answers from the participants' own phones, in real browsers through the real server (`puentes serve`, started
// here): a facilitator shares a map holding a mapping session and shows the phones' QR code; a participant's phone
// (390×844, touch) opens its link, proposes an actor and a link; the facilitator sees both marked as proposals and
// attributed to the participant, accepts them; the map then holds the participant's answers with the session as
// their source, and the phone shows them accepted.
// The facilitator opens the session in the guided session view (#/session) and its participants' phones beside it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, open, violations, waitForDrawn, type Session } from './browser';
import { WORKSHOP, importNetwork } from './workshop';
import { freePort, join, serve, until, type Served } from '../server/harness';
import { parseFragment, parseProposeFragment, proposalsRoom, type RoomLink } from '../../src/share/room-key';

let browser: Browser;
let data: string;
let server: Served | null = null;
let base: string;
let port: number;
const contexts: { context: BrowserContext; errors: string[]; outside: string[] }[] = [];
const SHOTS = 'test-results/proposals';

beforeAll(async () => {
  browser = await launch();
  data = mkdtempSync(joinPath(tmpdir(), 'puentes-proposals-e2e-'));
  port = await freePort();
  server = await serve(data, port);
  base = `http://127.0.0.1:${port}/`;
  mkdirSync(SHOTS, { recursive: true });
});
afterEach(async () => {
  for (const { context, errors, outside } of contexts.splice(0)) {
    await context.close();
    expect(outside, 'requests that left this machine').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  }
});
afterAll(async () => {
  await server?.kill();
  await browser?.close();
  rmSync(data, { recursive: true, force: true });
});

const QUESTION = '¿Quién influye en la seguridad y los derechos humanos en Espinar?';

/** The workshop's network with a mapping session started: its question, two link types, a goal, the table. */
const WITH_SESSION = {
  ...WORKSHOP,
  mapping: {
    sessions: [
      {
        id: 'sesion-2026-12-07',
        question: { es: QUESTION, en: 'Who influences security and human rights in Espinar?' },
        date: '2026-12-07',
        place: 'Yauri',
        linkTypes: [
          { id: 'info', name: { es: 'información', en: 'information' }, colour: '#1f77b4', tieType: 'information' },
          { id: 'conflicto', name: { es: 'conflicto', en: 'conflict' }, colour: '#d62728', tieType: 'conflict' },
        ],
        goals: [{ id: 'dialogo', label: { es: 'Diálogo', en: 'Dialogue' } }],
        informants: [{ id: 'mesa', label: 'Mesa' }],
      },
    ],
    answers: [],
  },
};

async function facilitator(): Promise<Page> {
  const session: Session = await open(browser, `${base}#/network`, { locale: 'es-PE', viewport: { width: 1366, height: 768 } });
  contexts.push({ context: session.context, errors: session.errors, outside: session.outsideRequests });
  return session.page;
}

/** A participant's phone: 390×844, touch, Spanish; nothing may leave this machine. */
async function phone(url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'es-PE',
  });
  const errors: string[] = [];
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  contexts.push({ context, errors, outside });
  const page = await context.newPage();
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return page;
}

/** Controls under 44 px high or wide on the phone page (what a thumb cannot hit). */
const smallTargets = (page: Page) =>
  page.$$eval('[data-testid="phone-page"] :is(button, input, select)', (elements) =>
    elements
      .map((e) => ({ e, box: e.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
      .map(({ e, box }) => `${e.outerHTML.slice(0, 60)} ${box.width}×${box.height}`),
  );

describe('proposals from participants’ phones', () => {
  it('reach the facilitator’s screen through the real server, attributed; accepted, they become the participant’s answers', async () => {
    const ana = await facilitator();
    await importNetwork(ana, WITH_SESSION);
    await waitForDrawn(ana, 3);

    // Ana shares the map, then opens the participants' proposals and shows the phones' code.
    await ana.getByTestId('share-button').click();
    const dialog = ana.getByTestId('share-dialog');
    await dialog.locator('input[name="share-name"]').fill('Ana');
    await dialog.getByTestId('share-start').click();
    const editorLink = await dialog.locator('[data-share-link="editor"]').inputValue();
    await ana.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await ana.getByTestId('view-session').click();
    await ana.getByRole('button', { name: 'Continuar' }).click();
    await ana.getByTestId('session-participants').click();
    const panel = ana.getByTestId('proposals-panel');
    await panel.getByTestId('proposals-invite').click();
    await expect.poll(() => panel.getByTestId('proposals-link').inputValue(), { timeout: 20_000 }).toMatch(/#propose=/);
    const phoneLink = await panel.getByTestId('proposals-link').inputValue();
    expect(await panel.locator('svg[role="img"]').getAttribute('aria-label')).toContain('teléfonos');

    // The phone's link names the map's room and key (to read it) and the proposals room any editor derives.
    const map = parseFragment(new URL(editorLink).hash) as Required<RoomLink>;
    const link = parseProposeFragment(new URL(phoneLink).hash)!;
    expect(link).toEqual({ ...proposalsRoom(map), session: 'sesion-2026-12-07' });
    expect(phoneLink).not.toContain(map.token);
    expect(phoneLink.startsWith(base)).toBe(true);
    await ana.screenshot({ path: `${SHOTS}/facilitator-invite.png` });

    // The participant's phone opens it: the session's question, in Spanish.
    const lucha = await phone(phoneLink);
    await expect.poll(() => lucha.getByTestId('phone-question').textContent(), { timeout: 20_000 }).toBe(QUESTION);
    expect(await lucha.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await lucha.screenshot({ path: `${SHOTS}/phone-start.png`, fullPage: true });

    // A pseudonym.
    await lucha.locator('input[name="pseudonym"]').fill('Lucha');
    await lucha.getByRole('button', { name: 'Guardar' }).tap();

    // An actor: typing a name the map has, without its accent, suggests it; the participant's actor is a new one.
    await lucha.locator('input[name="actor-name"]').fill('comunidad de fuerabamba');
    await lucha.locator('[data-suggestion="fuerabamba"]').waitFor();
    await lucha.screenshot({ path: `${SHOTS}/phone-suggestion.png`, fullPage: true });
    await lucha.locator('input[name="actor-name"]').fill('Comisaría de Espinar');
    await lucha.locator('select[name="sector"]').selectOption('security_forces');
    await lucha.getByTestId('phone-send').tap();
    await lucha.locator('[data-status="open"]').first().waitFor();

    // A link from the actor just proposed to the community, of the session's "información" type.
    await lucha.locator('[data-kind="tie"]').tap();
    await lucha.locator('select[name="source"]').selectOption({ label: 'Comisaría de Espinar (su propuesta)' });
    await lucha.locator('select[name="target"]').selectOption({ label: 'Comunidad de Fuerabamba' });
    await lucha.locator('select[name="link-type"]').selectOption({ label: 'información' });
    await lucha.screenshot({ path: `${SHOTS}/phone-link.png`, fullPage: true });
    await lucha.getByTestId('phone-send').tap();
    await expect.poll(() => lucha.locator('.mine li[data-status="open"]').count()).toBe(2);
    expect(await smallTargets(lucha)).toEqual([]);
    expect(await violations(lucha), 'accessibility of the phone page').toEqual([]);
    await lucha.screenshot({ path: `${SHOTS}/phone-sent.png`, fullPage: true });

    // Both reach Ana's screen, marked as proposals, attributed to Lucha.
    const proposals = panel.locator('li.proposal');
    await expect.poll(() => proposals.count(), { timeout: 20_000 }).toBe(2);
    expect(await proposals.locator('.badge').allTextContents()).toEqual(['Propuesta', 'Propuesta']);
    expect(await proposals.getByTestId('proposal-by').allTextContents()).toEqual(['de Lucha', 'de Lucha']);
    expect(await proposals.locator('.what').allTextContents()).toEqual([
      'Actor: Comisaría de Espinar (Fuerzas de seguridad)',
      'Comisaría de Espinar → Comunidad de Fuerabamba: información',
    ]);
    await ana.screenshot({ path: `${SHOTS}/facilitator-proposals.png` });
    expect(await violations(ana), 'accessibility of the proposals').toEqual([]);

    // The link first: its actor is not accepted yet, so Ana is told to accept that first.
    const tie = panel.locator('li.proposal[data-kind="tie"]');
    await tie.locator('[data-action="accept"]').click();
    await tie.locator('.problem').waitFor();
    // The actor, then the link.
    await panel.locator('li.proposal[data-kind="actor"] [data-action="accept"]').click();
    // Accepted, the actor is on the session's table.
    await ana.locator('[data-card="comisaria-de-espinar"]').waitFor();
    await expect.poll(() => proposals.count()).toBe(1);
    await tie.locator('[data-action="accept"]').click();
    await expect.poll(() => proposals.count()).toBe(0);
    expect(await panel.getByTestId('proposals-decided').textContent()).toContain('2 aceptadas');

    // The map in the room (read by a separate client through the server) holds Lucha's answers, sourced by the session.
    const reader = await join(port, { room: map.room, key: map.key }, 'lector');
    try {
      await until(() => (reader.map.network()?.mapping?.answers.length ?? 0) === 2, 'the two answers in the room');
      const held = reader.map.network()!;
      const participant = held.mapping!.answers[0]!.informant;
      expect(participant).toMatch(/^p-/);
      expect(held.mapping!.sessions[0]!.informants).toEqual([
        { id: 'mesa', label: 'Mesa' },
        { id: participant, label: 'Lucha' },
      ]);
      expect(held.mapping!.answers).toEqual([
        { kind: 'actor', session: 'sesion-2026-12-07', informant: participant, actor: 'comisaria-de-espinar' },
        {
          kind: 'tie',
          session: 'sesion-2026-12-07',
          informant: participant,
          source: 'comisaria-de-espinar',
          target: 'fuerabamba',
          linkType: 'info',
        },
      ]);
      const actor = held.actors.find((a) => a.id === 'comisaria-de-espinar')!;
      expect(actor.sources.map((s) => s.doc)).toEqual(['session:sesion-2026-12-07']);
      const added = held.ties.find((t) => t.source === 'comisaria-de-espinar' && t.target === 'fuerabamba')!;
      expect(added).toMatchObject({ type: 'information', basis: 'documented' });
      expect(added.sources.map((s) => s.doc)).toEqual(['session:sesion-2026-12-07']);
    } finally {
      reader.destroy();
    }

    // The phone shows both accepted.
    await expect.poll(() => lucha.locator('.mine li[data-status="accepted"]').count(), { timeout: 20_000 }).toBe(2);
    await lucha.screenshot({ path: `${SHOTS}/phone-accepted.png`, fullPage: true });

    // Her actor, accepted, is now one of the map's to choose (no longer "su propuesta"); a tower and a stance.
    await lucha.locator('[data-kind="influence"]').tap();
    expect(await lucha.locator('select[name="actor"] option').allTextContents()).toEqual([
      'Elija…',
      'Comisaría de Espinar',
      'Comunidad de Fuerabamba',
      'Gobierno Regional',
      'Minera del Sur',
    ]);
    await lucha.locator('select[name="actor"]').selectOption({ label: 'Comisaría de Espinar' });
    await lucha.getByRole('button', { name: 'Subir la torre' }).tap();
    await lucha.getByRole('button', { name: 'Subir la torre' }).tap();
    expect(await lucha.getByTestId('phone-tower').textContent()).toBe('Torre de influencia: 6 de 8');
    await lucha.screenshot({ path: `${SHOTS}/phone-influence.png`, fullPage: true });
    await lucha.getByTestId('phone-send').tap();
    await lucha.locator('[data-kind="stance"]').tap();
    await lucha.locator('select[name="actor"]').selectOption({ label: 'Minera del Sur' });
    await lucha.locator('select[name="goal"]').selectOption({ label: 'Diálogo' });
    await lucha.locator('[data-stance="-1"]').tap();
    await lucha.screenshot({ path: `${SHOTS}/phone-stance.png`, fullPage: true });
    await lucha.getByTestId('phone-send').tap();
    await expect
      .poll(() => proposals.locator('.what').allTextContents(), { timeout: 20_000 })
      .toEqual(['Influencia de Comisaría de Espinar: torre de 6', 'Minera del Sur sobre «Diálogo»: en contra (−)']);

    // Ana accepts the tower, then undoes it: the proposal is open again on her screen.
    await proposals.first().locator('[data-action="accept"]').click();
    await expect.poll(() => proposals.count()).toBe(1);
    await ana.getByRole('button', { name: /Deshacer/ }).click();
    await expect
      .poll(() => proposals.locator('.what').allTextContents(), { timeout: 20_000 })
      .toEqual(['Influencia de Comisaría de Espinar: torre de 6', 'Minera del Sur sobre «Diálogo»: en contra (−)']);
  });
});
