// A network too large to draw actor by actor opens as an overview of its
// communities; a community opens into its actors, and back.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser, waitForDrawn } from './browser';
import lima from '../../data/lima-2010.json';
import { generateNetwork } from '../bench/generate';
import { communityOverview } from '../../src/analysis/overview';
import { detectCommunities } from '../../src/analysis/communities';
import { toAnalysisGraph } from '../../src/analysis/analysis-graph';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });

describe('the community overview', () => {
  it('a 4,000-actor network opens as its communities; the largest opens into its actors and ties, and back', async () => {
    const network = generateNetwork(4000);
    // The communities the worker finds (Louvain, seed 1), and the actors and ties inside the largest, counted here.
    const members = detectCommunities(toAnalysisGraph(network), 1, 1).members;
    const overview = communityOverview(network, members);
    const largest = overview.communities[0]!;
    const inside = new Set(largest.members);
    const innerTies = network.ties.filter((t) => inside.has(t.source) && inside.has(t.target)).length;

    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('import-button').click();
    await page
      .getByTestId('import-files')
      .setInputFiles({ name: 'grande.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(network)) });
    await page.getByTestId('import-commit').click();
    const drawing = page.getByTestId('community-overview');
    await drawing.waitFor({ timeout: 60_000 });
    expect(await drawing.getAttribute('data-communities')).toBe(String(overview.communities.length));
    expect(await page.locator('g.community').count()).toBe(overview.communities.length);
    expect(await drawing.textContent()).toContain(`${(4000).toLocaleString('es-PE')} actores son demasiados`);
    // No Cytoscape drawing of 4,000 actors behind it.
    expect(await page.getByTestId('network-canvas').count()).toBe(0);

    await page.locator('g.community[data-community="1"]').press('Enter');
    await waitForDrawn(page, largest.members.length);
    expect(await page.getByTestId('network-canvas').getAttribute('data-rendered-edges')).toBe(String(innerTies));
    expect(await page.getByTestId('community-bar').textContent()).toContain(
      `Comunidad 1 · ${largest.members.length.toLocaleString('es-PE')} actores`,
    );

    await page.getByTestId('overview-back').click();
    await drawing.waitFor();
    expect(await page.getByTestId('network-canvas').count()).toBe(0);
  }, 180_000);
});
