import { MAX_FILE_MEGABYTES } from '../../src/io/import-files';
// `npm run cli -- convert` between every pair of formats, on both samples.
// Each conversion starts from a file in the first format (written from the
// sample), converts it to the second, reads that back, and checks that what
// the second format can carry is what the sample holds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readNetworkFiles, runConvert } from '../../src/cli/convert-command';
import { cli } from './run';
import { networkFiles, type WriteFormat } from '../../src/io/network-files';
import { writeXlsx } from '../../src/io/xlsx';
import { parseNetwork } from '../../src/model/validate';
import { spanishOf } from '../../src/model/localized';
import type { Network } from '../../src/model/types';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';

const dir = mkdtempSync(join(tmpdir(), 'puentes-convert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORMATS: WriteFormat[] = ['json', 'csv', 'edges', 'xlsx', 'gexf', 'graphml'];
const samples: [string, Network][] = [
  ['lima', parseNetwork(lima).network!],
  ['macro-sur', parseNetwork(macroSur).network!],
];

/** Writes `network` as `format` into the scratch folder; returns the paths to give `convert` as input. */
async function writeAs(network: Network, format: WriteFormat, base: string): Promise<string[]> {
  const files = await networkFiles(network, format, join(dir, base), 'es', writeXlsx);
  for (const file of files) writeFileSync(file.name, typeof file.content === 'string' ? file.content : Buffer.from(file.content));
  return files.map((f) => f.name);
}

const outputPath = (format: WriteFormat, base: string) => join(dir, `${base}.${format === 'edges' || format === 'csv' ? 'csv' : format}`);

/** What every format keeps of a network: the actors and ties with their main fields. */
const full = (n: Network) => ({
  actors: n.actors.map((a) => [a.id, spanishOf(a.name), a.sector, a.region, a.influence, a.vpInterest, a.vpKnowledge, a.basis]),
  ties: n.ties.map((t) => [t.id, t.source, t.target, t.type, t.directed ?? false, t.trust, t.strength, t.basis]),
});
/** What an edge list keeps: the actors that have ties, by id, and each tie's ends and strength. */
const edgesOnly = (n: Network) => ({
  actors: [...new Set(n.ties.flatMap((t) => [t.source, t.target]))].sort(),
  ties: n.ties.map((t) => [t.source, t.target, t.strength]),
});

describe('npm run cli -- convert, every pair of formats', () => {
  for (const [name, network] of samples) {
    for (const from of FORMATS) {
      for (const to of FORMATS) {
        if (from === to) continue;
        it(`${name}: ${from} → ${to}`, async () => {
          const inputs = await writeAs(network, from, `${name}-from-${from}-${to}`);
          const out = outputPath(to, `${name}-${from}-to-${to}`);
          const outcome = await runConvert(inputs, out, { lang: 'es', edgeList: to === 'edges', skipBad: false });
          expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
          expect(outcome.code).toBe(0);
          for (const file of outcome.files)
            writeFileSync(file.name, typeof file.content === 'string' ? file.content : Buffer.from(file.content));
          const { network: back, problems } = await readNetworkFiles(outcome.files.map((f) => f.name));
          expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
          if (from === 'edges' || to === 'edges') {
            const got = edgesOnly(back!);
            expect({ ...got, actors: back!.actors.map((a) => a.id).sort() }).toEqual(edgesOnly(network));
          } else expect(full(back!)).toEqual(full(network));
        });
      }
    }
  }
});

describe('npm run cli -- convert, as a user runs it', () => {
  it('converts the Lima sample to GraphML and says what it wrote', () => {
    const out = join(dir, 'lima-cli.graphml');
    const result = cli('convert', 'data/lima-2010.json', out);
    expect(result.stderr).toContain(`wrote ${out}`);
    expect(result.code).toBe(0);
  }, 60_000);

  it('refuses a file with records it would leave out, with their places, and writes nothing', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'nombre,sector\nDefensoría del Pueblo,Estado\nSin sector,planeta\n');
    const out = join(dir, 'bad.json');
    const result = cli('convert', bad, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${bad} row 3, column "sector"`);
    expect(result.stderr).toContain('nothing written');
    expect(cli('convert', bad, out, '--skip-bad').code).toBe(0);
  }, 60_000);

  it('reports deeply nested JSON as a located problem, not a stack overflow', () => {
    const deep = join(dir, 'deep.json');
    writeFileSync(deep, '['.repeat(200_000) + ']'.repeat(200_000));
    const result = cli('convert', deep, join(dir, 'deep.gexf'));
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/RangeError|Maximum call stack/);
    expect(result.stderr).toContain(`${deep}: nests more than 64 levels deep (at character 65)`);
  }, 60_000);

  it('reports deep nesting hidden inside an actor the same way', () => {
    const deep = join(dir, 'deep-actor.json');
    const nested = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    writeFileSync(
      deep,
      `{"schemaVersion":2,"id":"x","title":"x","actors":[{"id":"a","name":"A","sector":"state","extra":${nested}}],"ties":[]}`,
    );
    const result = cli('convert', deep, join(dir, 'deep-actor.gexf'));
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/RangeError|Maximum call stack/);
    expect(result.stderr).toContain(`${deep}: nests more than 64 levels deep`);
  }, 60_000);

  it('reports a file over the size limit as a located problem', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, `{"pad":"${'x'.repeat((MAX_FILE_MEGABYTES + 1) * 1024 * 1024)}"}`);
    const result = cli('convert', big, join(dir, 'big.gexf'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${big}: is larger than ${MAX_FILE_MEGABYTES} MB`);
  }, 60_000);
});
