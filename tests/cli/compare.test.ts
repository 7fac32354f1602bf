import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';

const dir = mkdtempSync(join(tmpdir(), 'puentes-compare-'));

describe('npm run cli -- compare', () => {
  it('names the actors Lima 2010 and Macro Sur 2017 share and gives both summaries', () => {
    const { code, stdout } = cli('compare', 'data/lima-2010.json', 'data/macro-sur-2017.json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.sharedActors.map((s: { a: string; name: string }) => [s.a, s.name]).sort()).toEqual([
      ['pnp', 'Policía Nacional del Perú'],
      ['socios-peru', 'Socios Perú'],
    ]);
    // Counted from the sample files (66 actors and 73 ties; 16 and 21 when this was written); the two shared actors are in neither list of the others.
    expect([report.summary.a.actors, report.summary.a.ties, report.summary.b.actors, report.summary.b.ties]).toEqual([
      lima.actors.length,
      lima.ties.length,
      macroSur.actors.length,
      macroSur.ties.length,
    ]);
    expect(report.onlyFirst).toHaveLength(lima.actors.length - 2);
    expect(report.onlySecond).toHaveLength(macroSur.actors.length - 2);
    expect(report.gaps.length).toBeGreaterThan(0);
    // The records ride along: each side's counts (Lima: 3 engagements; Macro Sur: 10 and 2 commitments), and Socios
    // Perú engaged in both (3 in Lima, 6 in Macro Sur), the police in Macro Sur only.
    expect([report.summary.a.engagements, report.summary.b.engagements, report.summary.b.commitments]).toEqual([3, 10, 2]);
    const engaged = (id: string) =>
      report.sharedActors.find((s: { a: string }) => s.a === id).records.map((r: { engagements: number }) => r.engagements);
    expect([engaged('socios-peru'), engaged('pnp')]).toEqual([
      [3, 6],
      [0, 1],
    ]);
  }, 60_000);

  it('reads other formats: Lima as GEXF against Macro Sur as a pair of CSV files', () => {
    expect(cli('convert', 'data/lima-2010.json', join(dir, 'lima.gexf')).code).toBe(0);
    expect(cli('convert', 'data/macro-sur-2017.json', join(dir, 'ms.csv')).code).toBe(0);
    const { code, stdout, stderr } = cli('compare', join(dir, 'lima.gexf'), `${join(dir, 'ms-actors.csv')}+${join(dir, 'ms-ties.csv')}`);
    expect(stderr).not.toContain('error');
    expect(code).toBe(0);
    expect(
      JSON.parse(stdout)
        .sharedActors.map((s: { a: string }) => s.a)
        .sort(),
    ).toEqual(['pnp', 'socios-peru']);
  }, 60_000);

  it('diffs an edited copy: exactly the edits made', () => {
    const edited = structuredClone(lima);
    // The police's influence is 5 in the sample: lowered to 3.
    edited.actors.find((a) => a.id === 'pnp')!.influence = 3;
    edited.ties = edited.ties.slice(1);
    const file = join(dir, 'edited.json');
    writeFileSync(file, JSON.stringify(edited));
    const { code, stdout } = cli('compare', 'data/lima-2010.json', file);
    expect(code).toBe(0);
    const { diff } = JSON.parse(stdout);
    expect(diff.actors).toEqual({
      added: [],
      removed: [],
      changed: [
        {
          id: 'pnp',
          otherId: 'pnp',
          changes: [{ field: 'influence', before: lima.actors.find((a) => a.id === 'pnp')!.influence, after: 3, provenance: false }],
        },
      ],
    });
    expect(diff.ties).toEqual({ added: [], removed: [lima.ties[0]!.id], changed: [] });
  }, 60_000);

  it('writes four CSV tables in Spanish, and applies a file of matching decisions', () => {
    const match = join(dir, 'match.json');
    writeFileSync(match, JSON.stringify({ rejected: [['pnp', 'pnp']], confirmed: [['minem', 'produce']] }));
    const out = join(dir, 'cmp.csv');
    const { code } = cli('compare', 'data/lima-2010.json', 'data/macro-sur-2017.json', '--format', 'csv', '--match', match, '--out', out);
    expect(code).toBe(0);
    const shared = readFileSync(join(dir, 'cmp-shared.csv'), 'utf8').trim().split('\r\n');
    expect(shared[0]).toContain('"id en la primera"');
    // Socios Perú by id, MINEM ↔ PRODUCE by hand; the police's match was rejected.
    expect(
      shared
        .slice(1)
        .map((row) => row.split(',').slice(0, 2).join(','))
        .sort(),
    ).toEqual(['"minem","produce"', '"socios-peru","socios-peru"']);
    expect(readFileSync(join(dir, 'cmp-summary.csv'), 'utf8')).toContain(
      `"Actores","${lima.actors.length}","${macroSur.actors.length}","${macroSur.actors.length - lima.actors.length}"`,
    );
    expect(readFileSync(join(dir, 'cmp-gaps.csv'), 'utf8').split('\r\n')[0]).toBe('"regla de brecha","presente en","detalle"');
  }, 60_000);

  it('refuses a bad file with exit 1 and the located problem', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        schemaVersion: 3,
        id: 'b',
        title: 'B',
        actors: [{ id: 'a', name: 'A', sector: 'nope', basis: 'assumed' }],
        ties: [],
      }),
    );
    const { code, stdout, stderr } = cli('compare', 'data/lima-2010.json', bad);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${bad}: actors[0].sector: "nope" is not a known sector`);
    const badMatch = join(dir, 'bad-match.json');
    writeFileSync(badMatch, '{"confirmed": [["a"]]}');
    const second = cli('compare', 'data/lima-2010.json', 'data/lima-2010.json', '--match', badMatch);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`${badMatch}: confirmed.0.1`);
  }, 60_000);

  it('analyze too reads any format the app imports', () => {
    expect(cli('convert', 'data/macro-sur-2017.json', join(dir, 'ms.graphml')).code).toBe(0);
    const { code, stdout } = cli('analyze', join(dir, 'ms.graphml'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary.actors).toBe(macroSur.actors.length);
  }, 60_000);
});
