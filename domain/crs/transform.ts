/**
 * Coordinate transformation between a catalogue CRS and lon/lat (CGCS2000 ≈ WGS84, RFC 7946), with proj4 for
 * the projections and datum shifts and gcoord for the GCJ-02 / BD-09 web-map offsets. Pure: no I/O.
 *
 * gcoord's GCJ-02 → WGS84 is an approximation (≈ 0.15 m off near 23°N); the offset's forward formula is exact by
 * definition, so the inverse here refines gcoord's answer by fixed-point iteration until it is below 1 mm.
 */
import gcoord from 'gcoord';
import proj4 from 'proj4';
import type { CrsInfo } from './crs-catalog.ts';

/**
 * A Bursa-Wolf 7-parameter datum shift to CGCS2000/WGS84: translations in metres, rotations in arc-seconds,
 * scale in ppm. Bureaus publish rotations in either sign convention: `position_vector` (EPSG:9606, proj's
 * `+towgs84`) or `coordinate_frame` (EPSG:9607, rotations with the opposite sign) — which one a given parameter
 * set uses is not standardised in Chinese practice, so the caller says.
 */
export interface SevenParameters {
  dx: number;
  dy: number;
  dz: number;
  rx: number;
  ry: number;
  rz: number;
  /** Scale difference, parts per million. */
  ppm: number;
  convention: 'position_vector' | 'coordinate_frame';
}

/**
 * A pair of functions between a CRS's stored coordinates (x = easting/lon, y = northing/lat) and lon/lat.
 * Points that cannot be transformed (non-finite, outside the projection's domain) give [NaN, NaN].
 */
export interface LonLatTransform {
  /** Stored (x, y) → [lon, lat] degrees. */
  toLonLat: (x: number, y: number) => [number, number];
  /** [lon, lat] degrees → stored (x, y). */
  fromLonLat: (lon: number, lat: number) => [number, number];
}

/** Result of `lonLatTransform`: the functions, or why they cannot be built. */
export type TransformResult =
  | { ok: true; transform: LonLatTransform }
  | { ok: false; reason: 'needs_seven_parameters'; message: string };

const LONLAT = '+proj=longlat +datum=WGS84 +no_defs';

/** proj4's `+towgs84` (position vector) string for a parameter set. */
export function towgs84(p: SevenParameters): string {
  const s = p.convention === 'coordinate_frame' ? -1 : 1;
  return [p.dx, p.dy, p.dz, s * p.rx, s * p.ry, s * p.rz, p.ppm].join(',');
}

/**
 * Builds the transformation of `crs` to lon/lat. Xi'an 1980 and Beijing 1954 need `seven` (the bureau's
 * parameters); without them the answer is `needs_seven_parameters` — never a guess.
 */
export function lonLatTransform(crs: CrsInfo, seven?: SevenParameters): TransformResult {
  if (crs.needsParameters && !seven) {
    return {
      ok: false,
      reason: 'needs_seven_parameters',
      message:
        `${crs.name} (${crs.id}) 需要本地的七参数才能转换到 CGCS2000，请提供七参数。 ` +
        `${crs.name} needs the bureau's 7-parameter datum shift to reach CGCS2000; supply it to import.`,
    };
  }
  if (crs.datum === 'gcj02' || crs.datum === 'bd09')
    return { ok: true, transform: offsetTransform(crs.datum) };
  const source = crs.needsParameters && seven ? `${crs.proj4} +towgs84=${towgs84(seven)}` : crs.proj4;
  const converter = proj4(source, LONLAT);
  return {
    ok: true,
    transform: {
      toLonLat: (x, y) => guarded(() => converter.forward([x, y]), x, y),
      fromLonLat: (lon, lat) => guarded(() => converter.inverse([lon, lat]), lon, lat),
    },
  };
}

const pair = (p: number[]): [number, number] => [p[0] ?? Number.NaN, p[1] ?? Number.NaN];
const NO_POINT: [number, number] = [Number.NaN, Number.NaN];

/** proj4 throws on non-finite input and some out-of-domain points; those become [NaN, NaN] instead. */
function guarded(f: () => number[], a: number, b: number): [number, number] {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return NO_POINT;
  try {
    return pair(f());
  } catch {
    return NO_POINT;
  }
}

/** GCJ-02 / BD-09 ↔ WGS84 with the inverse refined to < 1 mm (about 1e-8°). */
function offsetTransform(datum: 'gcj02' | 'bd09'): LonLatTransform {
  const system = datum === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
  const forward = (lon: number, lat: number): [number, number] =>
    pair(gcoord.transform([lon, lat], gcoord.WGS84, system) as number[]);
  const inverse = (x: number, y: number): [number, number] => {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return [Number.NaN, Number.NaN];
    let [lon, lat] = pair(gcoord.transform([x, y], system, gcoord.WGS84) as number[]);
    for (let i = 0; i < 10; i++) {
      const [fx, fy] = forward(lon, lat);
      const ex = fx - x;
      const ey = fy - y;
      lon -= ex;
      lat -= ey;
      if (Math.abs(ex) < 1e-9 && Math.abs(ey) < 1e-9) break;
    }
    return [lon, lat];
  };
  return { toLonLat: inverse, fromLonLat: forward };
}
