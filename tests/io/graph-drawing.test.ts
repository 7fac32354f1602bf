// What a GEXF or GraphML file from another tool says beyond its data: which attribute names the nodes, where the
// file drew them and in what colour, and a node attribute named like one of our fields. The files are in
// tests/fixtures/handmade, written by hand; every expected value is worked out in the comments.
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { NODE_ID, readGraphFile, type GraphReadOptions } from '../../src/io/graph-formats';
import { localize } from '../../src/model/localized';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/handmade/${name}`, import.meta.url), 'utf8');
const read = (name: string, options: GraphReadOptions = {}) =>
  readGraphFile(fixture(name), name, name.endsWith('.gexf') ? 'gexf' : 'graphml', new DOMParser() as never, options);
const names = (result: ReturnType<typeof read>) => result.network!.actors.map((a) => localize(a.name, 'es'));

describe('readGraphFile: a GraphML whose labels are in "tooltip" and its drawing in "x" and "y"', () => {
  it('names the actors from "tooltip", the likeliest attribute, not from the node ids 0–3', () => {
    const result = read('tooltip-xy.graphml');
    expect(names(result)).toEqual(['Defensoría del Pueblo', 'Comunidad de Fuerabamba', 'Las Bambas', 'Gobierno Regional de Apurímac']);
    // "tooltip" is named like a label; "codigo" looks like names too (text, all different); "grupo" is numbers.
    expect(result.drawing?.labelAttribute).toBe('tooltip');
    expect(result.drawing?.candidates.map((c) => [c.attribute, c.likely])).toEqual([
      ['tooltip', true],
      ['codigo', true],
      ['grupo', false],
    ]);
    // The label is the name, not also an extra attribute; the others stay.
    expect(result.network!.actors[0]?.extra).toEqual({ codigo: 'DP', grupo: '1' });
  });

  it('names them from another attribute, or the node id, when the user picks it', () => {
    const byCode = read('tooltip-xy.graphml', { labelAttribute: 'codigo' });
    expect(names(byCode)).toEqual(['DP', 'CF', 'LB', 'GRA']);
    expect(byCode.network!.actors[0]?.extra).toEqual({ tooltip: 'Defensoría del Pueblo', grupo: '1' });
    expect(names(read('tooltip-xy.graphml', { labelAttribute: NODE_ID }))).toEqual(['0', '1', '2', '3']);
  });

  it('keeps the positions, y turned over to point down as on screen, scaled to 150 units per √nodes', () => {
    // File: 0 at (0, 0), 1 at (300, 0), 2 at (300, 200), 3 at (0, 200), y up. Turned over: y = 0, 0, −200, −200.
    // Larger side 300 → 150·√4 = 300: scale 1; centred on (150, −100).
    expect(read('tooltip-xy.graphml').drawing?.positions).toEqual({
      '0': { x: -150, y: 100 },
      '1': { x: 150, y: 100 },
      '2': { x: 150, y: -100 },
      '3': { x: -150, y: -100 },
    });
  });
});

describe('readGraphFile: a Gephi GEXF with a "source" node attribute, viz positions and colours', () => {
  it('keeps "source" as an extra attribute with its values, said once, instead of emptying it on every node', () => {
    const { network, problems } = read('blogs-source.gexf');
    expect(names({ network, problems })).toEqual(['100monkeystyping.com', '12thharmonic.com/wordpress', '40ozblog.blogspot.com']);
    expect(network!.actors.map((a) => a.extra?.source)).toEqual(['Blogarama', 'BlogCatalog', 'Blogarama,BlogCatalog']);
    expect(network!.actors.every((a) => a.sources.length === 0)).toBe(true);
    // No problem per node: one line about the attribute, besides the sector and tie-type assumptions.
    expect(problems.filter((p) => p.path.includes(' row '))).toEqual([]);
    const kept = problems.filter((p) => p.message.includes('"source"'));
    expect(kept).toHaveLength(1);
    expect(kept[0]?.messageEs).toContain('se conservaron como el atributo adicional «source»');
  });

  it('keeps viz:color as "#rrggbb" and viz:size as extra attributes, or drops them when asked', () => {
    // viz:color r=0 g=0 b=255 → #0000ff; r=255 g=0 b=0 → #ff0000. viz:size 10.0 → "10".
    const { network, drawing } = read('blogs-source.gexf');
    expect(network!.actors.map((a) => [a.extra?.color, a.extra?.size])).toEqual([
      ['#0000ff', '10'],
      ['#0000ff', '4.5'],
      ['#ff0000', '6'],
    ]);
    expect(drawing?.styled).toBe(3);
    const dropped = read('blogs-source.gexf', { keepStyling: false }).network!;
    expect(dropped.actors.map((a) => Object.keys(a.extra ?? {}).sort())).toEqual([
      ['source', 'value'],
      ['source', 'value'],
      ['source', 'value'],
    ]);
  });

  it('keeps the viz:positions in the same arrangement', () => {
    // Turned over: 1 (−50, −20), 2 (40, 30), 3 (10, −60). Both sides span 90 → scale 150·√3/90 = 2.8868;
    // centre (−5, −15). 1 → (−45, −5)·2.8868 = (−129.90, −14.43); 2 → (45, 45)·s = (129.90, 129.90);
    // 3 → (15, −45)·s = (43.30, −129.90): 3 drawn highest, 2 lowest, 1 leftmost.
    const positions = read('blogs-source.gexf').drawing!.positions!;
    expect(positions['1']!.x).toBeCloseTo(-129.9, 1);
    expect(positions['1']!.y).toBeCloseTo(-14.43, 1);
    expect(positions['2']!.x).toBeCloseTo(129.9, 1);
    expect(positions['2']!.y).toBeCloseTo(129.9, 1);
    expect(positions['3']!.x).toBeCloseTo(43.3, 1);
    expect(positions['3']!.y).toBeCloseTo(-129.9, 1);
  });
});
