/**
 * Measures in Chromium, on the built app (`dist/`), as a user meets them:
 * - Lima 2010's first network drawn (labels placed) and first interaction (a
 *   click shows the actor's details), from navigation; median of 5.
 * - The map's first draw, from the click on *Map*.
 * - A GraphML of 235 nodes and 2,101 edges at their own x/y: from the click
 *   on *Importar* to the first frame with it drawn; the longest task meanwhile.
 * - A generated 2,000-actor network: imported through the import dialog;
 *   opened again from the local store after a reload (first drawn, from
 *   navigation, once the import is saved; median of 3); pan and zoom frame times (p95 of the intervals between
 *   frames while the wheel and the mouse move it); an edit's time to
 *   screen (Delete on a selected actor, then Ctrl+Z, from the key press to
 *   the next frame with the change drawn; medians of 3 of each); the longest main-thread task
 *   while importing and while analysing; the JS heap once analysed.
 * - A generated 20,000-actor network: time from the import's commit to its
 *   overview drawn; then, in the browser started again on the same profile
 *   once the import is saved, its overview, analysis and exact paths from
 *   navigation; one community
 *   opened; the JS heap once open and analysed.
 * Times "drawn" are of the first frame in which the thing is on screen,
 * noted inside the page (FIRST_DRAW_PROBE, SEEN_PROBE): the harness's own
 * round trips to Node (100–200 ms on this machine) are not counted.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS, waitForStillView } from '../e2e/browser';
import { generateNetwork } from './generate';
import { graphml } from '../e2e/seeded-graphml';

type Report = (network: string, step: string, ms: number) => void;
/** Figures that are not times (kilobytes, counts) go to the same table with their unit. */
type Note = (network: string, step: string, value: number, unit: string) => void;

/**
 * Runs in the page before its scripts: notes the frame in which Lima is first drawn with its labels placed, clicks
 * MINEM in the actor list as soon as both the drawing and the list are there, and notes the frame in which the
 * inspector shows it.
 */
const FIRST_DRAW_PROBE = `(() => {
  const frame = (then) => requestAnimationFrame(() => then(performance.now()));
  const check = () => {
    const canvas = document.querySelector('[data-testid="network-canvas"][data-rendered-nodes="60"]');
    if (window.__drawnAt === undefined && canvas && canvas.dataset.labelsShown && canvas.dataset.labelsShown !== '0' && !window.__drawing) {
      window.__drawing = true;
      frame((at) => { window.__drawnAt = at; check(); });
    }
    // The click, as soon as the network is on screen and the actor is in the list.
    const item = document.querySelector('[data-testid="actor-list"] [data-actor="minem"]');
    if (window.__drawnAt !== undefined && item && !window.__clicked) {
      window.__clicked = true;
      item.click();
    }
    const inspector = document.querySelector('[data-testid="inspector"]');
    if (window.__clicked && !window.__showing && inspector && inspector.textContent.includes('Ministerio de Energía y Minas')) {
      window.__showing = true;
      frame((at) => { window.__shownAt = at; watch.disconnect(); });
    }
  };
  const watch = new MutationObserver(check);
  watch.observe(document, { attributes: true, childList: true, subtree: true, characterData: true });
})();`;

/**
 * Runs in the page before its scripts: notes, by name, the frame in which each of these first appears (the frame
 * after it is in the document, when it has been drawn), without the harness's round trips.
 */
const SEEN_PROBE = `(() => {
  const wanted = {
    drawn2000: '[data-testid="network-canvas"][data-rendered-nodes="2000"]',
    overview: '[data-testid="community-overview"] g.community',
  };
  window.__seen = {};
  const check = () => {
    for (const [name, selector] of Object.entries(wanted)) {
      if (!(name in window.__seen) && document.querySelector(selector)) {
        window.__seen[name] = null;
        requestAnimationFrame(() => { window.__seen[name] = performance.now(); });
      }
    }
  };
  new MutationObserver(check).observe(document, { attributes: true, childList: true, subtree: true });
})();`;

/** When `name` (of SEEN_PROBE) was first on screen, from navigation. */
async function seenAt(page: Page, name: string): Promise<number> {
  // A function, not a string: the app's Content Security Policy forbids evaluating strings.
  await page.waitForFunction((key) => typeof (window as unknown as { __seen?: Record<string, unknown> }).__seen?.[key] === 'number', name, {
    timeout: 300_000,
  });
  return page.evaluate((key) => (window as unknown as { __seen: Record<string, number> }).__seen[key]!, name);
}

/** The middle value (of an odd count). */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[(values.length - 1) / 2]!;

/**
 * Waits until what opening or editing started has settled, so the next measure starts from a quiet page: the drawing
 * laid out, still and labelled, the work saved, and then a moment in which the page's main thread has nothing to do.
 */
async function settled(page: Page): Promise<void> {
  await waitForStillView(page);
  await page.waitForSelector('[data-testid="save-status"][data-status="saved"]', { timeout: 300_000 });
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 })));
}

async function nextFrame(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
}

async function drawMap(page: Page): Promise<number> {
  const start = await page.evaluate(() => performance.now());
  await page.getByTestId('view-map').click();
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-testid="map-svg"] g.region').length === 26 &&
      document.querySelector('[data-testid="map-svg"] circle, [data-testid="map-svg"] .cluster'),
    undefined,
    { timeout: 120_000 },
  );
  return (await nextFrame(page)) - start;
}

/** Records long tasks (over 50 ms) on the page from now on; `longest()` reads the longest so far. */
async function watchLongTasks(page: Page): Promise<{ longest: () => Promise<number> }> {
  await page.evaluate(() => {
    const w = window as unknown as { longestTask: number };
    w.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longestTask = Math.max(w.longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return { longest: () => page.evaluate(() => (window as unknown as { longestTask: number }).longestTask) };
}

async function heapMB(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usedSize / 1024 / 1024;
}

/** p95 of the intervals between frames while the network is zoomed with the wheel and dragged, for about 3 s. */
async function panZoomP95(page: Page): Promise<{ p95: number; frames: number }> {
  const box = (await page.getByTestId('network-canvas').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Page scripts as strings here: tsx would wrap a function's inner helpers in a name helper the page lacks.
  await page.evaluate(`(() => {
    window.frameTimes = [];
    window.recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.frameTimes.push(now - last);
      last = now;
      if (window.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  for (let i = 0; i < 12; i++) {
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, i % 2 === 0 ? -240 : 240);
    await page.waitForTimeout(60);
  }
  // Drag on empty space pans (a press on an actor would move it): start from a corner of the canvas.
  await page.mouse.move(box.x + 8, box.y + 8);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(box.x + 8 + i * 6, box.y + 8 + i * 3);
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; recording: boolean };
    w.recording = false;
    return w.frameTimes.slice(1);
  });
  const sorted = [...frames].sort((a, b) => a - b);
  return { p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0, frames: frames.length };
}

/**
 * From a key press to the first frame in which the actor's node is gone (or
 * back): a check on every animation frame from the key press on.
 */
async function keyToScreen(page: Page, key: string, actor: string, event: 'remove' | 'add'): Promise<number> {
  await page.evaluate(`(() => {
    window.keyAt = 0;
    window.drawnAt = 0;
    const drawing = window.__puentesDrawing;
    const gone = ${JSON.stringify(event === 'remove')};
    // The time in the frame's callback, not the frame's start time (which may come before the key was handled).
    const check = () => {
      if (!drawing.has(${JSON.stringify(actor)}) === gone) window.drawnAt = performance.now();
      else requestAnimationFrame(check);
    };
    document.addEventListener('keydown', (e) => {
      window.keyAt = e.timeStamp;
      requestAnimationFrame(check);
    }, { capture: true, once: true });
  })()`);
  await page.keyboard.press(key);
  await page.waitForFunction(() => (window as unknown as { drawnAt: number }).drawnAt > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const w = window as unknown as { keyAt: number; drawnAt: number };
    return w.drawnAt - w.keyAt;
  });
}

async function importFile(page: Page, network: ReturnType<typeof generateNetwork>, name: string): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'puentes-bench-')), `${name}.json`);
  writeFileSync(file, JSON.stringify(network));
  await page.getByTestId('view-network').click();
  await page.getByTestId('import-button').click();
  await page.getByTestId('import-files').setInputFiles(file);
  await page.getByTestId('import-commit').click();
}

export async function benchBrowser(report: Report, note: Note): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`(browser measures skipped: no Chromium at ${CHROMIUM})\n`);
    return;
  }
  if (!existsSync('dist/index.html')) await build({ logLevel: 'warn' });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls!.local[0]!;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // Lima from navigation, in a fresh context each run; median of 5. Timed inside the page, so the harness's own
    // round trips (a selector polled from Node, ~100–200 ms here) are not counted: the first frame after the
    // network and its labels are in the canvas; then a click on an actor in the list, made in that frame (as a
    // user's first click), and the frame that shows the actor's details.
    const firstDraws: number[] = [];
    const interactive: number[] = [];
    for (let run = 0; run < 5; run++) {
      const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'es-PE' });
      const page = await fresh.newPage();
      await page.addInitScript(FIRST_DRAW_PROBE);
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt !== undefined, null, { timeout: 60_000 });
      const { drawnAt, shownAt } = (await page.evaluate(`({ drawnAt: window.__drawnAt, shownAt: window.__shownAt })`)) as {
        drawnAt: number;
        shownAt: number;
      };
      firstDraws.push(drawnAt);
      interactive.push(shownAt);
      await fresh.close();
    }
    report('lima-2010 (60)', 'first network drawn (browser)', median(firstDraws));
    report('lima-2010 (60)', 'details shown after a click', median(interactive));

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'es-PE' });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-testid="network-canvas"][data-rendered-nodes="60"]', { timeout: 60_000 });
    report('lima-2010 (60)', 'map first draw (browser)', await drawMap(page));
    const switchedAt = await page.evaluate(() => performance.now());
    await page.getByTestId('view-network').click();
    await page.getByTestId('network-switcher').selectOption('macro-sur-2017');
    await page.waitForSelector('[data-testid="network-canvas"][data-rendered-nodes="16"]', { timeout: 60_000 });
    report('macro-sur-2017 (16)', 'drawn after choosing it (browser)', (await nextFrame(page)) - switchedAt);

    // A GraphML of 235 nodes and 2,101 edges placed at x/y (tests/e2e/seeded-graphml.ts), as other tools write them:
    // from the click on "Importar" to the first frame with the network drawn (every tie in, the labels placed), and
    // the longest task meanwhile.
    await page.getByTestId('import-button').click();
    await page
      .getByTestId('import-files')
      .setInputFiles([{ name: 'seeded.graphml', mimeType: 'application/xml', buffer: Buffer.from(graphml(235, 2101)) }]);
    await page.getByTestId('import-names').waitFor({ timeout: 60_000 });
    const drawing = await watchLongTasks(page);
    const graphmlAt = await page.evaluate(() => performance.now());
    await page.getByTestId('import-commit').click();
    await page.waitForSelector('[data-testid="network-canvas"][data-rendered-nodes="235"][data-drawn="true"]', { timeout: 120_000 });
    report('graphml 235 / 2,101', 'import to drawn (browser)', (await nextFrame(page)) - graphmlAt);
    report('graphml 235 / 2,101', 'longest task, drawing (browser)', await drawing.longest());
    await page.waitForSelector('[data-testid="save-status"][data-status="saved"]', { timeout: 300_000 });

    // 2,000 actors: import, reopen from the store, move, edit, analyse.
    const generated = generateNetwork(2000);
    const tasks = await watchLongTasks(page);
    const importAt = await page.evaluate(() => performance.now());
    await importFile(page, generated, 'generated-2000');
    await page.waitForSelector('[data-testid="network-canvas"][data-rendered-nodes="2000"]', { timeout: 300_000, state: 'attached' });
    report('generated 2000', 'import to drawn (browser)', (await nextFrame(page)) - importAt);
    report('generated 2000', 'longest task, import (browser)', await tasks.longest());
    await page.addInitScript(SEEN_PROBE);
    await page.waitForSelector('[data-testid="save-status"][data-status="saved"]', { timeout: 300_000 });
    // Reopened three times (median), each once the one before has settled.
    const reopened: number[] = [];
    for (let run = 0; run < 3; run++) {
      if (run > 0) await settled(page);
      await page.reload();
      reopened.push(await seenAt(page, 'drawn2000'));
    }
    report('generated 2000', 'reopened, first drawn (browser, median of 3)', median(reopened));
    // Moved once what opening it started has settled (the side panels, the labels' placing).
    await settled(page);
    const moving = await panZoomP95(page);
    report('generated 2000', `pan/zoom frame p95 (${moving.frames} frames)`, moving.p95);
    const analysing = await watchLongTasks(page);
    const analysedAt = await page.evaluate(() => performance.now());
    await page.getByTestId('analysis-tab').click();
    await page.waitForSelector('[data-testid="analysis-panel"][data-status="done"]', { timeout: 300_000 });
    report('generated 2000', 'analysis shown (browser)', (await nextFrame(page)) - analysedAt);
    report('generated 2000', 'longest task, analysis (browser)', await analysing.longest());
    note('generated 2000', 'JS heap, open and analysed', await heapMB(page), 'MB');
    // One edit's time to screen: Delete on a selected actor, then undo.
    const box = (await page.getByTestId('network-canvas').boundingBox())!;
    const target = (await page
      .evaluate(() => window.__puentesDrawing!.actors())
      .then((actors) =>
        actors.map((a) => ({ id: a.id, x: a.canvasX, y: a.canvasY })).find((p) => p.x > 100 && p.y > 100 && p.x < 600 && p.y < 500),
      ))!;
    await page.getByTestId('view-network').click();
    await page.getByTestId('inspector').getByRole('button', { name: 'Detalles' }).click();
    try {
      // Three times (medians): the actor clicked (its details shown), deleted, the delete undone; each once the one
      // before has settled, so it starts from a still drawing. (Undo brings the actor back unselected: it is clicked again each time.)
      const deletes: number[] = [];
      const undos: number[] = [];
      for (let run = 0; run < 3; run++) {
        await page.mouse.click(box.x + target.x, box.y + target.y);
        await page.getByTestId('actor-details').waitFor();
        // Whatever actor the click selected (another may be drawn over the one aimed at).
        const selected = (await page.evaluate(() => window.__puentesDrawing!.selected()[0]))!;
        await settled(page);
        deletes.push(await keyToScreen(page, 'Delete', selected, 'remove'));
        await settled(page);
        undos.push(await keyToScreen(page, 'Control+z', selected, 'add'));
        await settled(page);
      }
      report('generated 2000', 'edit to screen: delete (browser, median of 3)', median(deletes));
      report('generated 2000', 'edit to screen: undo (browser, median of 3)', median(undos));
    } catch (error) {
      process.stdout.write(
        `generated 2000         edit to screen: not measured (${error instanceof Error ? error.message.split('\n')[0] : error})\n`,
      );
    }
    report('generated 2000', 'map first draw (browser)', await drawMap(page));
    await context.close();

    // 20,000 actors: the community overview, after an import and from navigation; one community opened; the heap.
    // A browser profile on disk, so the network is read again as a user reopens the tool: from disk, in a browser
    // started afresh (not from the memory of the browser that just imported it).
    const profile = mkdtempSync(join(tmpdir(), 'puentes-bench-profile-'));
    const bigOptions = { executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: { width: 1366, height: 768 }, locale: 'es-PE' };
    let big = await chromium.launchPersistentContext(profile, bigOptions);
    let bigPage = big.pages()[0] ?? (await big.newPage());
    await bigPage.addInitScript(SEEN_PROBE);
    await bigPage.goto(url);
    await bigPage.waitForSelector('[data-testid="network-canvas"][data-rendered-nodes="60"]', { timeout: 60_000 });
    const huge = generateNetwork(20000);
    const file = join(mkdtempSync(join(tmpdir(), 'puentes-bench-')), 'generated-20000.json');
    writeFileSync(file, JSON.stringify(huge));
    await bigPage.getByTestId('import-button').click();
    const readAt = await bigPage.evaluate(() => performance.now());
    await bigPage.getByTestId('import-files').setInputFiles(file);
    await bigPage.waitForSelector('[data-testid="import-commit"]:not([disabled])', { timeout: 300_000 });
    report('generated 20000', 'import: file read (browser)', (await bigPage.evaluate(() => performance.now())) - readAt);
    const committedAt = await bigPage.evaluate(() => performance.now());
    await bigPage.getByTestId('import-commit').click();
    report('generated 20000', 'import commit to overview (browser)', (await seenAt(bigPage, 'overview')) - committedAt);
    // Opened again as a user comes back to it: the browser closed once the import is saved, started again.
    await bigPage.waitForSelector('[data-testid="save-status"][data-status="saved"]', { timeout: 300_000 });
    await big.close();
    big = await chromium.launchPersistentContext(profile, bigOptions);
    bigPage = big.pages()[0] ?? (await big.newPage());
    await bigPage.addInitScript(SEEN_PROBE);
    await bigPage.goto(url);
    const drawnAt = await seenAt(bigPage, 'overview');
    // The analysis started when the network opened: its parts are timed from navigation too, the analysis tab opened
    // as soon as the overview is seen (the marks below are read after, so their round trips do not delay the click).
    await bigPage.getByTestId('analysis-tab').click();
    const mark = (name: string) => bigPage.evaluate((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN, name);
    report('generated 20000', 'reopened: network read (browser)', await mark('puentes:network-loaded'));
    report('generated 20000', 'reopened: communities found', await mark('puentes:communities'));
    report('generated 20000', 'reopened: overview drawn (browser)', drawnAt);
    await bigPage.waitForSelector('[data-testid="analysis-panel"] [data-testid="summary"]', { timeout: 300_000 });
    report('generated 20000', 'reopened: analysis but paths shown', await nextFrame(bigPage));
    await bigPage.waitForSelector('[data-testid="analysis-panel"][data-status="done"]', { timeout: 900_000 });
    report('generated 20000', 'reopened: exact paths joined', await nextFrame(bigPage));
    const openedAt = await bigPage.evaluate(() => performance.now());
    await bigPage.locator('g.community[data-community="1"]').click();
    await bigPage.waitForSelector('[data-testid="network-canvas"][data-rendered-nodes]:not([data-rendered-nodes="0"])', {
      timeout: 60_000,
    });
    report('generated 20000', 'a community opened (browser)', (await nextFrame(bigPage)) - openedAt);
    note('generated 20000', 'JS heap, open and analysed', await heapMB(bigPage), 'MB');
    await big.close();
    rmSync(profile, { recursive: true, force: true });
  } finally {
    await browser.close();
    await server.close();
  }
}
