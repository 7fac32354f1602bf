/**
 * Where things go on the map, in pixels: the regions shown (Peru's, or those
 * of the user's boundaries), the projection and the tile grid that place
 * them, the point where each region's marks gather, the marks and clusters
 * themselves, the arcs between regions and the scale bar. Pure (d3-geo only),
 * so it is tested without a browser; the view draws what these return.
 */
import { geoBounds, geoCentroid, geoContains, geoDistance, geoMercator, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { UserBoundaries } from '../../io/boundaries';
import type { RegionArc, RegionSummary } from '../../analysis/regions';
import boundaries from '../../../data/peru-boundaries.json';
import regionsData from '../../../data/peru-regions.json';
import { sunflower } from './marks';

/** A region's polygon, keyed by its code. */
export type Shape = Feature<Geometry, { code: string }>;

export interface Point {
  x: number;
  y: number;
}

/** A region on the map: Peru's (with capital, tile and Macro Sur) or one from the user's boundaries. */
export interface RegionInfo {
  code: string;
  /** The name from the user's file; null: Peru's name in the interface language. */
  name: string | null;
  macroSur: boolean;
  capital: { lon: number; lat: number } | null;
  tile: { col: number; row: number } | null;
}

/** How the regions are drawn: their real shapes, or equal tiles (Peru's only). */
export type MapLayout = 'geo' | 'tiles';

// ── The regions shown ───────────────────────────────────────────────────

/** Where Peru's boundaries come from, for the map's source line. */
export const PERU_SOURCE = boundaries.source;

/** Peru's 26 regions as polygons, from the bundled TopoJSON. */
export const PERU_SHAPES = (
  feature(boundaries.topology as never, boundaries.topology.objects.regions as never) as unknown as FeatureCollection<
    Geometry,
    { code: string }
  >
).features as Shape[];

/** North to south by capital, which is also the order Tab goes through them. */
export const PERU_REGIONS: RegionInfo[] = regionsData.regions
  .map((r) => ({ code: r.code, name: null, macroSur: r.macroSur, capital: r.capital, tile: r.tile }))
  .sort((a, b) => b.capital.lat - a.capital.lat);

const codeOf = (custom: UserBoundaries, f: UserBoundaries['features'][number]) => String(f.properties[custom.codeProperty] ?? '');

/** The shapes to draw: the user's boundaries keyed by their code property, or Peru's. */
export function shapesOf(custom: UserBoundaries | null): Shape[] {
  return custom ? custom.features.map((f) => ({ ...f, properties: { code: codeOf(custom, f) } })) : PERU_SHAPES;
}

/** The regions to list: one per feature of the user's boundaries (in file order, no tiles), or Peru's. */
export function regionsOf(custom: UserBoundaries | null): RegionInfo[] {
  if (!custom) return PERU_REGIONS;
  return custom.features.map((f) => ({
    code: codeOf(custom, f),
    name: custom.nameProperty ? String(f.properties[custom.nameProperty] ?? '') : null,
    macroSur: false,
    capital: null,
    tile: null,
  }));
}

// ── Placing the regions ─────────────────────────────────────────────────

/** The map leaves the right fifth or so to the legend, and a 16 px margin all round. */
const MAP_SHARE = 0.78;
const MARGIN = 16;

/** Mercator, fitted to the shapes within the part of the canvas the legend leaves free. */
export function fitProjection(shapes: Shape[], width: number, mapHeight: number): GeoProjection {
  const extent: [[number, number], [number, number]] = [
    [MARGIN, MARGIN],
    [width * MAP_SHARE, mapHeight - MARGIN],
  ];
  return geoMercator().fitExtent(extent, { type: 'FeatureCollection', features: shapes as Feature[] });
}

/** The tile grid of peru-regions.json: 6 columns by 8 rows. */
export const TILE_GRID = { cols: 6, rows: 8 } as const;

export interface TileGrid {
  /** A tile's width and height, in pixels. */
  width: number;
  height: number;
  /** The grid's top-left corner. */
  origin: Point;
}

/** How much wider than tall a tile may grow, where the map is wider than the grid's squares need: room for a name on one line. */
const TILE_WIDEST = 1.6;

/**
 * Equal tiles as large as fit the map area, centred in it: as tall as the
 * area allows a square, and as wide as the area allows up to 1.6 times that.
 */
export function tileGrid(width: number, mapHeight: number): TileGrid {
  const areaWidth = width * MAP_SHARE - 2 * MARGIN;
  const areaHeight = mapHeight - 2 * MARGIN;
  const tall = Math.min(areaWidth / TILE_GRID.cols, areaHeight / TILE_GRID.rows);
  const wide = Math.min(areaWidth / TILE_GRID.cols, tall * TILE_WIDEST);
  return {
    width: wide,
    height: tall,
    origin: { x: MARGIN + (areaWidth - wide * TILE_GRID.cols) / 2, y: MARGIN + (areaHeight - tall * TILE_GRID.rows) / 2 },
  };
}

/** A tile's top-left corner; a region without a tile sits at the grid's corner (it is never drawn as one). */
export function tileCorner(grid: TileGrid, tile: RegionInfo['tile']): Point {
  const { col, row } = tile ?? { col: 0, row: 0 };
  return { x: grid.origin.x + col * grid.width, y: grid.origin.y + row * grid.height };
}

/** Regions so small that their capital reads better than their shape's centre. */
const BY_CAPITAL = new Set(['PE-LMA', 'PE-CAL']);

/**
 * A point inside a shape: its centroid, or when that falls outside (a crescent,
 * a U), the point of a 16 × 16 grid over its bounds that lies inside and
 * nearest the centroid; the centroid still when no grid point is inside.
 */
export function pointInside(shape: Shape): [number, number] {
  const centroid = geoCentroid(shape);
  if (geoContains(shape, centroid)) return centroid;
  const [[west, south], [east, north]] = geoBounds(shape);
  let best: [number, number] = centroid;
  let bestDistance = Infinity;
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      const point: [number, number] = [west + ((i + 0.5) * (east - west)) / 16, south + ((j + 0.5) * (north - south)) / 16];
      const distance = geoDistance(point, centroid);
      if (distance < bestDistance && geoContains(shape, point)) [best, bestDistance] = [point, distance];
    }
  }
  return best;
}

/** The inset from a tile's edge to its marks (its border and a little air). */
const TILE_INSET = 3;

/**
 * The part of a tile below its name (`band` pixels tall) where the region's
 * marks go: its centre, and the radius of the largest disc that fits there.
 */
export function tileRoom(grid: TileGrid, tile: RegionInfo['tile'], band: number): Point & { reach: number } {
  const corner = tileCorner(grid, tile);
  const top = corner.y + Math.max(band, TILE_INSET);
  const bottom = corner.y + grid.height - TILE_INSET;
  const left = corner.x + TILE_INSET;
  const right = corner.x + grid.width - TILE_INSET;
  return { x: (left + right) / 2, y: (top + bottom) / 2, reach: Math.max(0, Math.min(right - left, bottom - top) / 2) };
}

/**
 * Where each region's marks gather: on the tiles the middle of the tile below
 * its name (`bands`: each name's height, 16 px when not given), or on the map
 * a point inside its shape — its capital for Lima Metropolitana and Callao.
 */
export function regionAnchors(
  regions: readonly RegionInfo[],
  layout: MapLayout,
  place: { grid: TileGrid; shapes: readonly Shape[]; projection: GeoProjection; bands?: ReadonlyMap<string, number> },
): Map<string, Point> {
  const { grid, shapes, projection, bands } = place;
  return new Map(
    regions.map((r) => {
      if (layout === 'tiles') {
        const { x, y } = tileRoom(grid, r.tile, bands?.get(r.code) ?? 16);
        return [r.code, { x, y }];
      }
      const shape = shapes.find((s) => s.properties.code === r.code)!;
      const point = projection(r.capital && BY_CAPITAL.has(r.code) ? [r.capital.lon, r.capital.lat] : pointInside(shape))!;
      return [r.code, { x: point[0], y: point[1] }];
    }),
  );
}

// ── Actors and clusters ─────────────────────────────────────────────────

/** A region with more actors than this shows a cluster until zoomed in or opened. */
export const CLUSTER_OVER = 6;
/** From this zoom on, every cluster is open. */
export const OPEN_ALL_AT = 2.5;

/** An actor's dot, where it is drawn, and its region. */
export interface Mark {
  id: string;
  code: string;
  x: number;
  y: number;
  r: number;
  fill: string;
  label: string;
}

/** A region's actors gathered into one counted disc. */
export interface Cluster {
  code: string;
  x: number;
  y: number;
  r: number;
  count: number;
}

/** Marks smaller than this on screen, in pixels, cannot be told apart: their region shows its count instead. */
export const MIN_MARK_RADIUS = 2;

/** A cluster's radius at zoom 1: larger with more actors. */
const clusterRadius = (count: number) => 10 + Math.sqrt(count) * 2;

/**
 * How a sunflower of `count` marks (the largest of radius `r`) fits within
 * `reach` of its centre: at `spacing` when it does; else closer, down to marks
 * touching (`spacing` 2r); else with marks scaled down as far as needed,
 * spacing and size together. Null when they would be smaller than `minRadius`.
 * The outermost mark's centre is spacing × √(count − ½) from the centre.
 */
export function fitSunflower(
  count: number,
  spacing: number,
  r: number,
  reach: number,
  minRadius: number,
): { spacing: number; scale: number } | null {
  const rings = count > 1 ? Math.sqrt(count - 0.5) : 0;
  if (spacing * rings + r <= reach) return { spacing, scale: 1 };
  const closer = rings > 0 ? (reach - r) / rings : spacing;
  if (closer >= 2 * r) return { spacing: closer, scale: 1 };
  // Touching marks of radius r·s reach 2·r·s·rings + r·s: that is `reach` when s = reach / (r (2 rings + 1)).
  const scale = reach / (r * (2 * rings + 1));
  return r * scale < minRadius ? null : { spacing: 2 * r * scale, scale };
}

/**
 * Each region's actors around its anchor on a sunflower, or one cluster for a
 * crowded region not opened. Marks keep their size on screen as the map zooms
 * (radius and spacing over √zoom), so they spread apart when zoomed in.
 * `look` gives an actor's radius at zoom 1, colour and name. Where `reach`
 * gives a region's room (a tile), its marks and cluster stay within that
 * distance of its anchor: packed closer, drawn smaller, or counted when
 * they would be too small to tell apart.
 */
export function placeMarks(
  regions: ReadonlyMap<string, RegionSummary>,
  anchors: ReadonlyMap<string, Point>,
  view: { zoom: number; opened: ReadonlySet<string>; reach?: ReadonlyMap<string, number> },
  look: (id: string) => { r: number; fill: string; label: string },
): { marks: Mark[]; clusters: Cluster[] } {
  const marks: Mark[] = [];
  const clusters: Cluster[] = [];
  const shrink = Math.sqrt(view.zoom);
  for (const [code, summary] of regions) {
    const anchor = anchors.get(code);
    if (!anchor) continue;
    const reach = view.reach?.get(code) ?? Infinity;
    const cluster = () => ({
      code,
      x: anchor.x,
      y: anchor.y,
      r: Math.min(clusterRadius(summary.actors.length) / shrink, reach),
      count: summary.actors.length,
    });
    if (summary.actors.length > CLUSTER_OVER && view.zoom < OPEN_ALL_AT && !view.opened.has(code)) {
      clusters.push(cluster());
      continue;
    }
    const looks = summary.actors.map(look);
    const largest = Math.max(...looks.map((l) => l.r)) / shrink;
    // Spaced so that marks do not touch at this zoom; a larger region's cluster opens wider.
    const fit = fitSunflower(summary.actors.length, 9 / shrink, largest, reach, MIN_MARK_RADIUS / view.zoom);
    if (!fit) {
      clusters.push(cluster());
      continue;
    }
    sunflower(summary.actors.length, fit.spacing).forEach((p, i) => {
      const { r, fill, label } = looks[i]!;
      marks.push({ id: summary.actors[i]!, code, x: anchor.x + p.x, y: anchor.y + p.y, r: (r / shrink) * fit.scale, fill, label });
    });
  }
  return { marks, clusters };
}

// ── Arcs between regions ────────────────────────────────────────────────

/** A quadratic curve from a to b with a gentle bend, always to the same side, so two arcs between neighbours do not hide each other. */
export function arcPath(a: Point, b: Point): string {
  const bend = 0.2;
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return `M${a.x},${a.y} Q${mx - dy * bend},${my + dx * bend} ${b.x},${b.y}`;
}

/** Blue for trust (mean above 0.5), red for distrust (below −0.5), grey between, light grey when not assessed. */
export function arcColor(meanTrust: RegionArc['meanTrust']): string {
  if (meanTrust === null) return '#9a9a9a';
  return meanTrust < -0.5 ? '#c0392b' : meanTrust > 0.5 ? '#1f6fb2' : '#6b6b6b';
}

/** From 1 px to 6 px with the number of ties (the most ties between any pair is 6 px), thinner on screen as the map zooms in. */
export function arcWidth(count: number, maxCount: number, zoom: number): number {
  return (1 + (5 * count) / maxCount) / Math.sqrt(zoom);
}

// ── Scale bar ───────────────────────────────────────────────────────────

const EARTH_RADIUS_KM = 6371;
const ROUND_KM = [50, 100, 200, 250, 500, 1000];

/**
 * A scale bar near the bottom of the map: the first round number of
 * kilometres at least 80 px long at the current zoom (1000 km at most),
 * measured along the bar's own line, since Mercator's scale changes with latitude.
 */
export function scaleBar(projection: GeoProjection, mapHeight: number, zoom: number): { km: number; px: number; y: number } | null {
  const y = mapHeight - 24;
  const a = projection.invert?.([40, y]);
  const b = projection.invert?.([140, y]);
  if (!a || !b) return null;
  const kmPer100 = (geoDistance(a, b) * EARTH_RADIUS_KM) / zoom;
  const km = ROUND_KM.find((k) => (k / kmPer100) * 100 >= 80) ?? 1000;
  return { km, px: (km / kmPer100) * 100, y };
}
