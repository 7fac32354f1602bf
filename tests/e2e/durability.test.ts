// No edit is ever lost: real Chromium with a real profile on disk, killed
// (SIGKILL: no unload, no clean shutdown), or its tab closed or reloaded, at
// set moments after an edit; then reopened. Every edit whose call returned
// must be there. Each moment is tried with the first edit of a sample (which
// creates the scenario), with an edit of a saved scenario, and after a burst
// of 20 edits, and each of those more than once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchPersistent, pidsUsing, renameInTable } from './browser';
import lima from '../../data/lima-2010.json';

const baseURL = inject('baseURL');
const MOMENTS = [0, 50, 100, 200, 300, 500, 1000];
const REPEATS = Number(process.env.PUENTES_KILL_REPEATS ?? 2);
const actorIds = lima.actors.map((a) => a.id);

type Case = 'first edit of a sample' | 'edit of a saved scenario' | 'burst of 20 edits';
const CASES: Case[] = ['first edit of a sample', 'edit of a saved scenario', 'burst of 20 edits'];

function launch(profile: string): Promise<BrowserContext> {
  return launchPersistent(profile, { viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
}

/** Opens the app (it reopens what was open) and shows the table, which the view may already show. */
async function openTable(page: Page, reload = false): Promise<void> {
  await (reload ? page.reload() : page.goto(baseURL));
  await page.waitForSelector(`[data-testid="network-canvas"][data-rendered-nodes="${actorIds.length}"]`, { state: 'attached' });
  await page.getByTestId('view-table').click();
  await page.getByTestId('actors-table').waitFor();
}

/** The names the reopened app shows for each actor, read from the table. */
async function names(page: Page): Promise<Map<string, string>> {
  const rows = await page
    .locator('[data-testid="actors-table"] tbody tr[data-actor]')
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-actor')!, (tr.querySelector('input.name') as HTMLInputElement).value] as const),
    );
  return new Map(rows);
}

/** Makes the edits of a case; returns what each edited actor must be called after reopening. */
async function edit(page: Page, which: Case, tag: string): Promise<Map<string, string>> {
  const expected = new Map<string, string>();
  const count = which === 'burst of 20 edits' ? 20 : 1;
  for (let i = 0; i < count; i++) {
    const id = actorIds[i]!;
    const name = `${tag} ${i}`;
    await renameInTable(page, id, name);
    expected.set(id, name);
  }
  return expected;
}

/** Readies the tab for a case: a sample untouched, or a scenario already saved. */
async function prepare(page: Page, which: Case): Promise<void> {
  await openTable(page);
  if (which === 'first edit of a sample') return;
  await renameInTable(page, actorIds.at(-1)!, 'ya guardado');
  await page.waitForSelector('[data-testid="save-status"][data-status="saved"]');
}

function lost(expected: Map<string, string>, found: Map<string, string>): string[] {
  return [...expected]
    .filter(([id, name]) => found.get(id) !== name)
    .map(([id, name]) => `${id}: wanted "${name}", found "${found.get(id)}"`);
}

describe('no edit is lost when the browser is killed', () => {
  for (const which of CASES) {
    it(`kill at ${MOMENTS.join(', ')} ms after the ${which}, ${REPEATS} times each: nothing lost`, { timeout: 600_000 }, async () => {
      const losses: string[] = [];
      for (const moment of MOMENTS) {
        for (let run = 0; run < REPEATS; run++) {
          const profile = mkdtempSync(join(tmpdir(), 'puentes-kill-'));
          let context = await launch(profile);
          try {
            const page = context.pages()[0] ?? (await context.newPage());
            await prepare(page, which);
            const pids = pidsUsing(profile);
            const expected = await edit(page, which, `k${moment}-${run}`);
            if (moment > 0) await new Promise((resolve) => setTimeout(resolve, moment));
            for (const pid of pids) {
              try {
                process.kill(pid, 'SIGKILL');
              } catch {
                // Already gone.
              }
            }
            await context.close().catch(() => {});
            context = await launch(profile);
            const reopened = context.pages()[0] ?? (await context.newPage());
            await openTable(reopened);
            for (const miss of lost(expected, await names(reopened))) losses.push(`${moment} ms, run ${run}: ${miss}`);
          } finally {
            await context.close().catch(() => {});
            rmSync(profile, { recursive: true, force: true });
          }
        }
      }
      expect(losses).toEqual([]);
    });
  }
});

describe('no edit is lost when the tab is closed or reloaded', () => {
  for (const how of ['closed', 'reloaded'] as const) {
    for (const which of CASES) {
      it(`tab ${how} at ${MOMENTS.join(', ')} ms after the ${which}: nothing lost`, { timeout: 600_000 }, async () => {
        const losses: string[] = [];
        for (const moment of MOMENTS) {
          const profile = mkdtempSync(join(tmpdir(), 'puentes-close-'));
          const context = await launch(profile);
          try {
            let page = context.pages()[0] ?? (await context.newPage());
            await prepare(page, which);
            const expected = await edit(page, which, `${how[0]}${moment}`);
            if (moment > 0) await page.waitForTimeout(moment);
            if (how === 'reloaded') await openTable(page, true);
            else {
              await page.close();
              page = await context.newPage();
              await openTable(page);
            }
            for (const miss of lost(expected, await names(page))) losses.push(`${moment} ms: ${miss}`);
          } finally {
            await context.close().catch(() => {});
            rmSync(profile, { recursive: true, force: true });
          }
        }
        expect(losses).toEqual([]);
      });
    }
  }
});
