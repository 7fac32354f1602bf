import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { normalizePath, type Plugin } from 'vite';

/**
 * Cytoscape built from its own ES sources, without what Puentes never calls:
 * its graph algorithms (the analysis has its own kernels; only bfs/dfs stay,
 * `components()` needs them), the cose and breadthfirst layouts (fCoSE,
 * concentric, circle, grid and preset are used) and the WebGL renderer (no
 * faster without a GPU, and never switched on). Its published bundle,
 * transpiled for old browsers, carries all of them on the first load.
 *
 * The sources are found where Vite itself resolves `cytoscape` to, which is a
 * real path: with `node_modules` a symbolic link (pnpm, a shared CI cache) a
 * path spelled under `./node_modules` would never match the ids Vite loads.
 * A build that imports Cytoscape but replaces fewer files than listed fails,
 * so an upgrade that moves one cannot quietly grow the bundle.
 * Production builds only; dev and tests use the published bundle.
 */
export function leanCytoscape(): Plugin {
  const replaced: Record<string, string> = {
    'collection/algorithms/index.mjs': `import bfsDfs from './bfs-dfs.mjs';\nexport default { ...bfsDfs };\n`,
    'extensions/layout/index.mjs': [
      "import circle from './circle.mjs';",
      "import concentric from './concentric.mjs';",
      "import grid from './grid.mjs';",
      "import nullLayout from './null.mjs';",
      "import preset from './preset.mjs';",
      "import random from './random.mjs';",
      'export default [',
      "  { name: 'circle', impl: circle }, { name: 'concentric', impl: concentric }, { name: 'grid', impl: grid },",
      "  { name: 'null', impl: nullLayout }, { name: 'preset', impl: preset }, { name: 'random', impl: random },",
      '];',
    ].join('\n'),
    'extensions/renderer/canvas/webgl/drawing-redraw-webgl.mjs':
      "export default { initWebgl() { throw new Error('This build of Cytoscape has no WebGL renderer'); } };\n",
  };
  /** Cytoscape's source folder and version, once `cytoscape` has been resolved in this build. */
  let sources: { folder: string; version: string } | undefined;
  const used = new Set<string>();
  const inSources = (id: string) => (sources && id.startsWith(sources.folder) ? id.slice(sources.folder.length) : undefined);
  return {
    name: 'puentes-lean-cytoscape',
    apply: 'build',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (id !== 'cytoscape') return null;
      const published = await this.resolve(id, importer, { skipSelf: true });
      if (!published) return null;
      sources ??= cytoscapeSources(published.id);
      return `${sources.folder}index.mjs`;
    },
    load(id) {
      const file = inSources(id);
      if (file === undefined || !(file in replaced)) return null;
      used.add(file);
      return replaced[file];
    },
    buildEnd(error) {
      const missing = Object.keys(replaced).filter((file) => !used.has(file));
      if (!error && sources && missing.length > 0) {
        this.error(`puentes-lean-cytoscape: ${missing.join(', ')} not found under ${sources.folder}`);
      }
    },
    transform(code, id) {
      if (!sources || inSources(id) === undefined) return null;
      return code.replaceAll('process.env.NODE_ENV', '"production"').replaceAll('process.env.VERSION', JSON.stringify(sources.version));
    },
  };
}

/** The `src/` folder (with a trailing slash) of the Cytoscape package that holds `file`, and its version. */
function cytoscapeSources(file: string): { folder: string; version: string } {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version: string };
    if (name === 'cytoscape') return { folder: normalizePath(join(dir, 'src')) + '/', version };
  }
  throw new Error(`puentes-lean-cytoscape: no Cytoscape package.json above ${file}`);
}

/** The browser tests: the built app served once per project (tests/e2e/global-setup.ts) and driven in Chromium. */
const browserTests = {
  environment: 'node',
  globalSetup: ['tests/e2e/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
};
/**
 * Browser tests whose outcome does not depend on how fast the page is: they measure no duration and never wait a
 * set time for the page to be ready.
 */
const UNTIMED = ['tests/e2e/a11y.test.ts'];
/**
 * The kill and close tests run last and alone: an edit must be on disk a few milliseconds after it returns, and a
 * processor busy with other tests makes Chromium's own write late, which would fail them for the machine's load.
 */
const ALONE = ['tests/e2e/durability.test.ts', 'tests/e2e/sharing-durability.test.ts'];

// The app is fully static: the sample networks are bundled as JSON chunks,
// so nothing is fetched from outside localhost at run time. A service worker
// (vite-plugin-pwa / Workbox) precaches the whole build — app, workers,
// sample data, boundaries — so after one visit it opens and reloads offline.
// main.ts registers it once the first screen is drawn (see registerOffline).
export default defineConfig({
  plugins: [
    leanCytoscape(),
    svelte(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'Puentes — mapas de actores',
        short_name: 'Puentes',
        description:
          'Mapas de actores para el diálogo sobre seguridad y derechos humanos / Stakeholder maps for dialogue on security and human rights',
        lang: 'es',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d2b3a',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,ttf}'],
        // exceljs and the main chunk are over Workbox's 2 MB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  base: './',
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  // Vitest gives a 2-core machine one worker, so every file would run one after another. The tests run in two
  // stages instead, two files at a time in the first: the unit tests beside the browser tests that nothing in
  // them times (the durability tests, which kill, close and reload a real Chromium dozens of times, are most of
  // the browser tests' time; the accessibility checks), which sharing the processor only slows. Then the other
  // browser tests, alone and one file at a time: some measure how long the page takes, or wait a set time.
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          setupFiles: ['tests/setup/xml-globals.ts', 'tests/setup/fast-check.ts', 'tests/setup/catalogues.ts'],
          sequence: { groupOrder: 0 },
          maxWorkers: 2,
          // Beside a browser, a test that takes 2 s alone can take 5.
          testTimeout: 15_000,
        },
      },
      {
        test: {
          ...browserTests,
          name: 'e2e-untimed',
          include: UNTIMED,
          sequence: { groupOrder: 0 },
          maxWorkers: 2,
        },
      },
      {
        test: {
          ...browserTests,
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: [...UNTIMED, ...ALONE],
          sequence: { groupOrder: 1 },
          fileParallelism: false,
        },
      },
      {
        test: {
          ...browserTests,
          name: 'e2e-alone',
          include: ALONE,
          sequence: { groupOrder: 2 },
          fileParallelism: false,
        },
      },
    ],
  },
});
