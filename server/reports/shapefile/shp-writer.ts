/**
 * Writes polygon geometry as an ESRI `.shp` and its `.shx` index (ESRI Shapefile Technical Description, 1998):
 * shape type 5 (Polygon), every ring of a feature (all parts of a MultiPolygon) as one part, outer rings
 * clockwise and holes counter-clockwise as the format requires (the reverse of RFC 7946). Coordinates are
 * written as given (already in the target CRS).
 */
import type { Position } from 'geojson';
import { ringSignedArea } from '../../../domain/geometry-validation.ts';

/** A polygon feature as rings: each polygon's outer ring first, then its holes. */
export type PolygonRings = Position[][][];

type Box = [number, number, number, number];

const boxOf = (polys: PolygonRings): Box => {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of polys.flat()) {
    for (const [x = 0, y = 0] of ring) {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
  }
  return Number.isFinite(b[0]) ? b : [0, 0, 0, 0];
};

const union = (a: Box, b: Box): Box => [
  Math.min(a[0], b[0]),
  Math.min(a[1], b[1]),
  Math.max(a[2], b[2]),
  Math.max(a[3], b[3]),
];

/** Rings in shapefile order and winding (outer clockwise, holes counter-clockwise). */
function shapefileRings(polys: PolygonRings): Position[][] {
  return polys.flatMap((poly) =>
    poly.map((ring, i) => (ringSignedArea(ring) < 0 === (i === 0) ? ring : [...ring].reverse())),
  );
}

function record(polys: PolygonRings, number: number): Buffer {
  const rings = shapefileRings(polys);
  const points = rings.reduce((n, r) => n + r.length, 0);
  const content = 44 + 4 * rings.length + 16 * points;
  const b = Buffer.alloc(8 + content);
  b.writeInt32BE(number, 0);
  b.writeInt32BE(content / 2, 4);
  b.writeInt32LE(5, 8);
  boxOf(polys).forEach((v, i) => {
    b.writeDoubleLE(v, 12 + 8 * i);
  });
  b.writeInt32LE(rings.length, 44);
  b.writeInt32LE(points, 48);
  let start = 0;
  let at = 52 + 4 * rings.length;
  rings.forEach((ring, i) => {
    b.writeInt32LE(start, 52 + 4 * i);
    start += ring.length;
    for (const [x = 0, y = 0] of ring) {
      b.writeDoubleLE(x, at);
      b.writeDoubleLE(y, at + 8);
      at += 16;
    }
  });
  return b;
}

function header(fileBytes: number, box: Box): Buffer {
  const h = Buffer.alloc(100);
  h.writeInt32BE(9994, 0);
  h.writeInt32BE(fileBytes / 2, 24);
  h.writeInt32LE(1000, 28);
  h.writeInt32LE(5, 32);
  box.forEach((v, i) => {
    h.writeDoubleLE(v, 36 + 8 * i);
  });
  return h;
}

/** The `.shp` and `.shx` bytes of the features, in order. */
export function writeShp(features: readonly PolygonRings[]): { shp: Buffer; shx: Buffer } {
  const records = features.map((polys, i) => record(polys, i + 1));
  const box = features.length ? features.map(boxOf).reduce(union) : ([0, 0, 0, 0] as Box);
  const shpBytes = 100 + records.reduce((n, r) => n + r.length, 0);
  const index = Buffer.alloc(8 * records.length);
  let offset = 100;
  records.forEach((r, i) => {
    index.writeInt32BE(offset / 2, 8 * i);
    index.writeInt32BE((r.length - 8) / 2, 8 * i + 4);
    offset += r.length;
  });
  return {
    shp: Buffer.concat([header(shpBytes, box), ...records]),
    shx: Buffer.concat([header(100 + index.length, box), index]),
  };
}
