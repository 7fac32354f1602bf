// Model → file → model for the native JSON and Excel formats, over arbitrary
// Unicode names and attribute values (CSV, GEXF and GraphML have their own files).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../src/io/columns';
import { networkToTables } from '../../src/io/table-export';
import { tablesToNetwork } from '../../src/io/table-import';
import { readXlsx, writeXlsx } from '../../src/io/xlsx';
import { parseNetwork, parseNetworkJson } from '../../src/model/validate';
import type { Network } from '../../src/model/types';

const text = fc
  .string({ unit: 'grapheme', maxLength: 24 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0 && !s.includes(';') && !/\|/.test(s));
const actorsArbitrary = fc.array(
  fc.record({
    // A plain name, or a name in Spanish and English.
    name: fc.oneof(text, fc.record({ es: text, en: text })),
    notes: fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.trim()),
    influence: fc.option(fc.integer({ min: 1, max: 5 })),
    extra: text,
  }),
  { minLength: 2, maxLength: 5 },
);

function networkOf(rows: { name: string | { es: string; en: string }; notes: string; influence: number | null; extra: string }[]): Network {
  return parseNetwork({
    schemaVersion: 3,
    id: 'p',
    title: { en: 'P', es: 'P' },
    actors: rows.map((r, i) => ({
      id: `a${i}`,
      name: r.name,
      sector: 'civil_society',
      notes: r.notes,
      influence: r.influence,
      basis: 'documented',
      sources: [{ doc: 'seed.txt', locator: { es: `fila ${i}`, en: `row ${i}` } }],
      fieldBasis: r.influence ? { influence: 'assumed' } : {},
      extra: { field: r.extra },
    })),
    ties: [{ id: 't', source: 'a0', target: 'a1', type: 'coordination', trust: -1, strength: 3, since: '2017-08', basis: 'inferred' }],
  }).network as Network;
}

describe('round trips (property)', () => {
  it('native JSON gives back the same network', () => {
    fc.assert(
      fc.property(actorsArbitrary, (rows) => {
        const source = networkOf(rows);
        const { network, problems } = parseNetworkJson(JSON.stringify(source), 'p.json');
        expect(problems).toEqual([]);
        expect(network).toEqual(source);
      }),
      { numRuns: 60 },
    );
  });

  it('an Excel workbook gives back the same actors and ties', async () => {
    await fc.assert(
      fc.asyncProperty(actorsArbitrary, async (rows) => {
        const source = networkOf(rows);
        const { actors, ties } = networkToTables(source, 'es');
        const { tables } = await readXlsx(
          await writeXlsx([
            { name: 'actores', table: actors },
            { name: 'vinculos', table: ties },
          ]),
          'p.xlsx',
        );
        const [a, t] = tables;
        const { network, problems } = tablesToNetwork(a!, proposeMapping('actors', a!.headers), t!, proposeMapping('ties', t!.headers), {
          id: 'p',
          title: 'P',
        });
        expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(network?.actors).toEqual(source.actors);
        expect(network?.ties).toEqual(source.ties);
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
