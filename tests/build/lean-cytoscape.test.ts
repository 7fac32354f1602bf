// The lean-Cytoscape build plugin (vite.config.ts): a real Vite build of an
// entry that imports Cytoscape, read back in memory. Only the replaced files
// can drop the WebGL renderer, the cose and breadthfirst layouts and the graph
// algorithms, so finding their code gone (and the stub's message present)
// shows the plugin replaced them; a build that replaced nothing keeps them all.
import { mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';
import { leanCytoscape } from '../../vite.config';

const ENTRY = "import cytoscape from 'cytoscape';\nexport default cytoscape;\n";

/** The JavaScript a production build of `<root>/entry.js` emits, all chunks together. */
async function builtCode(root: string, plugins = [leanCytoscape()]): Promise<string> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins,
    build: { write: false, minify: false, rolldownOptions: { input: join(root, 'entry.js') } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs
    .flatMap((output) => output.output)
    .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
    .join('\n');
}

/** What each part left out leaves behind when it is bundled (names from Cytoscape's sources). */
function expectLean(code: string) {
  // The stub that replaces drawing-redraw-webgl.mjs.
  expect(code).toContain('This build of Cytoscape has no WebGL renderer');
  // extensions/renderer/canvas/webgl/drawing-elements-webgl.mjs, reached only through the replaced file.
  expect(code).not.toContain('ElementDrawingWebGL');
  // extensions/layout/cose.mjs and breadthfirst.mjs, registered only by the replaced layout index.
  expect(code).not.toContain('CoseLayout');
  expect(code).not.toContain('BreadthFirstLayout');
  // collection/algorithms/karger-stein.mjs, registered only by the replaced algorithms index.
  expect(code).not.toContain('kargerStein');
  // What stays: a layout Puentes uses, and bfs/dfs that components() needs.
  expect(code).toContain('ConcentricLayout');
  expect(code).toContain('breadthFirstSearch');
}

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/**
 * A folder holding entry.js: inside the project's node_modules, where Cytoscape is found directly,
 * or, when `linked`, outside the project with a `node_modules` link to the project's.
 */
function project(linked: boolean): string {
  const dir = linked
    ? mkdtempSync(join(tmpdir(), 'puentes-lean-cytoscape-'))
    : mkdtempSync(resolve('node_modules/.puentes-lean-cytoscape-'));
  temporary.push(dir);
  writeFileSync(join(dir, 'entry.js'), ENTRY);
  if (linked) symlinkSync(realpathSync(resolve('node_modules')), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('leanCytoscape()', () => {
  it('builds Cytoscape from its sources without the WebGL renderer, cose, breadthfirst or the algorithms', async () => {
    expectLean(await builtCode(project(false)));
  }, 120_000);

  it('does the same when node_modules is a symbolic link (pnpm, a shared CI cache)', async () => {
    expectLean(await builtCode(project(true)));
  }, 120_000);

  it('without the plugin the same build keeps them all, so the checks above can fail', async () => {
    const code = await builtCode(project(true), []);
    expect(code).toContain('ElementDrawingWebGL');
    expect(code).toContain('CoseLayout');
    expect(code).toContain('BreadthFirstLayout');
    expect(code).toContain('kargerStein');
    expect(code).not.toContain('This build of Cytoscape has no WebGL renderer');
  }, 120_000);
});
