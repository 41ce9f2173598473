/**
 * Measuring on the map: geodesic length of a drawn line and area of a drawn polygon (turf, on the sphere of
 * radius 6,371,008.8 m — within 0.3 % of the ellipsoid at 23° N), the buffer polygon around a line that
 * selects parcels ("500 m along S357"), and their display in m/km and ㎡/亩/km².
 */
import { area, buffer, length, lineString, polygon as turfPolygon } from '@turf/turf';
import type { LineString, Polygon, Position } from 'geojson';

import { BUFFER_M_MAX } from './limits.ts';

export { formatLength, formatMeasuredArea } from './format-measure.ts';
export { BUFFER_M_MAX };

/** Geodesic length of a line through `positions` (lon/lat degrees), metres; 0 for fewer than two positions. */
export function lineLengthM(positions: readonly Position[]): number {
  if (positions.length < 2) return 0;
  return length(lineString(positions.map((p) => [...p])), { units: 'meters' });
}

/** Geodesic area of a polygon (outer ring and holes, lon/lat degrees), ㎡. */
export function polygonAreaM2(p: Polygon): number {
  return area(p);
}

/** Polygon around a line at `metres` (1 … BUFFER_M_MAX) on every side, with round ends; lon/lat degrees. */
export function lineBuffer(line: LineString, metres: number): Polygon {
  if (!(metres > 0 && metres <= BUFFER_M_MAX)) {
    throw new RangeError(`buffer distance must be within 0–${BUFFER_M_MAX} m, got ${metres}`);
  }
  const out = buffer(line, metres, { units: 'meters', steps: 8 });
  const g = out?.geometry;
  if (g?.type !== 'Polygon') throw new RangeError('the line has no buffer (fewer than two positions?)');
  return turfPolygon(g.coordinates).geometry;
}
