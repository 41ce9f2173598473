/**
 * Structural reading of a GeoJSON geometry from an untrusted source (a GeoJSON file, togeojson's reading of a
 * KML): Polygon, MultiPolygon and Point with finite 2-D positions (a third ordinate is dropped), and a
 * GeometryCollection of polygons as a MultiPolygon (how togeojson reads a KML MultiGeometry). Anything else
 * gives a problem code instead of a geometry. Vertices are counted against the budget.
 */
import type { Position } from 'geojson';
import type { ReadBudget, SourceGeometry } from './source-types.ts';

/** The geometry, or the reason it cannot be used (`no_geometry`, `not_polygon`, `bad_coordinates`). */
export type GeometryReading =
  | { geometry: SourceGeometry }
  | { problem: 'no_geometry' | 'not_polygon' | 'bad_coordinates'; type?: string };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function position(v: unknown): Position | null {
  if (!Array.isArray(v) || v.length < 2) return null;
  const [x, y] = v;
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)
    ? [x, y]
    : null;
}

function rings(v: unknown, budget: ReadBudget): Position[][] | null {
  if (!Array.isArray(v) || v.length === 0) return null;
  const out: Position[][] = [];
  for (const r of v) {
    if (!Array.isArray(r)) return null;
    budget.vertices(r.length);
    const ring = r.map(position);
    if (ring.some((p) => p === null)) return null;
    out.push(ring as Position[]);
  }
  return out;
}

function polygons(g: Record<string, unknown>, budget: ReadBudget): Position[][][] | null {
  if (g.type === 'Polygon') {
    const r = rings(g.coordinates, budget);
    return r ? [r] : null;
  }
  const parts = g.type === 'MultiPolygon' ? g.coordinates : g.geometries;
  if (!Array.isArray(parts) || parts.length === 0) return null;
  const out: Position[][][] = [];
  for (const part of parts) {
    const r =
      g.type === 'MultiPolygon'
        ? rings(part, budget)
        : isObj(part) && part.type === 'Polygon'
          ? rings(part.coordinates, budget)
          : null;
    if (!r) return null;
    out.push(r);
  }
  return out;
}

/** Reads a geometry member. */
export function readGeoJsonGeometry(g: unknown, budget: ReadBudget): GeometryReading {
  if (g === null || g === undefined) return { problem: 'no_geometry' };
  if (!isObj(g) || typeof g.type !== 'string') return { problem: 'bad_coordinates' };
  if (g.type === 'Point') {
    budget.vertices(1);
    const p = position(g.coordinates);
    return p ? { geometry: { type: 'Point', coordinates: p } } : { problem: 'bad_coordinates' };
  }
  const collectionOfPolygons =
    g.type === 'GeometryCollection' &&
    Array.isArray(g.geometries) &&
    g.geometries.every((x) => isObj(x) && x.type === 'Polygon');
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon' && !collectionOfPolygons)
    return { problem: 'not_polygon', type: g.type };
  const polys = polygons(g, budget);
  if (!polys) return { problem: 'bad_coordinates' };
  return {
    geometry:
      polys.length === 1
        ? { type: 'Polygon', coordinates: polys[0]! }
        : { type: 'MultiPolygon', coordinates: polys },
  };
}

const MESSAGES = {
  no_geometry: ['没有几何', 'no geometry'],
  not_polygon: ['几何不是面或点', 'the geometry is not a polygon or point'],
  bad_coordinates: ['坐标无效', 'invalid coordinates'],
} as const;

/** Bilingual message of a geometry problem for record `record`. */
export function geometryProblemMessage(
  record: number,
  r: Exclude<GeometryReading, { geometry: SourceGeometry }>,
): string {
  const [zh, en] = MESSAGES[r.problem];
  const type = r.type ? ` (${r.type})` : '';
  return `第 ${record} 条记录：${zh}${type}。 Record ${record}: ${en}${type}.`;
}
