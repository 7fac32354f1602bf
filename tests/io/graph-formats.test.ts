import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGraphFile, writeGexf, writeGraphml, type XmlParser } from '../../src/io/graph-formats';
import { parseNetwork } from '../../src/model/validate';
import type { Network } from '../../src/model/types';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';

/** Node's stand-in for the browser's DOMParser: a fatal error throws, as a parsererror would be found. */
const xml: XmlParser = {
  parseFromString: (text, type) =>
    new DOMParser({
      errorHandler: {
        warning: () => {},
        error: (message: string) => {
          throw new Error(message);
        },
        fatalError: (message: string) => {
          throw new Error(message);
        },
      },
    }).parseFromString(text, type) as unknown as Document,
};

const samples: [string, unknown][] = [
  ['lima-2010', lima],
  ['macro-sur-2017', macroSur],
];

describe.each(['gexf', 'graphml'] as const)('%s', (format) => {
  const write = format === 'gexf' ? writeGexf : writeGraphml;

  it.each(samples)('round-trips %s with every attribute', (_name, file) => {
    const original = parseNetwork(file).network!;
    const { network, problems } = readGraphFile(write(original), `net.${format}`, format, xml);
    expect(problems).toEqual([]);
    expect(network?.actors).toEqual(original.actors);
    expect(network?.ties).toEqual(original.ties);
  });

  it('round-trips arbitrary Unicode names and notes, markup included (property)', () => {
    const text = fc
      .string({ unit: 'grapheme', maxLength: 25 })
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && !s.includes(';') && !/\|/.test(s));
    fc.assert(
      fc.property(fc.array(fc.record({ name: text, notes: text }), { minLength: 2, maxLength: 5 }), (rows) => {
        const source = parseNetwork({
          schemaVersion: 3,
          id: 'p',
          title: 'P',
          actors: rows.map((r, i) => ({
            id: `a${i}`,
            name: r.name,
            sector: 'academia',
            notes: r.notes,
            basis: 'documented',
            sources: [{ doc: 'd.txt', locator: 'p. 1' }],
          })),
          ties: [{ id: 't', source: 'a0', target: 'a1', type: 'training', strength: 2, basis: 'inferred' }],
        }).network as Network;
        const { network, problems } = readGraphFile(write(source), `p.${format}`, format, xml);
        // Two actors may share a name: that is a warning, and both are kept.
        expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(network?.actors).toEqual(source.actors);
        expect(network?.ties).toEqual(source.ties);
      }),
      { numRuns: 60 },
    );
  });
});

describe('hostile and foreign XML', () => {
  const billionLaughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><gexf><graph><nodes><node id="a" label="&lol2;"/></nodes></graph></gexf>`;

  it('refuses a file with a DOCTYPE or entities, before parsing it', () => {
    const { network, problems } = readGraphFile(billionLaughs, 'lol.gexf', 'gexf', xml);
    expect(network).toBeNull();
    expect(problems[0]?.message).toContain('DOCTYPE or entities');
  });

  it('reports unclosed tags as malformed XML', () => {
    const { network, problems } = readGraphFile('<graphml><graph><node id="a"></graph>', 'bad.graphml', 'graphml', xml);
    expect(network).toBeNull();
    expect(problems[0]).toMatchObject({ path: 'bad.graphml', code: 'bad-format' });
  });

  it('reads a Gephi file without sectors or tie types, saying what it assumed', () => {
    const gephi = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
<attributes class="node"><attribute id="0" title="budget" type="integer"/></attributes>
<nodes><node id="n1" label="Comunidad de Fuerabamba"><attvalues><attvalue for="0" value="12"/></attvalues></node><node id="n2" label="Las Bambas"/></nodes>
<edges><edge id="e1" source="n1" target="n2" weight="2"/></edges></graph></gexf>`;
    const { network, problems } = readGraphFile(gephi, 'gephi.gexf', 'gexf', xml);
    expect(network?.actors.map((a) => [a.name, a.sector, a.basis, a.extra])).toEqual([
      ['Comunidad de Fuerabamba', 'civil_society', 'assumed', { budget: '12' }],
      ['Las Bambas', 'civil_society', 'assumed', undefined],
    ]);
    // Its one weight, 2, is on the strength scale (1–3) already, and the report says so.
    expect(network?.ties[0]).toMatchObject({ type: 'collaboration', basis: 'assumed', strength: 2 });
    expect(problems.map((p) => p.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(problems[2]?.message).toContain('read as tie strength on its own scale');
  });

  it('escapes markup in exported text', () => {
    const net = parseNetwork({
      schemaVersion: 3,
      id: 'x',
      title: 'X',
      actors: [{ id: 'a', name: '</text><script>alert(1)</script>', sector: 'state', basis: 'documented' }],
      ties: [],
    }).network!;
    for (const out of [writeGexf(net), writeGraphml(net)]) {
      expect(out).not.toContain('<script>');
      expect(out).toMatch(/&lt;\/text(&gt;|>)&lt;script/);
    }
  });
});
