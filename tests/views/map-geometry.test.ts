// Where the map puts things, in pixels: the fitted projection, the tile grid,
// where each region's marks gather, clusters, arcs and the scale bar. The
// expected figures are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { geoContains, geoEquirectangular, geoPath } from 'd3-geo';
import type { RegionSummary } from '../../src/analysis/regions';
import {
  CLUSTER_OVER,
  PERU_REGIONS,
  PERU_SHAPES,
  arcColor,
  arcPath,
  arcWidth,
  fitProjection,
  placeMarks,
  regionAnchors,
  regionsOf,
  scaleBar,
  shapesOf,
  tileCorner,
  tileGrid,
} from '../../src/views/map/map-geometry';
import type { UserBoundaries } from '../../src/io/boundaries';

describe('regionsOf(boundaries) and shapesOf(boundaries)', () => {
  it("are Peru's 26 regions north to south by capital when the user has none", () => {
    expect(regionsOf(null)).toHaveLength(26);
    expect(shapesOf(null)).toHaveLength(26);
    // Tumbes (capital at 3.57° S) is the northernmost, Loreto (Iquitos, 3.75° S) next; Tacna (18.01° S) the last.
    expect(PERU_REGIONS.slice(0, 2).map((r) => r.code)).toEqual(['PE-TUM', 'PE-LOR']);
    expect(PERU_REGIONS.at(-1)!.code).toBe('PE-TAC');
  });

  it("take the codes and names from the user's properties, without tiles or Macro Sur", () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    const custom: UserBoundaries = {
      fileName: 'mine.geojson',
      codeProperty: 'iso',
      nameProperty: 'label',
      features: [
        { type: 'Feature', geometry: square, properties: { iso: 'CO-DC', label: 'Bogotá' } },
        { type: 'Feature', geometry: square, properties: { iso: 7 } },
      ],
    };
    expect(regionsOf(custom)).toEqual([
      { code: 'CO-DC', name: 'Bogotá', macroSur: false, capital: null, tile: null },
      // A number is read as its text; a missing name is empty (the view then falls back to the code's name).
      { code: '7', name: '', macroSur: false, capital: null, tile: null },
    ]);
    expect(shapesOf(custom).map((s) => s.properties)).toEqual([{ code: 'CO-DC' }, { code: '7' }]);
    expect(regionsOf({ ...custom, nameProperty: null })[0]!.name).toBeNull();
  });
});

describe('fitProjection(shapes, width, mapHeight)', () => {
  it("fits Peru inside the map's part of the canvas: 16 px margins, the right 22 % left to the legend", () => {
    // 1000 × 600: the extent is x 16–780 (0.78 × 1000) and y 16–584.
    const [[x0, y0], [x1, y1]] = geoPath(fitProjection(PERU_SHAPES, 1000, 600)).bounds({
      type: 'FeatureCollection',
      features: PERU_SHAPES,
    });
    expect(x0).toBeGreaterThanOrEqual(16 - 1e-6);
    expect(y0).toBeGreaterThanOrEqual(16 - 1e-6);
    expect(x1).toBeLessThanOrEqual(780 + 1e-6);
    expect(y1).toBeLessThanOrEqual(584 + 1e-6);
    // Fitted, not merely inside: Peru is taller than wide here, so it spans the full height.
    expect(y1 - y0).toBeCloseTo(568, 3);
  });
});

describe('tileGrid(width, mapHeight) and tileCorner(grid, tile)', () => {
  it('makes the largest square tiles that fit 6 × 8 in the map area, centred', () => {
    // 1000 × 600: the area is 748 (780 − 32) by 568 (600 − 32); a tile is min(748 / 6 ≈ 124.7, 568 / 8 = 71) = 71.
    // The grid is 426 wide, so it starts at 16 + (748 − 426) / 2 = 177; it fills the height, so at y 16.
    const grid = tileGrid(1000, 600);
    expect(grid).toEqual({ size: 71, origin: { x: 177, y: 16 } });
    // Amazonas is at column 2, row 1: 177 + 2 × 71 = 319, 16 + 71 = 87.
    expect(tileCorner(grid, { col: 2, row: 1 })).toEqual({ x: 319, y: 87 });
    expect(tileCorner(grid, null)).toEqual({ x: 177, y: 16 });
  });
});

describe('regionAnchors(regions, layout, place)', () => {
  const shapes = PERU_SHAPES;
  const projection = fitProjection(shapes, 1000, 600);
  const grid = tileGrid(1000, 600);

  it("gathers a region's marks at its tile's centre, 6 px low to clear the tile's name", () => {
    // Amazonas's tile is at (319, 87), 71 wide: its centre is (354.5, 122.5), the anchor (354.5, 128.5).
    const anchors = regionAnchors(PERU_REGIONS, 'tiles', { grid, shapes, projection });
    expect(anchors.get('PE-AMA')).toEqual({ x: 354.5, y: 128.5 });
    expect(anchors.size).toBe(26);
  });

  it("on the map, inside the region's shape; Lima Metropolitana at its capital", () => {
    const anchors = regionAnchors(PERU_REGIONS, 'geo', { grid, shapes, projection });
    for (const code of ['PE-CUS', 'PE-LOR', 'PE-PUN']) {
      const { x, y } = anchors.get(code)!;
      const shape = shapes.find((s) => s.properties.code === code)!;
      expect(geoContains(shape, projection.invert!([x, y])!), code).toBe(true);
    }
    // Lima's capital is at 77.04° W, 12.05° S (peru-regions.json).
    const [x, y] = projection([-77.04, -12.05])!;
    expect(anchors.get('PE-LMA')!.x).toBeCloseTo(x, 9);
    expect(anchors.get('PE-LMA')!.y).toBeCloseTo(y, 9);
  });
});

describe('placeMarks(regions, anchors, view, look)', () => {
  const region = (code: string, count: number): [string, RegionSummary] => [
    code,
    {
      code,
      actors: Array.from({ length: count }, (_, i) => `${code}-${i}`),
      bySector: {},
      byPillar: {},
      companies: 0,
      missing: [],
      innerTies: 0,
    },
  ];
  const regions = new Map([region('A', CLUSTER_OVER + 1), region('B', 2), region('C', 1)]);
  // C has no anchor (a region not drawn): its actor is not placed.
  const anchors = new Map([
    ['A', { x: 100, y: 100 }],
    ['B', { x: 200, y: 50 }],
  ]);
  const look = (id: string) => ({ r: 8, fill: '#123456', label: id.toUpperCase() });

  it('shows a crowded region as one cluster with its count, the others as marks', () => {
    const { marks, clusters } = placeMarks(regions, anchors, { zoom: 1, opened: new Set() }, look);
    expect(clusters).toEqual([{ code: 'A', x: 100, y: 100, count: 7 }]);
    expect(marks.map((m) => m.id)).toEqual(['B-0', 'B-1']);
    expect(marks[0]).toMatchObject({ r: 8, fill: '#123456', label: 'B-0' });
  });

  it('opens a cluster the user opened, and every cluster from zoom 2.5', () => {
    expect(placeMarks(regions, anchors, { zoom: 1, opened: new Set(['A']) }, look).clusters).toEqual([]);
    expect(placeMarks(regions, anchors, { zoom: 2.4, opened: new Set() }, look).clusters).toHaveLength(1);
    const open = placeMarks(regions, anchors, { zoom: 2.5, opened: new Set() }, look);
    expect(open.clusters).toEqual([]);
    expect(open.marks).toHaveLength(9);
  });

  it('keeps marks their size on screen when zoomed: radius and spacing over √zoom', () => {
    // Zoom 4: r = 8 / 2 = 4; spacing 9 / 2 = 4.5, so B's first mark is 4.5 × √0.5 ≈ 3.18 from the anchor, its second 4.5 × √1.5 ≈ 5.51.
    const [first, second] = placeMarks(regions, anchors, { zoom: 4, opened: new Set() }, look).marks.filter((m) => m.id.startsWith('B'));
    expect(first!.r).toBe(4);
    expect(Math.hypot(first!.x - 200, first!.y - 50)).toBeCloseTo(4.5 * Math.SQRT1_2, 9);
    expect(Math.hypot(second!.x - 200, second!.y - 50)).toBeCloseTo(4.5 * Math.sqrt(1.5), 9);
  });
});

describe('arcs between regions', () => {
  it('arcPath(a, b) bends a fifth of the length to one side of the direction of travel', () => {
    // From (0,0) to (10,0): midpoint (5,0), dx 10, dy 0 → control (5 − 0, 0 + 10 × 0.2) = (5, 2).
    expect(arcPath({ x: 0, y: 0 }, { x: 10, y: 0 })).toBe('M0,0 Q5,2 10,0');
    // Travelling the other way, the bend stays on the same hand of the traveller, so it flips: dx −10 → (5, −2).
    expect(arcPath({ x: 10, y: 0 }, { x: 0, y: 0 })).toBe('M10,0 Q5,-2 0,0');
  });

  it('arcColor(meanTrust) is blue above 0.5, red below −0.5, grey between and light grey unassessed', () => {
    expect(arcColor(0.6)).toBe('#1f6fb2');
    expect(arcColor(-0.6)).toBe('#c0392b');
    expect(arcColor(0.5)).toBe('#6b6b6b');
    expect(arcColor(-0.5)).toBe('#6b6b6b');
    expect(arcColor(null)).toBe('#9a9a9a');
  });

  it('arcWidth(count, max, zoom) runs from 1 px to 6 px for the busiest pair, over √zoom', () => {
    expect(arcWidth(6, 6, 1)).toBe(6);
    // 3 of 6 ties at zoom 4: (1 + 5 × 3 / 6) / 2 = 3.5 / 2 = 1.75.
    expect(arcWidth(3, 6, 4)).toBe(1.75);
  });
});

describe('scaleBar(projection, mapHeight, zoom)', () => {
  // Equirectangular at scale 1000, the equator at y = 500: the bar's line in a 524 px map (24 px above its bottom).
  // There 100 px is 0.1 radian of the equator: 0.1 × 6371 = 637.1 km.
  const projection = geoEquirectangular().scale(1000).translate([0, 500]);

  it('is the first round distance at least 80 px long, 24 px above the bottom', () => {
    // Zoom 1: 637.1 km per 100 px; 500 km would be 78.5 px (too short), so 1000 km: 1000 / 637.1 × 100 ≈ 156.96 px.
    const one = scaleBar(projection, 524, 1)!;
    expect(one.km).toBe(1000);
    expect(one.px).toBeCloseTo(156.96, 2);
    expect(one.y).toBe(500);
    // Zoom 4: 159.275 km per 100 px; 100 km is 62.8 px, 200 km is 125.57 px.
    const four = scaleBar(projection, 524, 4)!;
    expect(four.km).toBe(200);
    expect(four.px).toBeCloseTo(125.57, 2);
    // Zoom 12: 53.09 km per 100 px; 50 km is 94.18 px.
    expect(scaleBar(projection, 524, 12)!.km).toBe(50);
  });
});
