// The house rule of DESIGN.md and STYLE.md: model/ and analysis/ are pure
// TypeScript. They import nothing from the UI layers, Svelte, Cytoscape,
// d3-selection or the DOM.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const FORBIDDEN = [
  /from ['"](svelte|cytoscape|d3|d3-selection|idb)['"/]/,
  /from ['"]\.\.\/(views|state|store|i18n)\//,
  /\b(document|window)\./,
  /\$state|\$derived|\$effect/,
];

describe('pure domain layers', () => {
  const pure = [...files('src/model'), ...files('src/analysis')];
  it('exist', () => expect(pure.length).toBeGreaterThan(0));
  it.each(pure)('%s has no UI or DOM import', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const pattern of FORBIDDEN) expect(text, String(pattern)).not.toMatch(pattern);
  });
});
