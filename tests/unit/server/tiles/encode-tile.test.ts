/**
 * encodeTile against an independent decoder (@mapbox/vector-tile + pbf, what maplibre itself uses): geometry
 * in tile units, properties and numeric ids, clipping at the tile edge with the buffer, and the byte budget.
 * Positions are built from tile fractions with the Web-Mercator formulas written out here.
 */
import { VectorTile } from '@mapbox/vector-tile';
import type { Feature } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { encodeTile, TILE_BUFFER, TILE_EXTENT } from '../../../../server/tiles/encode-tile.ts';

const T = { z: 14, x: 13_581, y: 7_119 } as const;
const N = 2 ** T.z;
/** lon/lat of the point at fraction (fx, fy) of tile T (0,0 = north-west corner). */
const at = (fx: number, fy: number): [number, number] => {
  const lon = ((T.x + fx) / N) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * (T.y + fy)) / N))) * 180) / Math.PI;
  return [lon, lat];
};
/** A counter-clockwise (lon/lat) rectangle between tile fractions (x0, y0) north-west and (x1, y1) south-east. */
const rect = (id: number, x0: number, y0: number, x1: number, y1: number, props = {}): Feature => ({
  type: 'Feature',
  id,
  properties: { code: `P-${id}`, areaM2: 1234, ...props },
  geometry: { type: 'Polygon', coordinates: [[at(x0, y1), at(x1, y1), at(x1, y0), at(x0, y0), at(x0, y1)]] },
});

const decode = (data: Uint8Array) => new VectorTile(new PbfReader(data));
/** Ring vertices of feature `i` of `layer` in tile units, without the closing repeat. */
const ring = (data: Uint8Array, i = 0) => {
  const f = decode(data).layers.parcels!.feature(i);
  const pts = f.loadGeometry()[0]!.map((p) => [p.x, p.y]);
  return pts.slice(0, -1);
};

describe('encodeTile (MVT 2.1 via geojson-vt + vt-pbf)', () => {
  it('places vertices at their tile positions (±1 unit of 4096) and keeps numeric ids and properties', () => {
    const { data, dropped } = encodeTile(
      [rect(7, 0.25, 0.25, 0.5, 0.75, { state: 'ready', landUse: '100101' })],
      'parcels',
      T,
    );
    expect(dropped).toBe(0);
    const layer = decode(data).layers.parcels!;
    expect(layer.extent).toBe(4096);
    expect(layer.length).toBe(1);
    const f = layer.feature(0);
    expect(f.id).toBe(7);
    expect(f.type).toBe(3); // polygon
    expect(f.properties).toEqual({ code: 'P-7', areaM2: 1234, state: 'ready', landUse: '100101' });
    const xs = ring(data).map((p) => p[0]!);
    const ys = ring(data).map((p) => p[1]!);
    expect(Math.min(...xs)).toBeCloseTo(1024, -0.5);
    expect(Math.max(...xs)).toBeCloseTo(2048, -0.5);
    expect(Math.min(...ys)).toBeCloseTo(1024, -0.5);
    expect(Math.max(...ys)).toBeCloseTo(3072, -0.5);
  });

  it('round-trips to lon/lat within a tile unit through the decoder’s own toGeoJSON', () => {
    const { data } = encodeTile([rect(1, 0.1, 0.2, 0.3, 0.4)], 'parcels', T);
    const g = decode(data).layers.parcels!.feature(0).toGeoJSON(T.x, T.y, T.z).geometry;
    if (g.type !== 'Polygon') throw new Error(`expected a Polygon, got ${g.type}`);
    const unitDeg = 360 / N / 4096;
    const corners = [at(0.1, 0.4), at(0.3, 0.4), at(0.3, 0.2), at(0.1, 0.2)];
    for (const c of corners) {
      const near = g.coordinates[0]!.some(
        (p) => Math.abs(p[0]! - c[0]) <= unitDeg && Math.abs(p[1]! - c[1]) <= unitDeg,
      );
      expect(near, `corner ${c.join(',')} in the decoded ring`).toBe(true);
    }
  });

  it('clips a parcel crossing the east and south edges at the buffer (64 units beyond 4096)', () => {
    const { data } = encodeTile([rect(2, 0.8, 0.9, 1.5, 1.6)], 'parcels', T);
    const xs = ring(data).map((p) => p[0]!);
    const ys = ring(data).map((p) => p[1]!);
    expect(Math.min(...xs)).toBeCloseTo(0.8 * 4096, -0.5);
    expect(Math.max(...xs)).toBe(TILE_EXTENT + TILE_BUFFER);
    expect(Math.min(...ys)).toBeCloseTo(0.9 * 4096, -0.5);
    expect(Math.max(...ys)).toBe(TILE_EXTENT + TILE_BUFFER);
  });

  it('leaves out a parcel wholly outside the tile and its buffer, and answers an empty tile with no bytes', () => {
    const outside = rect(3, 1.1, 0.2, 1.3, 0.4);
    expect(encodeTile([outside], 'parcels', T).data.byteLength).toBe(0);
    const { data } = encodeTile([outside, rect(4, 0.1, 0.1, 0.2, 0.2)], 'parcels', T);
    const layer = decode(data).layers.parcels!;
    expect(layer.length).toBe(1);
    expect(layer.feature(0).id).toBe(4);
  });

  it('thins a tile over the byte budget, dropping the smallest parcels first', () => {
    // 400 small squares and 4 large ones; a budget a tenth of the full tile keeps the large ones.
    const small = Array.from({ length: 400 }, (_, i) =>
      rect(
        100 + i,
        (i % 20) / 20,
        Math.floor(i / 20) / 20,
        (i % 20) / 20 + 0.01,
        Math.floor(i / 20) / 20 + 0.01,
      ),
    );
    const large = [0, 1, 2, 3].map((i) => rect(10 + i, i * 0.25, 0.5, i * 0.25 + 0.2, 0.7));
    const full = encodeTile([...small, ...large], 'parcels', T);
    expect(full.dropped).toBe(0);
    const budget = Math.floor(full.data.byteLength / 10);
    const thin = encodeTile([...small, ...large], 'parcels', T, budget);
    expect(thin.data.byteLength).toBeLessThanOrEqual(budget);
    expect(thin.dropped).toBeGreaterThan(0);
    const layer = decode(thin.data).layers.parcels!;
    const ids = Array.from({ length: layer.length }, (_, i) => layer.feature(i).id);
    expect(ids).toEqual(expect.arrayContaining([10, 11, 12, 13]));
  });
});
