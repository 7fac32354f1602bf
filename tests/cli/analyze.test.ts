import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run';
import lima from '../../data/lima-2010.json';

describe('npm run cli -- analyze', () => {
  it.each(['data/lima-2010.json', 'data/macro-sur-2017.json'])(
    'analyses %s: exit 0 and well-formed JSON',
    (file) => {
      const { code, stdout } = cli('analyze', file);
      expect(code).toBe(0);
      const result = JSON.parse(stdout);
      expect(result.actors.length).toBeGreaterThan(10);
      expect(result.summary.actors).toBe(result.actors.length);
      expect(Array.isArray(result.gaps)).toBe(true);
      expect(result.conveners[0].rank).toBe(1);
      // The sentences a reader of the file needs, in both languages: the command line loads both catalogues first,
      // so the English is English (a missing catalogue would repeat the Spanish, or the key).
      expect(result.method[0]).toEqual({
        es: 'Calculado sobre la red no dirigida: los vínculos paralelos entre dos actores se fusionan (peso = suma de intensidades) y se ignoran los bucles.',
        en: 'Computed on the undirected network: parallel ties between two actors are merged (weight = sum of strengths), self-loops ignored.',
      });
      expect(result.gaps.length).toBeGreaterThan(0);
      for (const gap of result.gaps) {
        expect(gap.detail.es, gap.rule).not.toBe(gap.detail.en);
        expect(gap.detail.en, gap.rule).not.toMatch(/^gap\./);
      }
      expect(result.conveners[0].explanation.en).toMatch(/ ranks #1 \(\d+\/100\)\./);
      expect(result.conveners[0].explanation.es).toMatch(/ ocupa el puesto 1 \(\d+\/100\)\./);
    },
    60_000,
  );

  it('writes one CSV row per actor to a file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'puentes-')), 'lima.csv');
    const { code } = cli('analyze', 'data/lima-2010.json', '--format', 'csv', '--out', out);
    expect(code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(lima.actors.length + 1);
    // Headers and names in Spanish by default; --lang en gives English.
    expect(lines[0]).toContain('"Intermediación"');
    expect(lines.some((l) => l.includes('"Defensoría del Pueblo"'))).toBe(true);
    const english = cli('analyze', 'data/lima-2010.json', '--format', 'csv', '--lang', 'en');
    expect(english.stdout).toContain('"Go-between (betweenness)"');
    expect(english.stdout).toContain('Ombudsman’s Office');
  }, 60_000);

  it('refuses a broken file with exit 1 and the located problems', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'puentes-')), 'broken.json');
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 3,
        id: 'b',
        title: 'B',
        actors: [{ id: 'a', name: 'A', sector: 'goverment', basis: 'documented' }],
        ties: [],
      }),
    );
    const { code, stdout, stderr } = cli('analyze', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('actors[0].sector: "goverment" is not a known sector');
  }, 60_000);

  it('documents itself with --help, metrics included', () => {
    const { code, stdout } = cli('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Wasserman–Faust');
    expect(stdout).toContain('betweenness');
  }, 60_000);
});
