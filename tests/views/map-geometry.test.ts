// Where the map puts things, in pixels: the fitted projection, the tile grid,
// where each region's marks gather, clusters, arcs and the scale bar. The
// expected figures are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { geoCentroid, geoContains, geoEquirectangular, geoPath } from 'd3-geo';
import type { RegionSummary } from '../../src/analysis/regions';
import {
  CLUSTER_OVER,
  PERU_REGIONS,
  PERU_SHAPES,
  arcColor,
  arcPath,
  arcWidth,
  fitProjection,
  fitSunflower,
  placeMarks,
  pointInside,
  regionAnchors,
  regionsOf,
  scaleBar,
  shapesOf,
  tileCorner,
  tileGrid,
  tileRoom,
  type Shape,
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

describe('tileGrid(width, mapHeight), tileCorner(grid, tile) and tileRoom(grid, tile, band)', () => {
  it('makes the largest equal tiles that fit 6 × 8 in the map area, up to 1.6 times wider than tall, centred', () => {
    // 1000 × 600: the area is 748 (780 − 32) by 568 (600 − 32); a tile is min(748 / 6 ≈ 124.7, 568 / 8 = 71) = 71 tall
    // and min(124.7, 71 × 1.6 = 113.6) = 113.6 wide. The grid is 681.6 wide, so it starts at 16 + (748 − 681.6) / 2 = 49.2;
    // it fills the height, so at y 16.
    const grid = tileGrid(1000, 600);
    expect(grid.width).toBeCloseTo(113.6, 9);
    expect(grid.height).toBe(71);
    expect(grid.origin.x).toBeCloseTo(49.2, 9);
    expect(grid.origin.y).toBe(16);
    // Amazonas is at column 2, row 1: 49.2 + 2 × 113.6 = 276.4, 16 + 71 = 87.
    expect(tileCorner(grid, { col: 2, row: 1 }).x).toBeCloseTo(276.4, 9);
    expect(tileCorner(grid, { col: 2, row: 1 }).y).toBe(87);
    expect(tileCorner(grid, null)).toEqual(grid.origin);
  });

  it('keeps square tiles where the area is narrow', () => {
    // 500 × 1000: the area is 358 (390 − 32) by 968; a tile is min(358 / 6 ≈ 59.67, 121) wide and tall.
    const grid = tileGrid(500, 1000);
    expect(grid.width).toBeCloseTo(358 / 6, 9);
    expect(grid.height).toBeCloseTo(358 / 6, 9);
  });

  it("gives a tile's marks the part below its name, 3 px in from its edges", () => {
    // A 100 × 60 tile at (0, 0) with a 20 px name: x 3–97, y 20–57; its centre (50, 38.5), its room min(94, 37) / 2 = 18.5.
    const grid = { width: 100, height: 60, origin: { x: 0, y: 0 } };
    expect(tileRoom(grid, { col: 0, row: 0 }, 20)).toEqual({ x: 50, y: 38.5, reach: 18.5 });
  });
});

describe('pointInside(shape)', () => {
  it("is a point inside a U-shaped region, whose centroid falls in the U's gap", () => {
    // A 3° square less a 1° × 2° notch from its top middle (x 1–2, y 1–3), clockwise as d3-geo wants its rings.
    // Near the equator the centroid is close to the plane's: x 1.5, y (9 × 1.5 − 2 × 2) / 7 ≈ 1.36, in the notch.
    // The 16 × 16 grid's points are 0.1875° apart from 0.09375°; the nearest inside is under the notch (y < 1):
    // y 0.84375, x 1.40625 or 1.59375 (equally far).
    const u: Shape = {
      type: 'Feature',
      properties: { code: 'U' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0, 3],
            [1, 3],
            [1, 1],
            [2, 1],
            [2, 3],
            [3, 3],
            [3, 0],
            [0, 0],
          ],
        ],
      },
    };
    const [x, y] = pointInside(u);
    expect(geoContains(u, [x, y])).toBe(true);
    // (To 4 decimals: the bounds d3-geo gives are spherical, a hair off 0 and 3.)
    expect(y).toBeCloseTo(0.84375, 4);
    expect(Math.abs(x - 1.5)).toBeCloseTo(0.09375, 4);
  });

  it('is the centroid of a region that contains it', () => {
    const cusco = PERU_SHAPES.find((s) => s.properties.code === 'PE-CUS')!;
    expect(pointInside(cusco)).toEqual(geoCentroid(cusco));
  });
});

describe('regionAnchors(regions, layout, place)', () => {
  const shapes = PERU_SHAPES;
  const projection = fitProjection(shapes, 1000, 600);
  const grid = tileGrid(1000, 600);

  it("gathers a region's marks in its tile below the name", () => {
    // Amazonas's tile is at (276.4, 87), 113.6 × 71. With the 16 px name band of a one-line name, its marks go in
    // x 279.4–387, y 103–155: centre (333.2, 129). With a 27 px band (two lines): y 114–155, centre 134.5.
    const anchors = regionAnchors(PERU_REGIONS, 'tiles', { grid, shapes, projection });
    expect(anchors.get('PE-AMA')!.x).toBeCloseTo(333.2, 9);
    expect(anchors.get('PE-AMA')!.y).toBeCloseTo(129, 9);
    expect(anchors.size).toBe(26);
    const bands = new Map([['PE-AMA', 27]]);
    expect(regionAnchors(PERU_REGIONS, 'tiles', { grid, shapes, projection, bands }).get('PE-AMA')!.y).toBeCloseTo(134.5, 9);
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
    // The cluster's radius grows with its count: 10 + √7 × 2 ≈ 15.29.
    expect(clusters).toEqual([{ code: 'A', x: 100, y: 100, r: 10 + Math.sqrt(7) * 2, count: 7 }]);
    expect(marks.map((m) => m.id)).toEqual(['B-0', 'B-1']);
    expect(marks[0]).toMatchObject({ code: 'B', r: 8, fill: '#123456', label: 'B-0' });
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

describe('fitSunflower(count, spacing, r, reach, minRadius)', () => {
  it('keeps the spacing when the marks fit', () => {
    // One mark sits on the centre: 5 ≤ 10. Three: the outermost at 9 × √2.5 ≈ 14.23, plus 5 = 19.23 ≤ 20.
    expect(fitSunflower(1, 9, 5, 10, 2)).toEqual({ spacing: 9, scale: 1 });
    expect(fitSunflower(3, 9, 5, 20, 2)).toEqual({ spacing: 9, scale: 1 });
  });

  it('packs the marks closer, at full size, while they do not overlap', () => {
    // Three of radius 2 at spacing 20 reach 20 × √2.5 + 2 ≈ 33.6 > 20; closer: (20 − 2) / √2.5 ≈ 11.38 ≥ 4.
    const fit = fitSunflower(3, 20, 2, 20, 1)!;
    expect(fit.spacing).toBeCloseTo(18 / Math.sqrt(2.5), 9);
    expect(fit.scale).toBe(1);
  });

  it('draws them smaller when even touching they do not fit, and gives up below the smallest size', () => {
    // Three of radius 5 in 18: closer would be 13 / √2.5 ≈ 8.22 < 10, so scale 18 / (5 × (2√2.5 + 1)) ≈ 0.8649:
    // radius 4.32, spacing 8.65.
    const fit = fitSunflower(3, 9, 5, 18, 2)!;
    expect(fit.scale).toBeCloseTo(18 / (5 * (2 * Math.sqrt(2.5) + 1)), 9);
    expect(fit.spacing).toBeCloseTo(10 * fit.scale, 9);
    // 32 of radius 5 in 11: scale 11 / (5 × (2√31.5 + 1)) ≈ 0.18, radius 0.9 < 2: counted instead.
    expect(fitSunflower(32, 9, 5, 11, 2)).toBeNull();
  });
});

describe('placeMarks(…) within a tile', () => {
  const actors = (code: string, count: number): RegionSummary => ({
    code,
    actors: Array.from({ length: count }, (_, i) => `${code}-${i}`),
    bySector: {},
    byPillar: {},
    companies: 0,
    missing: [],
    innerTies: 0,
  });
  const anchors = new Map([['L', { x: 50, y: 50 }]]);
  const look = () => ({ r: 5, fill: '#000', label: '' });

  it("keeps every mark within the tile's reach, and counts them when they would be too small", () => {
    // Three marks in 18 px at zoom 1: scaled 0.8649 (above); every mark's edge within 18 of the anchor.
    const three = placeMarks(new Map([['L', actors('L', 3)]]), anchors, { zoom: 1, opened: new Set(), reach: new Map([['L', 18]]) }, look);
    expect(three.marks).toHaveLength(3);
    for (const m of three.marks) expect(Math.hypot(m.x - 50, m.y - 50) + m.r).toBeLessThanOrEqual(18 + 1e-9);
    // 32 opened at zoom 1 in 11 px: radius 5 would have to shrink to 11 / (2√31.5 + 1) ≈ 0.9 < 2: a count, its
    // disc cut down from 10 + √32 × 2 ≈ 21.3 to the tile's 11.
    const room = { zoom: 1, opened: new Set(['L']), reach: new Map([['L', 11]]) };
    const lima = placeMarks(new Map([['L', actors('L', 32)]]), anchors, room, look);
    expect(lima.marks).toEqual([]);
    expect(lima.clusters).toEqual([{ code: 'L', x: 50, y: 50, r: 11, count: 32 }]);
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
