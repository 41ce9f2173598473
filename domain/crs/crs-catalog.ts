/**
 * The coordinate reference systems imports and exports know, each with a stable id (`EPSG:n`, `GCJ02`, `BD09`)
 * and a proj4 definition. Gauss-Krüger (高斯-克吕格) zones are built from their parameters, so every 3° and 6°
 * zone of CGCS2000, Xi'an 1980 and Beijing 1954 is covered "with zone prefix" (false easting = zone × 1,000,000 +
 * 500,000 m) and "without" (false easting 500,000 m), with the EPSG codes of the EPSG registry:
 *   CGCS2000: 6° zones 13–23 4491–4501, 6° CM 75°–135°E 4502–4512, 3° zones 25–45 4513–4533, 3° CM 4534–4554;
 *   Xi'an 1980: 6° 2327–2337 / 2338–2348, 3° 2349–2369 / 2370–2390;
 *   Beijing 1954: 6° 21413–21423 / 21453–21463, 3° 2401–2421 / 2422–2442.
 * Xi'an 1980 and Beijing 1954 are on other ellipsoids with no published national datum shift to CGCS2000: the
 * bureau's own 7-parameter set is needed (see transform.ts), so they are marked `needsParameters`.
 */

/** Datum family of a CRS; `gcj02` / `bd09` are the obfuscated web-map offsets of AMap/Tencent and Baidu. */
export type CrsDatum = 'cgcs2000' | 'wgs84' | 'xian80' | 'beijing54' | 'gcj02' | 'bd09';

/** A coordinate reference system an import may be in. */
export interface CrsInfo {
  /** Stable id: `EPSG:4547`, `GCJ02`, `BD09`. */
  id: string;
  /** Human-readable name (English, EPSG style). */
  name: string;
  datum: CrsDatum;
  /** `geographic`: degrees lon/lat; `projected`: metres easting/northing. */
  kind: 'geographic' | 'projected';
  /** proj4 definition of the coordinates as stored (GCJ-02 / BD-09: that of WGS84; the offset is applied apart). */
  proj4: string;
  /** True when converting to lon/lat needs the bureau's 7-parameter datum shift (Xi'an 1980, Beijing 1954). */
  needsParameters: boolean;
  /** Gauss-Krüger parameters, for projected Chinese CRSs only. */
  gk?: GaussKrugerZone;
}

/** One Gauss-Krüger zone: width (3° or 6°), central meridian (°E), zone number, and whether eastings carry it. */
export interface GaussKrugerZone {
  datum: 'cgcs2000' | 'xian80' | 'beijing54';
  width: 3 | 6;
  /** Central meridian, degrees east. */
  centralMeridian: number;
  /** Zone number (3°: CM / 3, 25–45 in China; 6°: (CM + 3) / 6, 13–23). */
  zone: number;
  /** Eastings are prefixed with the zone number (false easting zone × 1e6 + 500,000 m). */
  prefixed: boolean;
}

const ELLIPSOID: Record<GaussKrugerZone['datum'], string> = {
  cgcs2000: '+ellps=GRS80',
  // IAG 1975: a = 6378140 m, 1/f = 298.257 (proj's IAU76)
  xian80: '+a=6378140 +rf=298.257',
  beijing54: '+ellps=krass',
};

const DATUM_NAME: Record<GaussKrugerZone['datum'], string> = {
  cgcs2000: 'CGCS2000',
  xian80: 'Xian 1980',
  beijing54: 'Beijing 1954',
};

/** First EPSG code of each series: [6° prefixed, 6° CM, 3° prefixed, 3° CM]. */
const EPSG_BASE: Record<GaussKrugerZone['datum'], [number, number, number, number]> = {
  cgcs2000: [4491, 4502, 4513, 4534],
  xian80: [2327, 2338, 2349, 2370],
  beijing54: [21413, 21453, 2401, 2422],
};

/** China's zones: 3° zones 25–45 (CM 75°–135°E), 6° zones 13–23 (CM 75°–135°E). */
export const GK_ZONE_RANGE = { 3: [25, 45], 6: [13, 23] } as const;

/** Central meridian (°E) of zone `zone` of width `width`: 3° zone n → 3n; 6° zone n → 6n − 3. */
export const centralMeridianOf = (width: 3 | 6, zone: number): number =>
  width === 3 ? 3 * zone : 6 * zone - 3;

/** Zone number whose central meridian is `cm` (°E), or null when `cm` is not a central meridian of that width. */
export function zoneOfCentralMeridian(width: 3 | 6, cm: number): number | null {
  const zone = width === 3 ? cm / 3 : (cm + 3) / 6;
  if (!Number.isInteger(zone)) return null;
  const [lo, hi] = GK_ZONE_RANGE[width];
  return zone >= lo && zone <= hi ? zone : null;
}

/** The Gauss-Krüger CRS of a zone (by zone number), or null when the zone is outside China's range. */
export function gaussKrugerCrs(
  datum: GaussKrugerZone['datum'],
  width: 3 | 6,
  zone: number,
  prefixed: boolean,
): CrsInfo | null {
  const [lo, hi] = GK_ZONE_RANGE[width];
  if (!Number.isInteger(zone) || zone < lo || zone > hi) return null;
  const cm = centralMeridianOf(width, zone);
  const base = EPSG_BASE[datum][(width === 6 ? 0 : 2) + (prefixed ? 0 : 1)] ?? 0;
  const code = base + (zone - lo);
  const falseEasting = prefixed ? zone * 1_000_000 + 500_000 : 500_000;
  const label = prefixed
    ? `${width === 3 ? '3-degree ' : ''}GK zone ${zone}`
    : `${width === 3 ? '3-degree ' : ''}GK CM ${cm}E`;
  return {
    id: `EPSG:${code}`,
    name: `${DATUM_NAME[datum]} / ${label}`,
    datum,
    kind: 'projected',
    proj4: `+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=${falseEasting} +y_0=0 ${ELLIPSOID[datum]} +units=m +no_defs`,
    needsParameters: datum !== 'cgcs2000',
    gk: { datum, width, centralMeridian: cm, zone, prefixed },
  };
}

const WGS84_PROJ = '+proj=longlat +datum=WGS84 +no_defs';

/** CRSs that are not Gauss-Krüger zones. CGCS2000 and WGS84 agree within a few centimetres and are not shifted. */
const FIXED: readonly CrsInfo[] = [
  {
    id: 'EPSG:4490',
    name: 'China Geodetic Coordinate System 2000',
    datum: 'cgcs2000',
    kind: 'geographic',
    proj4: '+proj=longlat +ellps=GRS80 +no_defs',
    needsParameters: false,
  },
  {
    id: 'EPSG:4326',
    name: 'WGS 84',
    datum: 'wgs84',
    kind: 'geographic',
    proj4: WGS84_PROJ,
    needsParameters: false,
  },
  {
    id: 'EPSG:3857',
    name: 'WGS 84 / Pseudo-Mercator',
    datum: 'wgs84',
    kind: 'projected',
    proj4:
      '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs',
    needsParameters: false,
  },
  {
    id: 'GCJ02',
    name: 'GCJ-02 (AMap / Tencent)',
    datum: 'gcj02',
    kind: 'geographic',
    proj4: WGS84_PROJ,
    needsParameters: false,
  },
  {
    id: 'BD09',
    name: 'BD-09 (Baidu)',
    datum: 'bd09',
    kind: 'geographic',
    proj4: WGS84_PROJ,
    needsParameters: false,
  },
  {
    id: 'EPSG:4610',
    name: 'Xian 1980',
    datum: 'xian80',
    kind: 'geographic',
    proj4: '+proj=longlat +a=6378140 +rf=298.257 +no_defs',
    needsParameters: true,
  },
  {
    id: 'EPSG:4214',
    name: 'Beijing 1954',
    datum: 'beijing54',
    kind: 'geographic',
    proj4: '+proj=longlat +ellps=krass +no_defs',
    needsParameters: true,
  },
];

/** Every Gauss-Krüger CRS of the catalogue, in EPSG order within each datum. */
function allGaussKruger(): CrsInfo[] {
  const out: CrsInfo[] = [];
  for (const datum of ['cgcs2000', 'xian80', 'beijing54'] as const) {
    for (const width of [6, 3] as const) {
      for (const prefixed of [true, false]) {
        const [lo, hi] = GK_ZONE_RANGE[width];
        for (let zone = lo; zone <= hi; zone++) out.push(gaussKrugerCrs(datum, width, zone, prefixed)!);
      }
    }
  }
  return out;
}

/** Every CRS imports accept, keyed by id. */
export const CRS_CATALOG: ReadonlyMap<string, CrsInfo> = new Map(
  [...FIXED, ...allGaussKruger()].map((c) => [c.id, c]),
);

/** Normalises `epsg:4547`, `EPSG: 4547`, `4547`, `gcj-02`, `bd09` to a catalogue id; null when unknown. */
export function crsById(raw: string): CrsInfo | null {
  const s = raw.trim().toUpperCase().replace(/\s+/g, '');
  if (/^GCJ-?02$/.test(s)) return CRS_CATALOG.get('GCJ02') ?? null;
  if (/^BD-?09$/.test(s)) return CRS_CATALOG.get('BD09') ?? null;
  const m = /^(?:EPSG:)?(\d{4,5})$/.exec(s);
  return m ? (CRS_CATALOG.get(`EPSG:${m[1]}`) ?? null) : null;
}
