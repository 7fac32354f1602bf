/**
 * Boundaries of one's own, for users outside Peru (or with finer regions):
 * a GeoJSON FeatureCollection or a TopoJSON topology whose polygons carry the
 * region codes the actors use. The reader picks the property that matches
 * most actors' regions (the user may choose another), and refuses — with a
 * located message — a file that is too large or too deep, is not polygons,
 * or has no code matching any actor's region.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Problem } from '../model/types';
import { MAX_JSON_DEPTH, tooDeepAt } from '../model/validate';

export const MAX_BOUNDARY_MEGABYTES = 10;
export const MAX_BOUNDARY_FEATURES = 5000;

export interface UserBoundaries {
  /** The file they came from, for the legend and the source line. */
  fileName: string;
  /** The feature property holding the region code. */
  codeProperty: string;
  /** The feature property holding a name to show, if any. */
  nameProperty: string | null;
  features: Feature<Geometry, Record<string, unknown>>[];
}

export interface BoundaryReading {
  boundaries: UserBoundaries | null;
  problems: Problem[];
  /** Every property with how many of the actors' region codes it matches, best first. */
  candidates: { property: string; matches: number }[];
}

const refuse = (path: string, message: string, messageEs: string): BoundaryReading => ({
  boundaries: null,
  candidates: [],
  problems: [{ path, code: 'invalid', severity: 'error', message, messageEs }],
});

const isPolygon = (f: Feature) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

/** Reads boundaries; `regionCodes` are the region codes the network's actors use. `codeProperty` overrides the choice. */
export function readBoundaries(text: string, fileName: string, regionCodes: readonly string[], codeProperty?: string): BoundaryReading {
  if (text.length > MAX_BOUNDARY_MEGABYTES * 1024 * 1024) {
    return refuse(
      fileName,
      `is larger than ${MAX_BOUNDARY_MEGABYTES} MB; simplify the boundaries (for example with mapshaper) and try again`,
      `pesa más de ${MAX_BOUNDARY_MEGABYTES} MB; simplifique los límites (por ejemplo con mapshaper) y vuelva a intentarlo`,
    );
  }
  const deep = tooDeepAt(text, MAX_JSON_DEPTH);
  if (deep >= 0)
    return refuse(
      fileName,
      `nests more than ${MAX_JSON_DEPTH} levels deep (at character ${deep + 1}); it is not a boundaries file`,
      `anida más de ${MAX_JSON_DEPTH} niveles (en el carácter ${deep + 1}); no es un archivo de límites`,
    );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refuse(fileName, `is not valid JSON: ${(error as Error).message}`, `no es un JSON válido: ${(error as Error).message}`);
  }
  let features: Feature<Geometry, Record<string, unknown>>[];
  try {
    const data = value as { type?: string; objects?: Record<string, unknown>; features?: unknown[] };
    if (data?.type === 'Topology' && data.objects) {
      features = Object.values(data.objects).flatMap(
        (object) =>
          (feature(data as never, object as never) as unknown as FeatureCollection<Geometry, Record<string, unknown>>).features ?? [],
      );
    } else if (data?.type === 'FeatureCollection' && Array.isArray(data.features)) {
      features = data.features as Feature<Geometry, Record<string, unknown>>[];
    } else {
      return refuse(
        fileName,
        'is neither a GeoJSON FeatureCollection nor a TopoJSON topology',
        'no es ni una FeatureCollection GeoJSON ni una topología TopoJSON',
      );
    }
  } catch (error) {
    return refuse(
      fileName,
      `could not be read as TopoJSON: ${(error as Error).message}`,
      `no se pudo leer como TopoJSON: ${(error as Error).message}`,
    );
  }
  if (features.length > MAX_BOUNDARY_FEATURES)
    return refuse(
      fileName,
      `holds ${features.length} shapes; Puentes draws at most ${MAX_BOUNDARY_FEATURES}`,
      `tiene ${features.length} formas; Puentes dibuja como máximo ${MAX_BOUNDARY_FEATURES}`,
    );
  const problems: Problem[] = [];
  const polygons: Feature<Geometry, Record<string, unknown>>[] = [];
  features.forEach((f, i) => {
    if (isPolygon(f)) polygons.push({ ...f, properties: f.properties ?? {} });
    else
      problems.push({
        path: `${fileName} feature ${i + 1}`,
        code: 'invalid',
        severity: 'warning',
        message: `is a ${f.geometry?.type ?? 'shape without geometry'}, not a polygon; it was left out`,
        messageEs: `es ${f.geometry?.type ?? 'una forma sin geometría'}, no un polígono; se dejó fuera`,
      });
  });
  if (polygons.length === 0) {
    const refused = refuse(
      fileName,
      'has no polygons: regions must be Polygon or MultiPolygon shapes',
      'no tiene polígonos: las regiones deben ser formas Polygon o MultiPolygon',
    );
    return { ...refused, problems: [...problems, ...refused.problems] };
  }
  // Which property holds the codes the actors use?
  const wanted = new Set(regionCodes);
  const properties = [...new Set(polygons.flatMap((f) => Object.keys(f.properties)))];
  const candidates = properties
    .map((property) => ({
      property,
      matches: new Set(polygons.map((f) => String(f.properties[property] ?? '')).filter((code) => wanted.has(code))).size,
    }))
    .sort((a, b) => b.matches - a.matches);
  const chosen = codeProperty ?? candidates[0]?.property;
  const matches = candidates.find((c) => c.property === chosen)?.matches ?? 0;
  if (!chosen || matches === 0) {
    const sample = [...wanted].slice(0, 4).join(', ');
    return {
      boundaries: null,
      candidates,
      problems: [
        ...problems,
        {
          path: chosen ? `${fileName}, property "${chosen}"` : fileName,
          code: 'invalid',
          severity: 'error',
          message: `has no region code the actors use (such as ${sample || '—'}) in any property`,
          messageEs: `no tiene en ninguna propiedad un código de región que usen los actores (como ${sample || '—'})`,
        },
      ],
    };
  }
  const nameProperty = ['name', 'nombre', 'NAME', 'NOMBDEP', 'shapeName'].find((p) => properties.includes(p)) ?? null;
  return { boundaries: { fileName, codeProperty: chosen, nameProperty, features: polygons }, problems, candidates };
}
