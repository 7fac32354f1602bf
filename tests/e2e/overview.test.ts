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

  it('a 5,000-actor import: each community title names its best-known members, and no two titles overlap (1366×768, 1920×1080)', async () => {
    const network = generateNetwork(5000);
    const members = detectCommunities(toAnalysisGraph(network), 1, 1).members;
    const { communities } = communityOverview(network, members);
    // Each actor's ties, counted here from the network (every actor of this network is in a community); the generated
    // actors are named "Actor <n>".
    const degree = new Map<string, number>();
    for (const tie of network.ties) for (const end of [tie.source, tie.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const name = (id: string) => network.actors.find((a) => a.id === id)!.name as string;
    /** The titles a community may have: its one or two members with the most ties (the first listed among equals), then how many more. */
    const expected = (number: number): string[] => {
      const list = communities[number - 1]!.members;
      const [a, b, c] = [...list].sort((x, y) => (degree.get(y) ?? 0) - (degree.get(x) ?? 0)).map(name);
      if (list.length === 1) return [a!];
      if (list.length === 2) return [`${a} y ${b}`];
      return [`${a}, ${b} y ${list.length - 2} más`, `${a} y ${list.length - 1} más`, c!];
    };

    const { page } = await chromium.open(baseURL, { locale: 'es-PE', viewport: { width: 1366, height: 768 } });
    await waitForDrawn(page, lima.actors.length);
    await page.getByTestId('import-button').click();
    await page
      .getByTestId('import-files')
      .setInputFiles({ name: 'grande.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(network)) });
    await page.getByTestId('import-commit').click();
    await page.getByTestId('community-overview').waitFor({ timeout: 90_000 });

    for (const size of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      const titles = await page.locator('g.title').evaluateAll((groups) =>
        groups.map((g) => {
          const { left, top, right, bottom } = g.querySelector('rect')!.getBoundingClientRect();
          return {
            number: Number(g.getAttribute('data-community')),
            text: g.querySelector('text')!.textContent!,
            box: { left, top, right, bottom },
          };
        }),
      );
      // The ten largest communities (those with a colour of their own) are titled, and more besides.
      expect(titles.map((t) => t.number)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
      for (const title of titles) {
        // Never a bare number: the names of its best-known members.
        expect(title.text).not.toMatch(/^[\d\s.,]+$/);
        expect(expected(title.number).slice(0, 2)).toContain(title.text);
      }
      // No two title boxes overlap.
      const overlapping = titles.flatMap((a, i) =>
        titles
          .slice(i + 1)
          .filter((b) => a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom)
          .map((b) => `${a.number}/${b.number}`),
      );
      expect(overlapping).toEqual([]);
    }
    // A bubble's accessible name and hover title keep its three best-known members' names whole.
    const largest = expected(1);
    const label = await page.locator('g.community[data-community="1"]').getAttribute('aria-label');
    expect(label).toContain(`${communities[0]!.members.length.toLocaleString('es-PE')} actores`);
    for (const member of [largest[0]!.split(/,| y /)[0]!, largest[2]!]) expect(label).toContain(member);
  }, 180_000);
});
