// The command line as shipped: compiled JavaScript that `npx puentes` runs with plain Node, exact at every size.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXACT_BETWEENNESS_LIMIT } from '../../src/analysis/metric-definitions';
import type { Network } from '../../src/model/types';
import { generateNetwork } from '../bench/generate';
import { BIN, cli } from './run';

const dir = mkdtempSync(join(tmpdir(), 'puentes-compiled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npx puentes, the compiled command line', () => {
  it('runs from the bin file with plain Node and says its version', () => {
    // No TypeScript loader: the bin file is JavaScript and runs the build in dist-cli/.
    expect(BIN).toMatch(/\.js$/);
    const { code, stdout } = cli('--version');
    expect(code).toBe(0);
    expect(stdout).toBe(`puentes ${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
    expect(existsSync('dist-cli/puentes.mjs')).toBe(true);
    expect(existsSync('dist-cli/path-thread.mjs')).toBe(true);
  });

  /*
   * A path of n = 5,001 actors, a0 – a1 – … – a5000: one more than the size above which the command line used to
   * estimate. Worked by hand: actor i lies on the shortest path of every pair with one end on each side of it,
   * i · (n − 1 − i) pairs, so its normalised betweenness is 2 · i · (n − 1 − i) / ((n − 1)(n − 2)); the ends lie on
   * none. The path is connected, so Wasserman–Faust closeness is (n − 1) / Σ distances, the distances from i being
   * 1 … i on one side and 1 … n − 1 − i on the other: Σ = i(i + 1)/2 + (n − 1 − i)(n − i)/2.
   */
  const n = EXACT_BETWEENNESS_LIMIT + 1;
  const pathFile = join(dir, 'path.json');
  const base = generateNetwork(n, 0);
  const path: Network = {
    ...base,
    ties: Array.from({ length: n - 1 }, (_, i) => ({
      id: `t${i}`,
      source: `a${i}`,
      target: `a${i + 1}`,
      type: 'collaboration',
      directed: false,
      trust: null,
      strength: 1,
      notes: '',
      sources: [],
      basis: 'assumed',
      fieldBasis: {},
    })),
  };
  writeFileSync(pathFile, JSON.stringify(path));
  const betweenness = (i: number) => (2 * i * (n - 1 - i)) / ((n - 1) * (n - 2));
  const closeness = (i: number) => (n - 1) / ((i * (i + 1)) / 2 + ((n - 1 - i) * (n - i)) / 2);
  type Row = { id: string; metrics: { betweenness: number; closeness: number } };

  it('gives exact betweenness and closeness above the old sampling size, with its progress on stderr only', () => {
    const { code, stdout, stderr } = cli('analyze', pathFile);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.estimates).toEqual({ betweenness: null, paths: null });
    const actors: Row[] = result.actors;
    expect(actors).toHaveLength(n);
    for (const actor of actors) {
      const i = Number(actor.id.slice(1));
      expect(actor.metrics.betweenness, actor.id).toBeCloseTo(betweenness(i), 12);
      expect(actor.metrics.closeness, actor.id).toBeCloseTo(closeness(i), 12);
    }
    // The middle actor: on 2,500 · 2,500 of the (5,000 · 4,999) / 2 pairs' paths.
    expect(actors[2500]!.metrics.betweenness).toBeCloseTo(6_250_000 / 12_497_500, 12);
    expect(result.summary.diameter).toBe(n - 1);
    // Progress: what is computed how, the passes (by tenths when slow), the end; stdout is the JSON alone.
    expect(stderr).toContain(`analysing ${pathFile}: 5,001 actors, 5,000 ties; betweenness and closeness exact`);
    expect(stderr).toMatch(/shortest paths from all 5,001 actors: done, \d+\.\d s/);
    expect(stderr).toMatch(/analysis done in \d+\.\d s/);
    expect(stdout.startsWith('{')).toBe(true);
    expect(stdout).not.toContain('puentes:');
  }, 120_000);

  it('labels its figures as estimates with --estimate', () => {
    const { code, stdout, stderr } = cli('analyze', pathFile, '--estimate', '--quiet');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout);
    expect(result.estimates).toEqual({ betweenness: 500, paths: 500 });
    expect(result.method.map((note: { en: string }) => note.en)).toContain(
      'This network is large: closeness, average path length and betweenness are estimated from sampled sources; the longest path is the longest seen from them.',
    );
    const csv = cli('analyze', pathFile, '--estimate', '--quiet', '--format', 'csv');
    expect(csv.stdout.split('\r\n')[0]).toContain('(estimación, 500 fuentes)');
  }, 120_000);
});

describe('npx puentes convert, when records cannot be written', () => {
  it('says how many and why, that nothing was written, and how to write the rest', () => {
    const loops = join(dir, 'loops.csv');
    writeFileSync(loops, 'source,target\nA,B\nB,C\nA,A\nB,B\nC,C\nC,D\n');
    const out = join(dir, 'loops.json');
    const refused = cli('convert', loops, out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'puentes: 3 records cannot be written (3 ties from an actor to itself); nothing written. Use --skip-bad to leave them out and write the rest.',
    );
    // Each with its place, as before.
    expect(refused.stderr).toContain(`${loops} row 4, column "target": ties "a" to itself`);
    expect(existsSync(out)).toBe(false);
    const written = cli('convert', loops, out, '--skip-bad');
    expect(written.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).ties).toHaveLength(3);
  }, 60_000);
});
