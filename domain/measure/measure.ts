/**
 * Measuring on the map: geodesic length of a drawn line and area of a drawn polygon (turf, on the sphere of
 * radius 6,371,008.8 m — within 0.3 % of the ellipsoid at 23° N), the buffer polygon around a line that
 * selects parcels ("500 m along S357"), and their display in m/km and ㎡/亩/km².
 */
import { area, buffer, length, lineString, polygon as turfPolygon } from '@turf/turf';
import type { LineString, Polygon, Position } from 'geojson';
import { formatNumber, type Lang } from '../format.ts';
import { m2ToKm2, m2ToMu } from '../units.ts';

/** Longest buffer distance accepted around a line, metres (the zone is ≈ 30 km across). */
export const BUFFER_M_MAX = 5_000;

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

/** A length for display: metres below 1 km ("850 m"), else kilometres with two decimals ("1.25 km"). */
export function formatLength(m: number, lang: Lang): string {
  return m < 1000 ? `${formatNumber(m, lang, 0)} m` : `${formatNumber(m / 1000, lang, 2)} km`;
}

/** An area for display in ㎡, 亩 and km² ("12,345 ㎡ · 18.5 亩 · 0.0123 km²"; English "m²", "mu"). */
export function formatMeasuredArea(m2: number, lang: Lang): string {
  const [sq, mu] = lang === 'en' ? ['m²', 'mu'] : ['㎡', '亩'];
  const km2 = m2ToKm2(m2);
  const km2Digits = km2 < 0.1 ? 4 : km2 < 10 ? 3 : 2;
  return `${formatNumber(m2, lang, 0)} ${sq} · ${formatNumber(m2ToMu(m2), lang, 1)} ${mu} · ${formatNumber(km2, lang, km2Digits)} km²`;
}
