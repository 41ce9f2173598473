/**
 * Web-Mercator tile arithmetic (the XYZ scheme of OSM and maplibre: x east, y south, 2^z tiles a side):
 * a tile's lon/lat box, and the tiles of a zoom that cover a lon/lat box.
 */
import type { BBox } from '../seed/dataset.ts';

/** A tile address. */
export type TileAddress = { z: number; x: number; y: number };

/** Largest latitude Web Mercator shows (degrees). */
const MAX_LAT = 85.0511287798066;

const lonToX = (lon: number, n: number) => ((lon + 180) / 360) * n;
const latToY = (lat: number, n: number) => {
  const r = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n;
};
const xToLon = (x: number, n: number) => (x / n) * 360 - 180;
const yToLat = (y: number, n: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) * 180) / Math.PI;

/** True when z/x/y names a tile (0 ≤ x, y < 2^z). */
export function isTile({ z, x, y }: TileAddress): boolean {
  const n = 2 ** z;
  return Number.isInteger(z) && z >= 0 && x >= 0 && y >= 0 && x < n && y < n;
}

/**
 * The lon/lat box of tile z/x/y grown on every side by `buffer` (a fraction of the tile's width, e.g. 64/4096),
 * so features just outside the tile that a clipped edge or a stroke reaches are included.
 */
export function tileBBox({ z, x, y }: TileAddress, buffer = 0): BBox {
  const n = 2 ** z;
  return [xToLon(x - buffer, n), yToLat(y + 1 + buffer, n), xToLon(x + 1 + buffer, n), yToLat(y - buffer, n)];
}

/** The range of tiles at zoom `z` whose (unbuffered) area meets `bbox`, inclusive, clamped to the grid. */
export function tileRange(bbox: BBox, z: number): { minX: number; minY: number; maxX: number; maxY: number } {
  const n = 2 ** z;
  const clamp = (v: number) => Math.max(0, Math.min(n - 1, Math.floor(v)));
  return {
    minX: clamp(lonToX(bbox[0], n)),
    maxX: clamp(lonToX(bbox[2], n)),
    minY: clamp(latToY(bbox[3], n)),
    maxY: clamp(latToY(bbox[1], n)),
  };
}

/** `bbox` grown by `fraction` of a zoom-`z` tile on every side (degrees of longitude; latitude likewise). */
export function growByTileFraction(bbox: BBox, z: number, fraction: number): BBox {
  const n = 2 ** z;
  const d = (360 / n) * fraction;
  // Tiles are square in Mercator, so a tile spans fewer degrees of latitude than of longitude (× cos lat):
  // growing latitude by the longitude amount over-covers slightly, which is the safe side.
  return [bbox[0] - d, Math.max(-90, bbox[1] - d), bbox[2] + d, Math.min(90, bbox[3] + d)];
}
