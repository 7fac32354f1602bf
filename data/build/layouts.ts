/**
 * npm run data:layouts — saves where the app's force layout draws each
 * sample, so opening a sample computes no layout (data/<id>.layout.json).
 * Runs the built app in Chromium with the layout files emptied, lets the
 * force layout (fCoSE, seeded) draw each sample as a user would first see
 * it, and writes the positions, rounded to a tenth of a unit. Run again
 * after changing a sample's actors or ties.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/browser';
import { SAMPLE_IDS } from '../../src/state/samples';

const root = join(import.meta.dirname, '..');
for (const id of SAMPLE_IDS) writeFileSync(join(root, `${id}.layout.json`), '{}\n');
await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'es-PE' });
  await page.goto(server.resolvedUrls!.local[0]!);
  for (const id of SAMPLE_IDS) {
    await page.getByTestId('network-switcher').selectOption(id);
    // The force layout has run when the view reports every actor placed and fCoSE's positions have settled.
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="network-canvas"][data-rendered-nodes]:not([data-rendered-nodes="0"])'),
    );
    await page.waitForTimeout(3000);
    // A string, not a function: tsx would wrap a function's inner helpers in a name helper the page lacks.
    const positions: Record<string, { x: number; y: number }> = await page.evaluate(`(() => {
      const cy = document.querySelector('[data-testid="network-canvas"]')._cyreg.cy;
      return Object.fromEntries(cy.nodes().map((n) => [n.id(), { x: Math.round(n.position().x * 10) / 10, y: Math.round(n.position().y * 10) / 10 }]));
    })()`);
    const lines = Object.entries(positions).map(([actor, p]) => `  ${JSON.stringify(actor)}: ${JSON.stringify(p)}`);
    writeFileSync(join(root, `${id}.layout.json`), `{\n${lines.join(',\n')}\n}\n`);
    process.stdout.write(`${id}: ${Object.keys(positions).length} actors placed\n`);
  }
} finally {
  await browser.close();
  await server.close();
}
// The app is built again with the layouts in it.
await build({ logLevel: 'warn' });
