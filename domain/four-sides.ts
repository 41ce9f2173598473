/**
 * 四至: what lies on each side (north, east, south, west) of a parcel — the nearest neighbouring parcel in that
 * direction (adjoining, or across a local street), else the nearest named road, else nothing recorded. A
 * neighbour belongs to the side its centre lies towards, seen from the parcel's centre (four 90° sectors).
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { AreaGeometry } from './schemas.ts';

/** Sides in the order the dossier prints them. */
export const SIDES = ['north', 'east', 'south', 'west'] as const;
export type Side = (typeof SIDES)[number];
/** Chinese names of the sides (东南西北 as 四至 writes them). */
export const SIDE_ZH: Record<Side, string> = { north: '北至', east: '东至', south: '南至', west: '西至' };

/** Neighbours farther than this (m) are not on the parcel's side (a local street is ≈ 30 m wide). */
export const NEIGHBOUR_MAX_M = 60;
/** Roads farther than this (m) are not on the parcel's side. */
export const ROAD_MAX_M = 250;

/** What lies on one side: a parcel (its code), a road (its name) or nothing; distance in metres. */
export type SideNeighbour =
  | { kind: 'parcel'; code: string; distanceM: number }
  | { kind: 'road'; name: string; distanceM: number }
  | { kind: 'none' };

type Area = Feature<Polygon | MultiPolygon>;
const feature = (g: AreaGeometry): Area => turf.feature(g) as Area;

function sideOf(bearing: number): Side {
  const b = (bearing + 360) % 360;
  if (b >= 315 || b < 45) return 'north';
  if (b < 135) return 'east';
  if (b < 225) return 'south';
  return 'west';
}

/** Smallest distance (m) between the boundaries of two areas (0 when they touch or overlap). */
function areaDistanceM(a: Area, b: Area): number {
  if (turf.booleanIntersects(a, b)) return 0;
  const lineA = turf.polygonToLine(a);
  const lineB = turf.polygonToLine(b);
  let best = Number.POSITIVE_INFINITY;
  for (const p of turf.coordAll(a)) best = Math.min(best, pointToLinesM(p, lineB));
  for (const p of turf.coordAll(b)) best = Math.min(best, pointToLinesM(p, lineA));
  return best;
}

function pointToLinesM(p: number[], lines: ReturnType<typeof turf.polygonToLine>): number {
  let best = Number.POSITIVE_INFINITY;
  turf.flattenEach(lines, (l) => {
    best = Math.min(best, turf.pointToLineDistance(p, l as Feature<LineString>, { units: 'meters' }));
  });
  return best;
}

/** Distance (m) from the area's nearest vertex to a road line, and the bearing from the centre to that road point. */
function roadReach(a: Area, centre: number[], road: LineString | MultiLineString) {
  let best = { d: Number.POSITIVE_INFINITY, bearing: 0 };
  turf.flattenEach(turf.feature(road), (l) => {
    const line = l as Feature<LineString>;
    for (const p of turf.coordAll(a)) {
      const near = turf.nearestPointOnLine(line, p, { units: 'meters' });
      const d = near.properties.dist ?? Number.POSITIVE_INFINITY;
      if (d < best.d) best = { d, bearing: turf.bearing(centre, near) };
    }
  });
  return best;
}

/** 四至 of `geometry` among `neighbours` (other parcels) and named `roads`. */
export function fourSides(
  geometry: AreaGeometry,
  neighbours: readonly { code: string; geometry: AreaGeometry }[],
  roads: readonly { nameZh: string; geometry: LineString | MultiLineString }[],
): Record<Side, SideNeighbour> {
  const self = feature(geometry);
  const centre = turf.centroid(self).geometry.coordinates;
  const out: Record<Side, SideNeighbour> = {
    north: { kind: 'none' },
    east: { kind: 'none' },
    south: { kind: 'none' },
    west: { kind: 'none' },
  };
  const nearest: Partial<Record<Side, number>> = {};
  for (const n of neighbours) {
    const other = feature(n.geometry);
    const d = areaDistanceM(self, other);
    if (d > NEIGHBOUR_MAX_M) continue;
    const side = sideOf(turf.bearing(centre, turf.centroid(other).geometry.coordinates));
    if (d < (nearest[side] ?? Number.POSITIVE_INFINITY)) {
      nearest[side] = d;
      out[side] = { kind: 'parcel', code: n.code, distanceM: d };
    }
  }
  for (const r of roads) {
    if (!r.nameZh) continue;
    const { d, bearing } = roadReach(self, centre, r.geometry);
    const side = sideOf(bearing);
    if (d > ROAD_MAX_M || out[side].kind === 'parcel') continue;
    const cur = out[side];
    if (cur.kind === 'none' || (cur.kind === 'road' && d < cur.distanceM))
      out[side] = { kind: 'road', name: r.nameZh, distanceM: d };
  }
  return out;
}
