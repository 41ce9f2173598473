/**
 * Builds a Polygon or MultiPolygon from a flat list of rings, as shapefiles and 国土 TXT store them. Shapefiles
 * mark holes by winding (outer clockwise) and TXT by 圈号 > 1, but files from the field get both wrong often
 * enough that containment decides here: a ring inside another is its hole, a ring inside a hole is a new part.
 * For correctly wound data this is the same answer. Rings are closed when open. Works on any planar
 * coordinates (metres or degrees); the result is wound as RFC 7946 asks (outer counter-clockwise).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ringSignedArea } from './geometry-validation.ts';

/** Ray-casting point-in-ring test (planar); points on the boundary may go either way. */
export function pointInRing(p: Position, ring: readonly Position[]): boolean {
  const [x = 0, y = 0] = p;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const close = (ring: Position[]): Position[] => {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return ring;
  return [...ring, first];
};

const wound = (ring: Position[], ccw: boolean): Position[] =>
  ringSignedArea(ring) > 0 === ccw ? ring : [...ring].reverse();

/** Most rings one record may have; beyond it the record is refused (containment is quadratic in rings). */
export const MAX_RINGS_PER_RECORD = 2000;

type Placed = { ring: Position[]; area: number; bbox: [number, number, number, number] };

const bboxOf = (ring: Position[]): Placed['bbox'] => {
  const b: Placed['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of ring) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return b;
};

const within = (p: Position, b: Placed['bbox']) =>
  p[0]! >= b[0] && p[0]! <= b[2] && p[1]! >= b[1] && p[1]! <= b[3];

/**
 * Assembles rings into a Polygon (one outer ring) or MultiPolygon by containment: a ring inside an even number of
 * others is an outer ring, inside an odd number a hole of the smallest ring containing it. Null when there is no
 * ring or more than MAX_RINGS_PER_RECORD.
 */
export function assembleRings(rings: readonly Position[][]): Polygon | MultiPolygon | null {
  if (rings.length > MAX_RINGS_PER_RECORD) return null;
  const placed: Placed[] = rings
    .filter((r) => r.length > 0)
    .map(close)
    .map((ring) => ({ ring, area: Math.abs(ringSignedArea(ring)), bbox: bboxOf(ring) }));
  // Containment is decided largest first; parts keep their order in the file.
  const bySize = placed.map((_, i) => i).sort((a, b) => placed[b]!.area - placed[a]!.area);
  const parent = new Map<number, number>();
  const depth = new Map<number, number>();
  bySize.forEach((i, k) => {
    const first = placed[i]!.ring[0]!;
    let p = -1;
    for (const j of bySize.slice(0, k)) {
      const c = placed[j]!;
      if (within(first, c.bbox) && pointInRing(first, c.ring) && (p < 0 || c.area <= placed[p]!.area)) p = j;
    }
    parent.set(i, p);
    depth.set(i, p < 0 ? 0 : depth.get(p)! + 1);
  });
  const polygonOf = new Map<number, Position[][]>();
  const polygons: Position[][][] = [];
  placed.forEach((r, i) => {
    if (depth.get(i)! % 2 !== 0) return;
    const poly = [wound(r.ring, true)];
    polygonOf.set(i, poly);
    polygons.push(poly);
  });
  placed.forEach((r, i) => {
    if (depth.get(i)! % 2 === 1) polygonOf.get(parent.get(i)!)!.push(wound(r.ring, false));
  });
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}
