/**
 * Planar helpers for drawing the illustrative geometry: a local metric frame around Zhongkai (equirectangular,
 * good to well under 1% over 40 km), 6-decimal rounding, and oriented boxes. Areas that matter are always
 * re-measured geodesically with turf afterwards.
 */
import type { Feature, Polygon, Position } from 'geojson';

const LON0 = 114.3;
const LAT0 = 23.03;
const M_PER_DEG_LAT = 110_760;
const M_PER_DEG_LON = 111_320 * Math.cos((LAT0 * Math.PI) / 180);

/** A point in the local frame, metres east (x) and north (y) of 114.3°E, 23.03°N. */
export type Xy = readonly [number, number];

/** Round to 6 decimals (≈ 0.1 m), the precision of every coordinate written. */
export function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** Local metres → rounded lon/lat. */
export function toLonLat([x, y]: Xy): Position {
  return [round6(LON0 + x / M_PER_DEG_LON), round6(LAT0 + y / M_PER_DEG_LAT)];
}

/** lon/lat → local metres. */
export function toXy([lon, lat]: readonly number[]): Xy {
  return [((lon ?? 0) - LON0) * M_PER_DEG_LON, ((lat ?? 0) - LAT0) * M_PER_DEG_LAT];
}

/** A frame with origin `o` whose s axis points along angle `a` (radians from east) and t axis 90° left of it. */
export interface Frame {
  o: Xy;
  a: number;
}

/** (s, t) in a frame → local metres. */
export function fromFrame(f: Frame, s: number, t: number): Xy {
  const c = Math.cos(f.a);
  const n = Math.sin(f.a);
  return [f.o[0] + s * c - t * n, f.o[1] + s * n + t * c];
}

/** Signed planar area of a ring in local metres (positive = counter-clockwise). */
export function signedArea(ring: readonly Xy[]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as Xy;
    const q = ring[(i + 1) % ring.length] as Xy;
    s += p[0] * q[1] - q[0] * p[1];
  }
  return s / 2;
}

/** A closed, counter-clockwise lon/lat ring from local points (open, any orientation). */
export function lonLatRing(points: readonly Xy[]): Position[] {
  const pts = signedArea(points) < 0 ? [...points].reverse() : [...points];
  const ring = pts.map(toLonLat);
  const first = ring[0];
  if (!first) throw new Error('empty ring');
  ring.push([...first]);
  return ring;
}

/** A Polygon feature from an open ring of local points. */
export function polygonFeature<P>(points: readonly Xy[], properties: P): Feature<Polygon, P> {
  return { type: 'Feature', geometry: { type: 'Polygon', coordinates: [lonLatRing(points)] }, properties };
}

/**
 * A band of half-width `w` metres around a polyline (local metres), with mitred joins and square ends:
 * the belt outline and the river are drawn this way.
 */
export function band(line: readonly Xy[], w: number): Xy[] {
  const left: Xy[] = [];
  const right: Xy[] = [];
  const normals = line.slice(1).map((q, i) => {
    const p = line[i] as Xy;
    const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
    return [-(q[1] - p[1]) / len, (q[0] - p[0]) / len] as Xy;
  });
  for (let i = 0; i < line.length; i++) {
    const p = line[i] as Xy;
    const n0 = normals[Math.max(0, i - 1)] as Xy;
    const n1 = normals[Math.min(normals.length - 1, i)] as Xy;
    // Mitre: the offset direction is the bisector, lengthened so both offset lines stay at distance w.
    const mx = n0[0] + n1[0];
    const my = n0[1] + n1[1];
    const ml = Math.hypot(mx, my);
    const k = w / ((mx / ml) * n1[0] + (my / ml) * n1[1]);
    left.push([p[0] + (mx / ml) * k, p[1] + (my / ml) * k]);
    right.push([p[0] - (mx / ml) * k, p[1] - (my / ml) * k]);
  }
  return [...right, ...left.reverse()];
}

/** An ellipse-like ring (local metres) with gentle, seeded-free waviness for natural outlines. */
export function blob(c: Xy, rx: number, ry: number, n: number, wobble: readonly number[]): Xy[] {
  const pts: Xy[] = [];
  for (let i = 0; i < n; i++) {
    const th = (2 * Math.PI * i) / n;
    const k = 1 + (wobble[i % wobble.length] ?? 0);
    pts.push([c[0] + rx * k * Math.cos(th), c[1] + ry * k * Math.sin(th)]);
  }
  return pts;
}
