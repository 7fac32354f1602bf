// One way to drive the built app in Debian's Chromium for every browser test:
// no browser download, no network beyond localhost, console errors collected.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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

export async function open(browser: Browser, url: string, options: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<Session> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, locale: options.locale ?? 'en-GB' });
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

/** Where an actor is drawn, in page coordinates, read from the Cytoscape instance behind the canvas. */
export async function actorPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((actorId) => {
    const canvas = document.querySelector('[data-testid="network-canvas"]') as HTMLElement & {
      _cyreg?: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number }; empty(): boolean } } };
    };
    const node = canvas._cyreg?.cy.getElementById(actorId);
    if (!node || node.empty()) throw new Error(`e2e: actor ${actorId} is not drawn`);
    const box = canvas.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
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
    async open(url: string, options: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<Session> {
      if (!browser) throw new Error('e2e: the browser is not running');
      current = await open(browser, url, options);
      return current;
    },
  };
}

/** Drags with the mouse from one actor to another in small steps, as a hand would. */
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
  await page.waitForTimeout(250);
  await page.mouse.up();
}

/** Waits until the map has stopped moving (a centring animation, a layout). */
export async function waitForStillView(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const canvas = document.querySelector('[data-testid="network-canvas"]') as HTMLElement & { _cyreg?: { cy: { animated(): boolean } } };
    return canvas._cyreg?.cy.animated() === false;
  });
  await page.waitForTimeout(50);
}

/** Reads a value from the Cytoscape instance behind the canvas. */
export async function canvasData(page: Page, id: string, field: string): Promise<unknown> {
  return page.evaluate(
    ([elementId, key]) => {
      const canvas = document.querySelector('[data-testid="network-canvas"]') as HTMLElement & {
        _cyreg?: { cy: { getElementById(id: string): { data(key: string): unknown; empty(): boolean } } };
      };
      const element = canvas._cyreg?.cy.getElementById(elementId!);
      return element && !element.empty() ? element.data(key!) : undefined;
    },
    [id, field],
  );
}

/**
 * Label boxes on screen of the actors whose label is drawn (not hidden for
 * lack of room, not filtered out), and how many pairs of them overlap.
 */
/** Labels drawn on the network, pairs of them that overlap, and labels cut by the edge of the drawing (by over 2 px). */
export async function labelOverlaps(page: Page): Promise<{ labels: number; overlaps: number; cut: number }> {
  return page.evaluate(() => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    type Node = { hasClass(c: string): boolean; data(k: string): unknown; renderedBoundingBox(o: object): Box };
    const canvas = document.querySelector('[data-testid="network-canvas"]') as HTMLElement & { _cyreg?: { cy: { nodes(): Node[] & { filter(f: (n: Node) => boolean): Node[] } } } };
    const nodes = canvas._cyreg!.cy.nodes().filter((n) => !n.hasClass('hidden') && !n.hasClass('faded') && !n.hasClass('label-hidden') && !!n.data('label'));
    const boxes = [...nodes].map((n) => n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
    const cut = boxes.filter((b) => b.x1 < -2 || b.y1 < -2 || b.x2 > canvas.clientWidth + 2 || b.y2 > canvas.clientHeight + 2).length;
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
      }
    }
    return { labels: boxes.length, overlaps, cut };
  });
}
