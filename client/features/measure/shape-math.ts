/**
 * What a finished (or in-progress) shape means for each tool: a measure to show, or the query area that selects
 * parcels. Loaded on first use (MapTools), since turf's buffer and simplify are large.
 */
import { simplify } from '@turf/turf';
import type { LineString, Polygon } from 'geojson';
import type { Lang } from '../../../domain/format.ts';
import {
  formatLength,
  formatMeasuredArea,
  lineBuffer,
  lineLengthM,
  polygonAreaM2,
} from '../../../domain/measure/measure.ts';
import { QUERY_AREA_VERTICES_MAX, ringVertices } from '../../../domain/spatial-query/query-area.ts';

/** A measure as shown: its kind and the formatted value. */
export type MeasureText = { kind: 'length' | 'area'; value: string };

/** The measure of a shape as text: a line's length, a polygon's area (㎡, 亩, km²); null when degenerate. */
export function measureText(geometry: LineString | Polygon, lang: Lang): MeasureText | null {
  if (geometry.type === 'LineString') {
    const m = lineLengthM(geometry.coordinates);
    return m > 0 ? { kind: 'length', value: formatLength(m, lang) } : null;
  }
  if ((geometry.coordinates[0]?.length ?? 0) < 4) return null;
  return { kind: 'area', value: formatMeasuredArea(polygonAreaM2(geometry), lang) };
}

/**
 * The polygon a finished query shape selects with: the shape itself, or the buffer of `bufferM` metres around a
 * line — simplified (Douglas–Peucker, growing tolerance) if it has more vertices than a query area may carry.
 */
export function queryPolygon(geometry: LineString | Polygon, bufferM: number): Polygon {
  let p = geometry.type === 'LineString' ? lineBuffer(geometry, bufferM) : geometry;
  for (let tolerance = 1e-5; ringVertices(p) > QUERY_AREA_VERTICES_MAX; tolerance *= 2) {
    p = simplify(p, { tolerance, highQuality: true });
  }
  return p;
}
