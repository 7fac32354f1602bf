// A large network's quick force drawing heaps its actors on one another; it is
// refined in a worker while the quick one is shown, with its progress and a
// Stop, and the refined drawing is what is saved.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser, waitForDrawn } from './browser';
import type { DrawnActor } from '../../src/views/network/test-hook';
import lima from '../../data/lima-2010.json';
import { generateNetwork } from '../bench/generate';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

type Drawing = { positions: Record<string, { x: number; y: number }>; overlaps: number };
/** Every actor's place, and the pairs of actors drawn over each other (closer than the sum of their half-widths). */
function drawingOf(actors: DrawnActor[]): Drawing {
  let overlaps = 0;
  for (let i = 0; i < actors.length; i++)
    for (let j = i + 1; j < actors.length; j++)
      if (Math.hypot(actors[i]!.x - actors[j]!.x, actors[i]!.y - actors[j]!.y) < actors[i]!.radius + actors[j]!.radius) overlaps++;
  return { positions: Object.fromEntries(actors.map((a) => [a.id, { x: a.x, y: a.y }])), overlaps };
}
async function drawing(page: Page): Promise<Drawing> {
  return drawingOf(await page.evaluate(() => window.__puentesDrawing!.actors()));
}

/**
 * From now on, the drawing as it is when the refinement's progress first appears (the quick one), noted in the page
 * at that moment (not after a round trip, by which time a small network may be refined); and, when `stop`, a click on
 * Stop in the same moment.
 */
async function watchRefining(page: Page, stop: boolean): Promise<() => Promise<{ quick: Drawing; text: string }>> {
  await page.evaluate(`(() => {
    const seen = new MutationObserver(() => {
      const status = document.querySelector('[data-testid="layout-refining"]');
      if (!status) return;
      seen.disconnect();
      window.__quick = { actors: window.__puentesDrawing.actors(), text: status.textContent };
      if (${stop}) status.querySelector('[data-testid="layout-refining-stop"]').click();
    });
    seen.observe(document.body, { childList: true, subtree: true });
  })()`);
  return async () => {
    await page.waitForFunction(() => (window as unknown as { __quick?: unknown }).__quick !== undefined, undefined, { timeout: 60_000 });
    const { actors, text } = await page.evaluate(() => (window as unknown as { __quick: { actors: DrawnActor[]; text: string } }).__quick);
    return { quick: drawingOf(actors), text };
  };
}

/**
 * Opens the app in `locale`, imports 600 generated actors as `file` while watching the refinement (and stopping it
 * at once when `stop`), and waits for the drawing and the refinement's first progress.
 */
async function import600(locale: string, file: string, stop: boolean) {
  const network = generateNetwork(600);
  const { page } = await chromium.open(baseURL, { locale });
  await waitForDrawn(page, lima.actors.length);
  await page.getByTestId('import-button').click();
  await page
    .getByTestId('import-files')
    .setInputFiles({ name: file, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(network)) });
  const refining = await watchRefining(page, stop);
  await page.getByTestId('import-commit').click();
  await waitForDrawn(page, 600);
  return { network, page, ...(await refining()) };
}

describe('a large network’s drawing', () => {
  it('is refined after an import: progress shown, actors moved apart, the refined drawing saved and reopened', async () => {
    const { network, page, quick, text } = await import600('es-PE', 'seiscientos.json', false);
    expect(text).toContain('Separando el dibujo de 600 actores');
    await page.getByTestId('layout-refining').waitFor({ state: 'detached', timeout: 120_000 });
    const refined = await drawing(page);
    expect(quick.overlaps).toBeGreaterThan(1000);
    expect(refined.overlaps).toBeLessThan(quick.overlaps / 20);

    // Saved as refined: the same places after a reload.
    await page.waitForSelector('[data-testid="save-status"][data-status="saved"]');
    await page.reload();
    await waitForDrawn(page, 600);
    const reopened = await drawing(page);
    for (const actor of network.actors.slice(0, 20)) {
      expect(reopened.positions[actor.id]!.x).toBeCloseTo(refined.positions[actor.id]!.x, 3);
      expect(reopened.positions[actor.id]!.y).toBeCloseTo(refined.positions[actor.id]!.y, 3);
    }
    expect(await page.getByTestId('layout-refining').count()).toBe(0);
    // Reopened fitted to the view (layouts.ts fits it from the actors' places, with room for labels): every actor
    // inside the canvas and the drawing filling most of it. (At this zoom no label is large enough to be drawn.)
    const fit = await page.evaluate(() => ({ ...window.__puentesDrawing!.actorsBox(), ...window.__puentesDrawing!.size() }));
    expect(fit.x1).toBeGreaterThanOrEqual(30);
    expect(fit.y1).toBeGreaterThanOrEqual(30);
    expect(fit.x2).toBeLessThanOrEqual(fit.width - 30);
    expect(fit.y2).toBeLessThanOrEqual(fit.height - 30);
    expect(Math.max((fit.x2 - fit.x1) / fit.width, (fit.y2 - fit.y1) / fit.height)).toBeGreaterThan(0.7);
  }, 240_000);

  it('can be stopped: the quick drawing stays as it is', async () => {
    const { page, quick, text } = await import600('en-GB', 'six-hundred.json', true);
    expect(text).toContain('Spreading out the drawing of 600 actors');
    await page.getByTestId('layout-refining').waitFor({ state: 'detached' });
    // The refinement has answered that it was stopped (its worker is gone): nothing can move the quick drawing now.
    await page.waitForSelector('[data-testid="network-canvas"][data-layout="stopped"]');
    const stopped = await drawing(page);
    expect(stopped.positions).toEqual(quick.positions);
    expect(stopped.overlaps).toBeGreaterThan(1000);
  }, 120_000);
});
