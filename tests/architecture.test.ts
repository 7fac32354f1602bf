// The rules of the house (docs/architecture.md), read from the import statements
// of src/: every module sits in a layer and imports only from its own layer or
// the layers below; no modules import each other in a circle; and model/ and
// analysis/ are pure TypeScript (no Svelte, Cytoscape, D3-selection or DOM),
// so the analysis worker and the command line can run them; so is text/, the words they all say.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/, from the bottom up (folders, or files at src/'s root).
 * A module may import from its own layer and from any row below it; never
 * from a row above, nor from another layer on its own row: siblings stay
 * independent of each other.
 */
const LAYERS: readonly (readonly string[])[] = [
  // The words of the product: both catalogues, the languages, saying a message in one. Pure data and functions,
  // readable by every layer, so the model, analysis, files, workers and the command line name things in both
  // languages from one place, as the page does.
  ['text'],
  // The stakeholder model: types, schema, vocabularies, edits, search, filters. Pure TypeScript.
  ['model'],
  // Metrics, communities, gaps, comparisons, computed on the model. Pure TypeScript.
  ['analysis'],
  // Files in and out (run in workers and the command line too); the page's chosen language, dates and problems in
  // it; colours, shapes and sizes as data; a shared map sealed for its server (Yjs, WebCrypto).
  ['io', 'i18n', 'styling', 'share'],
  // IndexedDB: the scenarios, their journal and backups.
  ['store'],
  // The page's rune state and its workers; beside it, the Node command line, which has neither.
  ['state', 'cli'],
  // Pieces every view shares: dialogs, downloads, keys, source lines.
  ['views/ui'],
  // The views, their panels and the registry that lists them.
  ['views'],
  // The shell that puts the page together, and the entry point that mounts it.
  ['App.svelte'],
  ['main.ts'],
];

/**
 * Upward imports that exist today and are being removed (issue 27), as
 * `[importer, imported]` under src/. Each is a debt, not a permission: the
 * test below fails when an entry no longer occurs, so the list only shrinks.
 */
const KNOWN: readonly (readonly [string, string])[] = [];

/**
 * Circles of imports that exist today and are being removed, each as the
 * modules that import one another (a strongly connected component). As with
 * KNOWN, an entry that no longer occurs fails the test.
 */
const KNOWN_CYCLES: readonly (readonly string[])[] = [];

const SOURCE = /\.(ts|svelte|mjs|js)$/;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : SOURCE.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/**
 * Every module specifier a file names: static imports and re-exports
 * (`import type` too: a type is a dependency of the reader), side-effect
 * imports, dynamic `import()`, and the `new URL('./x.worker.ts',
 * import.meta.url)` a worker is started from. In .svelte files this reads the
 * script and the `{#await import(...)}` blocks of the markup alike.
 */
function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bnew URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1]!);
  return found;
}

/** The file a relative specifier names, as Vite resolves it (`./x` → x.ts, `./x.svelte` → x.svelte or x.svelte.ts). */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  const base = normalize(join(dirname(from), specifier));
  return [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')].find((path) => existsSync(path) && statSync(path).isFile());
}

const modules = files('src');
/** Each module's relative imports, resolved, as paths under src/ (data files and styles outside it are left out). */
const graph = new Map<string, string[]>();
const unresolved: string[] = [];
for (const file of modules) {
  const targets: string[] = [];
  for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
    if (!specifier.startsWith('.')) continue;
    const target = resolveSpecifier(file, specifier);
    if (target === undefined) unresolved.push(`${file}: ${specifier}`);
    else if (modules.includes(target)) targets.push(relative('src', target));
  }
  graph.set(relative('src', file), [...new Set(targets)]);
}

/** The layer a module under src/ belongs to: the longest layer name that is its path or a folder above it. */
function layerOf(path: string): string | undefined {
  const names = LAYERS.flat().filter((name) => path === name || path.startsWith(`${name}/`));
  return names.sort((a, b) => b.length - a.length)[0];
}
const rowOf = (layer: string) => LAYERS.findIndex((row) => row.includes(layer));

/** Every import that goes up a row or sideways to a sibling, as "importer (layer) → imported (layer)". */
function violations(): [string, string][] {
  const found: [string, string][] = [];
  for (const [from, targets] of graph) {
    const layer = layerOf(from);
    if (layer === undefined) continue;
    for (const to of targets) {
      const target = layerOf(to);
      if (target === undefined || target === layer) continue;
      if (rowOf(target) >= rowOf(layer)) found.push([from, to]);
    }
  }
  return found;
}

/**
 * The circles of the module graph: its strongly connected components of more
 * than one module (or a module importing itself), each sorted, found by
 * Tarjan's algorithm.
 */
function cycles(): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (module: string) => {
    index.set(module, counter);
    low.set(module, counter++);
    stack.push(module);
    onStack.add(module);
    for (const next of graph.get(module) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(module, Math.min(low.get(module)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(module, Math.min(low.get(module)!, index.get(next)!));
    }
    if (low.get(module) !== index.get(module)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== module);
    if (component.length > 1 || (graph.get(module) ?? []).includes(module)) components.push(component);
  };
  for (const module of graph.keys()) if (!index.has(module)) visit(module);
  return components.map((component) => component.sort());
}

/** The shortest circle from `start` back to itself inside one component, as "a → b → … → a". */
function circleThrough(start: string, component: Set<string>): string {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const module = queue[i]!;
    for (const next of graph.get(module) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path: string[] = [];
        for (let at = module; at !== start; at = cameFrom.get(at)!) path.unshift(at);
        return [start, ...path, start].join(' → ');
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, module);
        queue.push(next);
      }
    }
  }
  return [...component].join(', ');
}

describe('layers', () => {
  it('reads the imports of every module', () => {
    // A floor, so that a broken reader (no files, no imports found) cannot pass the checks below.
    expect(modules.length).toBeGreaterThan(150);
    expect([...graph.values()].flat().length).toBeGreaterThan(500);
    expect(graph.get('model/closest.ts')).toEqual(['model/accents.ts']);
  });

  it('resolves every relative import', () => {
    expect(unresolved).toEqual([]);
  });

  it('places every module in a layer', () => {
    expect([...graph.keys()].filter((path) => layerOf(path) === undefined)).toEqual([]);
  });

  it('has no import from a layer above or beside its own, but the known ones being removed', () => {
    const known = new Set(KNOWN.map(([from, to]) => `${from} → ${to}`));
    const unknown = violations().filter(([from, to]) => !known.has(`${from} → ${to}`));
    expect(unknown.map(([from, to]) => `${from} (${layerOf(from)}) → ${to} (${layerOf(to)})`)).toEqual([]);
  });

  it('lists as known only upward imports that still exist', () => {
    const found = new Set(violations().map(([from, to]) => `${from} → ${to}`));
    expect(KNOWN.map(([from, to]) => `${from} → ${to}`).filter((line) => !found.has(line))).toEqual([]);
  });

  it('has no circle of imports, but the known ones being removed', () => {
    const known = new Set(KNOWN_CYCLES.map((members) => members.join(', ')));
    const unknown = cycles().filter((members) => !known.has(members.join(', ')));
    // Each as one circle through its first module, and every module caught in it.
    expect(unknown.map((members) => `${circleThrough(members[0]!, new Set(members))} (of ${members.join(', ')})`)).toEqual([]);
  });

  it('lists as known only circles that still exist', () => {
    const found = new Set(cycles().map((members) => members.join(', ')));
    expect(KNOWN_CYCLES.map((members) => members.join(', ')).filter((line) => !found.has(line))).toEqual([]);
  });
});

describe('the import reader', () => {
  it('finds static, type-only, re-exported, side-effect, dynamic and worker imports', () => {
    const text = [
      "import { a } from './a';",
      "import type {\n  B,\n  C,\n} from '../b';",
      "  export * from './c';",
      "export { d } from './d.svelte';",
      "import './e.css';",
      "  {#await import('./f.svelte') then { default: F }}",
      "new Worker(new URL('./g.worker.ts', import.meta.url), { type: 'module' });",
      '// a comment that says import nothing from here',
      "export const h = 'from';",
    ].join('\n');
    expect(specifiers(text).sort()).toEqual(['../b', './a', './c', './d.svelte', './e.css', './f.svelte', './g.worker.ts']);
  });
});

const FORBIDDEN = [/from ['"](svelte|cytoscape|d3|d3-selection|idb)['"/]/, /\b(document|window)\./, /\$state|\$derived|\$effect/];

describe('pure domain layers', () => {
  const pure = modules.filter((file) => /^src\/(text|model|analysis)\//.test(file));
  it('exist', () => expect(pure.length).toBeGreaterThan(0));
  it.each(pure)('%s has no UI or DOM import', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const pattern of FORBIDDEN) expect(text, String(pattern)).not.toMatch(pattern);
  });
});
