/**
 * A query area: the polygon a planner draws (polygon, rectangle, or a buffer around a line) to select parcels,
 * as it travels in a URL — `area=lon,lat;lon,lat;…` (one outer ring, degrees, closing position optional) with
 * `relation=intersects|within`. A URL keeps the table, the map and the exports on exactly the same selection
 * (the exports are plain download links), so the ring has a vertex limit that keeps the URL well under the
 * 16 KiB request-head limit of Node's HTTP server.
 */
import type { Polygon, Position } from 'geojson';
import { parseDecimal } from '../decimal.ts';
import { rewindToRfc7946, validateAreaGeometry } from '../geometry-validation.ts';

/** How a parcel must relate to the query area: touch or overlap it, or lie wholly inside it. */
export const QUERY_RELATIONS = ['intersects', 'within'] as const;
/** One of QUERY_RELATIONS. */
export type QueryRelation = (typeof QUERY_RELATIONS)[number];

/** Most vertices of a query area ring (≈ 21 characters each in a URL at 6 decimals: ≤ 10.5 kB). */
export const QUERY_AREA_VERTICES_MAX = 500;
/** Decimal places of a query-area coordinate in a URL (1e-6° ≈ 0.1 m). */
export const QUERY_AREA_DECIMALS = 6;

/** A validated query area and how parcels must relate to it. */
export interface QueryArea {
  polygon: Polygon;
  relation: QueryRelation;
}

/** A parsed query area, or why it was refused (`too_large` is answered 413, the others 400). */
export type QueryAreaParse =
  | { ok: true; polygon: Polygon }
  | { ok: false; reason: 'syntax' | 'too_large' | 'invalid'; message: string };

/** Parses `lon,lat;lon,lat;…` into a closed, valid, counter-clockwise Polygon (lon/lat degrees). */
export function parseQueryArea(text: string): QueryAreaParse {
  const parts = text.split(';').filter((p) => p.trim() !== '');
  const ring: Position[] = [];
  for (const [i, part] of parts.entries()) {
    const xy = part.split(',').map((s) => parseDecimal(s.trim()));
    const [lon, lat] = xy;
    if (xy.length !== 2 || lon == null || lat == null) {
      return {
        ok: false,
        reason: 'syntax',
        message: `第 ${i + 1} 个顶点不是“经度,纬度” vertex ${i + 1} is not "lon,lat": ${JSON.stringify(part.slice(0, 40))}`,
      };
    }
    ring.push([lon, lat]);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([...first]);
  const vertices = ring.length - 1;
  if (vertices > QUERY_AREA_VERTICES_MAX) {
    return {
      ok: false,
      reason: 'too_large',
      message: `查询范围顶点过多 query area has ${vertices} vertices; the limit is ${QUERY_AREA_VERTICES_MAX}`,
    };
  }
  const polygon: Polygon = { type: 'Polygon', coordinates: [ring] };
  const check = validateAreaGeometry(polygon);
  if (!check.valid) return { ok: false, reason: 'invalid', message: check.message };
  return { ok: true, polygon: rewindToRfc7946(polygon) };
}

/** The URL form `lon,lat;…` of a polygon's outer ring (closing position left out), rounded to 6 decimals. */
export function formatQueryArea(polygon: Polygon): string {
  const ring = polygon.coordinates[0] ?? [];
  const open = ring.slice(0, -1);
  const round = (v: number | undefined) => String(+(v ?? 0).toFixed(QUERY_AREA_DECIMALS));
  return open.map((p) => `${round(p[0])},${round(p[1])}`).join(';');
}

/** Number of distinct vertices of a polygon's outer ring. */
export const ringVertices = (p: Polygon): number => Math.max(0, (p.coordinates[0]?.length ?? 1) - 1);
