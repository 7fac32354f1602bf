// One way to drive the built app in Debian's Chromium for every browser test:
// no browser download, no network beyond localhost, console errors collected.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// The drawing is read through the app's test hook, `window.__puentesDrawing` (its type comes with this import).
import type {} from '../../src/views/network/test-hook';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A page with its problems: console errors, page errors, and any request that left localhost (blocked). */
export interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
  outsideRequests: string[];
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

export async function open(
  browser: Browser,
  url: string,
  options: { locale?: string; viewport?: { width: number; height: number }; touch?: boolean } = {},
): Promise<Session> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: options.locale ?? 'en-GB',
    hasTouch: options.touch ?? false,
  });
  const errors: string[] = [];
  const outsideRequests: string[] = [];
  await context.route('**/*', (route) => {
    const requestUrl = route.request().url();
    if (isLocal(requestUrl)) return route.continue();
    outsideRequests.push(requestUrl);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { context, page, errors, outsideRequests };
}

/** Waits until the canvas has drawn `count` actors. */
export async function waitForDrawn(page: Page, count: number): Promise<void> {
  await page.waitForSelector(`[data-testid="network-canvas"][data-rendered-nodes="${count}"]`);
}

/** Where an actor is drawn, in page coordinates. */
export async function actorPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((actorId) => {
    const actor = window.__puentesDrawing?.actors().find((a) => a.id === actorId);
    if (!actor) throw new Error(`e2e: actor ${actorId} is not drawn`);
    const box = document.querySelector('[data-testid="network-canvas"]')!.getBoundingClientRect();
    return { x: box.left + actor.canvasX, y: box.top + actor.canvasY };
  }, id);
}

/**
 * Registers the hooks every browser test file needs: one Chromium per file, a
 * fresh context per test, and after each test the check that nothing was
 * logged as an error and no request left localhost.
 */
export function useBrowser(hooks: {
  beforeAll: (fn: () => Promise<void>) => void;
  afterAll: (fn: () => Promise<void>) => void;
  afterEach: (fn: () => Promise<void>) => void;
  expect: (value: unknown, message?: string) => { toEqual(expected: unknown): void };
}) {
  let browser: Browser | undefined;
  let current: Session | undefined;
  hooks.beforeAll(async () => {
    browser = await launch();
  });
  hooks.afterAll(async () => {
    await browser?.close();
  });
  hooks.afterEach(async () => {
    const session = current;
    current = undefined;
    await session?.context.close();
    hooks.expect(session?.errors ?? [], 'console errors').toEqual([]);
    hooks.expect(session?.outsideRequests ?? [], 'requests that left localhost').toEqual([]);
  });
  return {
    async open(
      url: string,
      options: { locale?: string; viewport?: { width: number; height: number }; touch?: boolean } = {},
    ): Promise<Session> {
      if (!browser) throw new Error('e2e: the browser is not running');
      current = await open(browser, url, options);
      return current;
    },
  };
}

/** Drags with the mouse from one actor to another in small steps, as a hand would, and lets go once the tie drawn would end on it. */
export async function dragBetween(page: Page, from: string, to: string): Promise<void> {
  await waitForStillView(page);
  const a = await actorPosition(page, from);
  const b = await actorPosition(page, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(a.x + ((b.x - a.x) * i) / 12, a.y + ((b.y - a.y) * i) / 12);
    await page.waitForTimeout(25);
  }
  // The tie's end snaps onto an actor after a moment over it (edgehandles' hover delay), marking it its target.
  await page.waitForFunction((target) => window.__puentesDrawing?.classes(target).includes('eh-target'), to);
  await page.mouse.up();
}

/**
 * Waits until the drawing is at rest: laid out, nothing moving (a fit, a zoom, a centring, an animated layout), and
 * its labels placed for the view as it is.
 */
export async function waitForStillView(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const canvas = document.querySelector('[data-testid="network-canvas"]');
    return (
      canvas?.getAttribute('data-layout') !== 'running' &&
      canvas?.getAttribute('data-labels') === 'placed' &&
      window.__puentesDrawing?.animated() === false
    );
  });
}

/**
 * Waits until the drawing has been framed (fitted, or shown a slide's part) after `framedBefore` framings, for the
 * canvas's size as it is now, and is at rest. `framedBefore` is `framings(page)` read before the action.
 */
export async function waitForFramed(page: Page, framedBefore: number): Promise<void> {
  await page.waitForFunction((before) => {
    const canvas = document.querySelector('[data-testid="network-canvas"]') as HTMLElement | null;
    const size = window.__puentesDrawing?.size();
    return !!canvas && Number(canvas.dataset.framed) > before && size?.width === canvas.clientWidth && size.height === canvas.clientHeight;
  }, framedBefore);
  await waitForStillView(page);
}

/** How many times the drawing has been framed so far (fitted, or shown a slide's part). */
export async function framings(page: Page): Promise<number> {
  return Number(await page.getByTestId('network-canvas').getAttribute('data-framed'));
}

/** Reads a data field of an actor or tie drawn (undefined when it is not drawn). */
export async function canvasData(page: Page, id: string, field: string): Promise<unknown> {
  return page.evaluate(([elementId, key]) => window.__puentesDrawing?.data(elementId!, key!), [id, field]);
}

/** Labels drawn on the network, pairs of them that overlap, and labels cut by the edge of the drawing (by over 2 px). */
export async function labelOverlaps(page: Page): Promise<{ labels: number; overlaps: number; cut: number }> {
  const { boxes, width, height } = await page.evaluate(() => ({
    boxes: window.__puentesDrawing!.labels(),
    ...window.__puentesDrawing!.size(),
  }));
  const cut = boxes.filter((b) => b.x1 < -2 || b.y1 < -2 || b.x2 > width + 2 || b.y2 > height + 2).length;
  let overlaps = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
    }
  }
  return { labels: boxes.length, overlaps, cut };
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** Runs axe-core on the page as it is now; each violation with where it is. */
export async function violations(page: Page): Promise<string[]> {
  // Evaluated through DevTools, as the app's Content-Security-Policy (rightly) refuses an injected script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(axePath, 'utf8'));
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}`));
}

/** The processes of the Chromium started with this profile (the browser and its helpers), to kill with SIGKILL. */
export function pidsUsing(profile: string): number[] {
  return execSync('ps -eo pid=,args=', { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([pid, ...args]) => pid && args.join(' ').includes(profile) && /chrom/i.test(args.join(' ')))
    .map(([pid]) => Number(pid));
}

/** Chromium with a real profile on disk (what a kill must not lose). */
export function launchPersistent(profile: string, options: { locale: string; viewport: { width: number; height: number } }) {
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, ...options });
}

/** Renames actor `id` in the actors table, as a user types a name and presses Enter. */
export async function renameInTable(page: Page, id: string, name: string): Promise<void> {
  const input = page.locator(`[data-testid="actors-table"] tr[data-actor="${id}"] input.name`);
  await input.fill(name);
  await input.press('Enter');
}
