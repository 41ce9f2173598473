/**
 * A CRS guessed from the range of the coordinates alone (a GeoJSON, CSV or shapefile without `.prj`):
 *   - every x in ±180 and y in ±90 → lon/lat, CGCS2000 (EPSG:4490); GCJ-02 / BD-09 look the same and are offered
 *     as alternatives — only the user knows the data was digitised on AMap or Baidu;
 *   - eastings carrying a zone prefix (3° zones 25–45, 6° zones 13–23) → that CGCS2000 Gauss-Krüger zone;
 *   - eastings of 100–900 km and northings of China → Gauss-Krüger without prefix, whose central meridian cannot
 *     be read from the numbers: the meridian nearest the expected area (`hint`) is taken, else none;
 *   - x of 8,000–15,100 km and y of 1,900–7,300 km → Web Mercator (EPSG:3857).
 * Xi'an 1980 / Beijing 1954 coordinates look like CGCS2000 ones (tens of metres apart): without a `.prj` or
 * header saying so the guess is CGCS2000, and the note says the datum was assumed.
 * Where two readings fit (Web Mercator vs 6° zones 13–15), the one that lands in `hint` wins.
 */
import { type CrsInfo, crsById, GK_ZONE_RANGE, gaussKrugerCrs } from './crs-catalog.ts';
import { type CrsDetection, unknown } from './crs-detection.ts';
import { lonLatTransform } from './transform.ts';

/** [minX, minY, maxX, maxY] of coordinates as stored; [west, south, east, north] degrees for a hint. */
export type Extent = readonly [number, number, number, number];

/** Northings of China in Gauss-Krüger metres (about 3°N to 54°N). */
const GK_NORTHING = [300_000, 6_100_000] as const;
/** Eastings without prefix: a zone spans at most about ±350 km from its 500 km false easting. */
const GK_EASTING = [100_000, 900_000] as const;

function inHint(crs: CrsInfo, extent: Extent, hint: Extent): boolean {
  const t = lonLatTransform(crs);
  if (!t.ok) return false;
  const [lon, lat] = t.transform.toLonLat((extent[0] + extent[2]) / 2, (extent[1] + extent[3]) / 2);
  return lon >= hint[0] && lon <= hint[2] && lat >= hint[1] && lat <= hint[3];
}

/** Candidate readings of an extent, most likely first. */
function candidates(e: Extent, defaultCm: number | null): CrsInfo[] {
  const [minX, minY, maxX, maxY] = e;
  if (minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90) {
    return ['EPSG:4490', 'GCJ02', 'BD09'].map((id) => crsById(id)!);
  }
  const out: CrsInfo[] = [];
  const northingOk = minY >= GK_NORTHING[0] && maxY <= GK_NORTHING[1];
  const prefix = Math.floor(minX / 1_000_000);
  const rest = [minX - prefix * 1_000_000, maxX - prefix * 1_000_000];
  if (
    northingOk &&
    prefix === Math.floor(maxX / 1_000_000) &&
    rest[0]! >= GK_EASTING[0] &&
    rest[1]! <= GK_EASTING[1]
  ) {
    const width = prefix >= GK_ZONE_RANGE[3][0] ? 3 : 6;
    const gk = gaussKrugerCrs('cgcs2000', width, prefix, true);
    if (gk) out.push(gk);
  }
  if (northingOk && minX >= GK_EASTING[0] && maxX <= GK_EASTING[1] && defaultCm !== null) {
    const gk = gaussKrugerCrs('cgcs2000', 3, Math.round(defaultCm / 3), false);
    if (gk) out.push(gk);
  }
  if (minX >= 8_000_000 && maxX <= 15_100_000 && minY >= 1_900_000 && maxY <= 7_300_000)
    out.push(crsById('EPSG:3857')!);
  return out;
}

/**
 * Guesses the CRS of coordinates spanning `extent` ([minX, minY, maxX, maxY] as stored). `hint` is where the
 * data is expected to be (lon/lat [west, south, east, north], e.g. the zone's platforms): it picks the central
 * meridian of unprefixed Gauss-Krüger eastings and breaks ties.
 */
export function detectFromRange(extent: Extent, hint?: Extent): CrsDetection {
  if (!extent.every(Number.isFinite)) return unknown('没有有效坐标。 No finite coordinates to judge from.');
  const cm = hint ? Math.round((hint[0] + hint[2]) / 2 / 3) * 3 : null;
  const found = candidates(extent, cm);
  if (found.length === 0) {
    return unknown(
      '坐标范围不符合任何支持的坐标系，请指定。 The coordinates fit no supported CRS; choose one.',
    );
  }
  const ranked = hint
    ? [...found].sort((a, b) => Number(inHint(b, extent, hint)) - Number(inHint(a, extent, hint)))
    : found;
  const crs = ranked[0]!;
  const assumed =
    crs.kind === 'projected' && crs.gk ? ' 假定为 CGCS2000（西安80/北京54 须在 .prj 或文件头中声明）。' : '';
  const assumedEn = crs.gk ? ' CGCS2000 assumed (Xi’an 1980 / Beijing 1954 must be declared).' : '';
  return {
    crs,
    confidence: 'inferred',
    note: `按坐标范围推断为 ${crs.name}（${crs.id}）。${assumed} Inferred from the coordinates' range: ${crs.name} (${crs.id}).${assumedEn}`,
    alternatives: ranked.slice(1).map((c) => c.id),
  };
}
