import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Cytoscape built from its own ES sources, without what Puentes never calls:
 * its graph algorithms (the analysis has its own kernels; only bfs/dfs stay,
 * `components()` needs them), the cose and breadthfirst layouts (fCoSE,
 * concentric, circle, grid and preset are used) and the WebGL renderer (no
 * faster without a GPU, and never switched on). Its published bundle,
 * transpiled for old browsers, carries all of them on the first load: what
 * loads before the first drawing went from 217.5 KB gzip to 215.0 KB built
 * from the sources, and to 183.7 KB without those parts.
 * Production builds only; dev and tests use the published bundle.
 */
function leanCytoscape(): Plugin {
  const root = new URL('./node_modules/cytoscape/', import.meta.url);
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
  const source = decodeURIComponent(new URL('src/', root).pathname);
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
  /** The files replaced in this build: a Cytoscape upgrade that moves one must fail the build, not quietly grow it. */
  const used = new Set<string>();
  return {
    name: 'puentes-lean-cytoscape',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id === 'cytoscape' ? `${source}index.mjs` : null;
    },
    load(id) {
      if (!id.startsWith(source)) return null;
      const file = id.slice(source.length);
      if (!(file in replaced)) return null;
      used.add(file);
      return replaced[file];
    },
    buildEnd(error) {
      const missing = Object.keys(replaced).filter((file) => !used.has(file));
      if (!error && used.size > 0 && missing.length > 0) this.error(`Cytoscape's sources have moved: ${missing.join(', ')} not found`);
    },
    transform(code, id) {
      if (!id.startsWith(source)) return null;
      return code
        .replaceAll('process.env.NODE_ENV', '"production"')
        .replaceAll('process.env.VERSION', JSON.stringify(version));
    },
  };
}

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
        description: 'Mapas de actores para el diálogo sobre seguridad y derechos humanos / Stakeholder maps for dialogue on security and human rights',
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
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
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
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
