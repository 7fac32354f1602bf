// Boundaries of one's own: the property holding the actors' region codes is
// found, and files that are not usable boundaries are refused with their place.
import { describe, expect, it } from 'vitest';
import { readBoundaries } from '../../src/io/boundaries';

const square = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ],
});
const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
// Two Colombian departments, their codes in "iso" (the actors use CO-CUN and CO-ANT) and a DANE number in "dpto".
const colombia = collection([
  { type: 'Feature', properties: { iso: 'CO-CUN', dpto: '25', name: 'Cundinamarca' }, geometry: square(-74, 4) },
  { type: 'Feature', properties: { iso: 'CO-ANT', dpto: '05', name: 'Antioquia' }, geometry: square(-76, 6) },
  { type: 'Feature', properties: { iso: 'CO-X' }, geometry: { type: 'Point', coordinates: [0, 0] } },
]);

describe('readBoundaries', () => {
  it('picks the property that holds the actors’ region codes, and a name, and leaves out what is not a polygon', () => {
    const { boundaries, problems, candidates } = readBoundaries(colombia, 'colombia.geojson', ['CO-CUN', 'CO-ANT', 'CO-VAC']);
    expect(boundaries).toMatchObject({ codeProperty: 'iso', nameProperty: 'name', fileName: 'colombia.geojson' });
    expect(boundaries?.features).toHaveLength(2);
    expect(candidates[0]).toEqual({ property: 'iso', matches: 2 });
    expect(problems).toEqual([expect.objectContaining({ path: 'colombia.geojson feature 3', severity: 'warning' })]);
  });

  it('reads TopoJSON too', () => {
    const topology = JSON.stringify({
      type: 'Topology',
      arcs: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
      objects: { deps: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { code: 'CO-CUN' } }] } },
    });
    expect(readBoundaries(topology, 'co.topojson', ['CO-CUN']).boundaries?.codeProperty).toBe('code');
  });

  it('refuses, with the place and in both languages, a file whose codes match no actor’s region', () => {
    const { boundaries, problems } = readBoundaries(colombia, 'colombia.geojson', ['PE-CUS']);
    expect(boundaries).toBeNull();
    expect(problems.at(-1)).toMatchObject({ path: 'colombia.geojson, property "iso"', severity: 'error' });
    expect(problems.at(-1)?.messageEs).toContain('(como PE-CUS)');
  });

  it.each([
    ['not JSON', '{"type": "FeatureCollection", ', 'is not valid JSON'],
    ['neither GeoJSON nor TopoJSON', '{"type": "Feature"}', 'neither a GeoJSON FeatureCollection nor a TopoJSON topology'],
    [
      'only points',
      collection([{ type: 'Feature', properties: { iso: 'CO-CUN' }, geometry: { type: 'Point', coordinates: [1, 2] } }]),
      'has no polygons',
    ],
    ['nested 100 000 levels deep', '['.repeat(100_000) + ']'.repeat(100_000), 'nests more than 64 levels deep'],
    ['over 10 MB', ' '.repeat(11 * 1024 * 1024), 'is larger than 10 MB'],
  ])('refuses a file that is %s', (_what, text, message) => {
    const { boundaries, problems } = readBoundaries(text, 'bad.json', ['CO-CUN']);
    expect(boundaries).toBeNull();
    expect(problems.find((p) => p.severity === 'error')?.message).toContain(message);
    expect(problems.find((p) => p.severity === 'error')?.path).toBe('bad.json');
  });
});
