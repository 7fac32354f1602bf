/**
 * Where things go on the map, in pixels: the regions shown (Peru's, or those
 * of the user's boundaries), the projection and the tile grid that place
 * them, the point where each region's marks gather, the marks and clusters
 * themselves, the arcs between regions and the scale bar. Pure (d3-geo only),
 * so it is tested without a browser; the view draws what these return.
 */
import { geoCentroid, geoDistance, geoMercator, type GeoProjection } from 'd3-geo';
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
  /** A tile's side, in pixels. */
  size: number;
  /** The grid's top-left corner. */
  origin: Point;
}

/** Equal square tiles, as large as fit the map area, centred in it. */
export function tileGrid(width: number, mapHeight: number): TileGrid {
  const areaWidth = width * MAP_SHARE - 2 * MARGIN;
  const areaHeight = mapHeight - 2 * MARGIN;
  const size = Math.min(areaWidth / TILE_GRID.cols, areaHeight / TILE_GRID.rows);
  return { size, origin: { x: MARGIN + (areaWidth - size * TILE_GRID.cols) / 2, y: MARGIN + (areaHeight - size * TILE_GRID.rows) / 2 } };
}

/** A tile's top-left corner; a region without a tile sits at the grid's corner (it is never drawn as one). */
export function tileCorner(grid: TileGrid, tile: RegionInfo['tile']): Point {
  const { col, row } = tile ?? { col: 0, row: 0 };
  return { x: grid.origin.x + col * grid.size, y: grid.origin.y + row * grid.size };
}

/** Regions so small that their capital reads better than their shape's centre. */
const BY_CAPITAL = new Set(['PE-LMA', 'PE-CAL']);

/**
 * Where each region's marks gather: its tile's centre (a little below it,
 * clear of the tile's name), or on the map its shape's centre — its capital
 * for Lima Metropolitana and Callao.
 */
export function regionAnchors(
  regions: readonly RegionInfo[],
  layout: MapLayout,
  place: { grid: TileGrid; shapes: readonly Shape[]; projection: GeoProjection },
): Map<string, Point> {
  const { grid, shapes, projection } = place;
  return new Map(
    regions.map((r) => {
      if (layout === 'tiles') {
        const t = tileCorner(grid, r.tile);
        return [r.code, { x: t.x + grid.size / 2, y: t.y + grid.size / 2 + 6 }];
      }
      const shape = shapes.find((s) => s.properties.code === r.code)!;
      const point = projection(r.capital && BY_CAPITAL.has(r.code) ? [r.capital.lon, r.capital.lat] : geoCentroid(shape))!;
      return [r.code, { x: point[0], y: point[1] }];
    }),
  );
}

// ── Actors and clusters ─────────────────────────────────────────────────

/** A region with more actors than this shows a cluster until zoomed in or opened. */
export const CLUSTER_OVER = 6;
/** From this zoom on, every cluster is open. */
export const OPEN_ALL_AT = 2.5;

/** An actor's dot, where it is drawn. */
export interface Mark {
  id: string;
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
  count: number;
}

/**
 * Each region's actors around its anchor on a sunflower, or one cluster for a
 * crowded region not opened. Marks keep their size on screen as the map zooms
 * (radius and spacing over √zoom), so they spread apart when zoomed in.
 * `look` gives an actor's radius at zoom 1, colour and name.
 */
export function placeMarks(
  regions: ReadonlyMap<string, RegionSummary>,
  anchors: ReadonlyMap<string, Point>,
  view: { zoom: number; opened: ReadonlySet<string> },
  look: (id: string) => { r: number; fill: string; label: string },
): { marks: Mark[]; clusters: Cluster[] } {
  const marks: Mark[] = [];
  const clusters: Cluster[] = [];
  const shrink = Math.sqrt(view.zoom);
  for (const [code, summary] of regions) {
    const anchor = anchors.get(code);
    if (!anchor) continue;
    if (summary.actors.length > CLUSTER_OVER && view.zoom < OPEN_ALL_AT && !view.opened.has(code)) {
      clusters.push({ code, x: anchor.x, y: anchor.y, count: summary.actors.length });
      continue;
    }
    // Spaced so that marks do not touch at this zoom; a larger region's cluster opens wider.
    sunflower(summary.actors.length, 9 / shrink).forEach((p, i) => {
      const id = summary.actors[i]!;
      const { r, fill, label } = look(id);
      marks.push({ id, x: anchor.x + p.x, y: anchor.y + p.y, r: r / shrink, fill, label });
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
