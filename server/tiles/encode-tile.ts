/**
 * Encodes the features of one tile as a Mapbox Vector Tile (spec 2.1): geojson-vt projects, clips (with a
 * buffer) and simplifies for the zoom; mvt-writer.ts writes the protobuf. A tile over the byte budget is thinned —
 * its smallest features dropped — until it fits, so no tile slows a low-zoom view down.
 */
import { geoJSONToTile } from '@maplibre/geojson-vt';
import type { Feature } from 'geojson';
import { type VtFeature, writeMvtLayer } from './mvt-writer.ts';
import type { TileAddress } from './tile-math.ts';

/** Tile extent in integer units (the MVT default; maplibre reads any). */
export const TILE_EXTENT = 4096;
/** Buffer around the tile, in extent units: 64/4096 of a tile (1/64 of its width) on each side. */
export const TILE_BUFFER = 64;
/**
 * Simplification tolerance in extent units (Douglas–Peucker): 3/4096 of a tile is ⅓ px on a 512-px tile; rings
 * smaller than 3 × 3 units (under ½ px) are dropped. The deepest zoom (TILE_MAX_ZOOM) keeps every vertex.
 */
export const TILE_TOLERANCE = 3;
/** Deepest zoom served; maplibre over-zooms beyond it (extent 4096 at z16 ≈ 1 cm on the ground). */
export const TILE_MAX_ZOOM = 16;
/** Largest encoded (uncompressed) tile, bytes. */
export const TILE_BYTE_BUDGET = 500_000;

/** An encoded tile and what was left out to fit the budget. */
export type EncodedTile = { data: Uint8Array; features: number; dropped: number };

/** Planar size of a feature's geometry (bbox area in degrees²) — the order in which thinning drops features. */
function bboxArea(f: Feature): number {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    } else if (Array.isArray(c)) for (const d of c) visit(d);
  };
  if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return (maxX - minX) * (maxY - minY);
}

function encode(features: Feature[], layer: string, t: TileAddress): Uint8Array {
  const tile = geoJSONToTile({ type: 'FeatureCollection', features }, t.z, t.x, t.y, {
    extent: TILE_EXTENT,
    buffer: TILE_BUFFER,
    tolerance: TILE_TOLERANCE,
    maxZoom: TILE_MAX_ZOOM,
    clip: true,
  });
  if (!tile || tile.features.length === 0) return new Uint8Array(0);
  return writeMvtLayer(layer, tile.features as VtFeature[], TILE_EXTENT);
}

/** The MVT of `features` (lon/lat GeoJSON, numeric `id` → feature id) as layer `layer` of tile `t`. */
export function encodeTile(
  features: Feature[],
  layer: string,
  t: TileAddress,
  budget = TILE_BYTE_BUDGET,
): EncodedTile {
  let data = encode(features, layer, t);
  if (data.byteLength <= budget) return { data, features: features.length, dropped: 0 };
  // Largest first, so each pass keeps the most visible share that the last size suggests will fit.
  const bySize = features
    .map((f) => ({ f, a: bboxArea(f) }))
    .sort((p, q) => q.a - p.a)
    .map((p) => p.f);
  let keep = features.length;
  while (data.byteLength > budget && keep > 1) {
    keep = Math.max(1, Math.floor((keep * budget * 0.9) / data.byteLength));
    data = encode(bySize.slice(0, keep), layer, t);
  }
  return { data, features: keep, dropped: features.length - keep };
}
