/**
 * A remote edit on screen, end to end: a person's edit, made in a Node client (tests/server/harness.ts), through
 * `puentes serve` to the built app in Chromium, joined to the room with the editing link, until the first frame in
 * which the drawing shows it. The edit renames an actor's short name (its label), so the drawing's test hook
 * (`window.__puentesDrawing.data(id, 'label')`) tells when it is there; the page polls it every frame.
 *
 * The time is the page's frame (`performance.timeOrigin + performance.now()`) minus the Node client's moment just
 * before its `write()`, on one clock: the offset between the two processes' clocks is measured first (the reading with
 * the shortest round trip) and taken off.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { mulberry32 } from '../../src/analysis/random';
import { applyEdit, updateActors } from '../../src/model/edits';
import type { Network } from '../../src/model/types';
import { linkFragment, newRoom } from '../../src/share/room-key';
import { CHROMIUM, CHROMIUM_ARGS, waitForStillView } from '../e2e/browser';
import { freePort, join, serve } from '../server/harness';
import { now } from './share-clients';

type Report = (network: string, step: string, ms: number) => void;
type Note = (network: string, step: string, value: number, unit: string) => void;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

/**
 * Runs in the page before its scripts (a string: functions given to `evaluate` pick up the bench's compiled helpers):
 * `__watch(id, label)` watches, frame by frame, for the actor's label to be the new one, and notes that frame in
 * `__seenAt`.
 */
const WATCH_PROBE = `window.__watch = (id, wanted) => {
  window.__seenAt = undefined;
  const tick = () => {
    if (window.__puentesDrawing && window.__puentesDrawing.data(id, 'label') === wanted) window.__seenAt = performance.timeOrigin + performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};`;
type Watcher = { __watch: (id: string, label: string) => void };

/** The page's clock minus this process's, from the reading with the shortest round trip. */
async function clockOffset(page: Page): Promise<{ offset: number; roundTrip: number }> {
  let best = { offset: 0, roundTrip: Infinity };
  for (let i = 0; i < 15; i++) {
    const before = now();
    const there = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = now();
    if (after - before < best.roundTrip) best = { offset: there - (before + after) / 2, roundTrip: after - before };
  }
  return best;
}

async function onePage(browser: Browser, base: string, port: number, name: string, network: Network, edits: number) {
  const room = newRoom();
  const writer = await join(port, room, 'writer');
  try {
    await writer.map.start(network);
    await writer.sent();
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'es-PE' });
    try {
      const page = await context.newPage();
      await page.addInitScript(WATCH_PROBE);
      await page.goto(`${base}#${linkFragment(room, 'editor')}`);
      await page.waitForSelector(`[data-testid="network-canvas"][data-rendered-nodes="${network.actors.length}"]`, { timeout: 120_000 });
      await page.waitForSelector('[data-sync-state="online"]', { timeout: 60_000 });
      await waitForStillView(page);
      const clock = await clockOffset(page);
      const random = mulberry32(2929);
      const times: number[] = [];
      for (let k = 0; k < edits + 3; k++) {
        const before = writer.map.network()!;
        const actor = before.actors[Math.floor(random() * before.actors.length)]!;
        const label = `r${k}`;
        await page.evaluate(([id, wanted]) => (window as unknown as Watcher).__watch(id!, wanted!), [actor.id, label]);
        const t0 = now();
        await writer.map.write(
          writer.map.changesOf(before, applyEdit(before, updateActors(before, [actor.id], { shortName: label })).network),
        );
        await page.waitForFunction(() => (window as unknown as { __seenAt?: number }).__seenAt !== undefined, null, { timeout: 30_000 });
        const seen = await page.evaluate(() => (window as unknown as { __seenAt: number }).__seenAt);
        // The first three warm the page up.
        if (k >= 3) times.push(seen - clock.offset - t0);
        await waitForStillView(page);
        await new Promise((r) => setTimeout(r, 250));
      }
      return { times: times.sort((a, b) => a - b), clock, name };
    } finally {
      await context.close();
    }
  } finally {
    writer.destroy();
  }
}

/** A remote edit drawn in the browser, at each of `networks`; `edits` edits each. */
export async function benchSharedEditInBrowser(report: Report, note: Note, networks: [string, Network][], edits = 21): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`(browser sharing measure skipped: no Chromium at ${CHROMIUM})\n`);
    return;
  }
  if (!existsSync('dist/index.html')) await build({ logLevel: 'warn' });
  const data = mkdtempSync(joinPath(tmpdir(), 'puentes-bench-share-browser-'));
  const port = await freePort();
  const server = await serve(data, port, ['--quiet']);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const [name, network] of networks) {
      const { times, clock } = await onePage(browser, `http://127.0.0.1:${port}/`, port, name, network, edits);
      report(name, 'remote edit drawn (browser), p50', quantile(times, 0.5));
      report(name, 'remote edit drawn (browser), p95', quantile(times, 0.95));
      report(name, 'remote edit drawn (browser), max', times.at(-1)!);
      note(name, 'clocks read within (round trip)', clock.roundTrip, 'ms');
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(data, { recursive: true, force: true });
  }
}
