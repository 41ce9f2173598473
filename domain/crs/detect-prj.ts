/**
 * The CRS a shapefile's `.prj` (OGC or ESRI WKT1) declares: CGCS2000, WGS84, Xi'an 1980 and Beijing 1954,
 * geographic or Gauss-Krüger 3°/6° with or without zone prefix, and Web Mercator. ArcGIS writes no EPSG code
 * (`PROJCS["CGCS2000_3_Degree_GK_CM_114E",…]`), so the zone is read from the central meridian and false easting.
 */
import {
  type CrsDatum,
  type CrsInfo,
  crsById,
  GK_ZONE_RANGE,
  gaussKrugerCrs,
  zoneOfCentralMeridian,
} from './crs-catalog.ts';
import { type CrsDetection, declared, unknown } from './crs-detection.ts';
import { childrenOf, findNode, nameOf, parseWkt, type WktNode } from './wkt.ts';

/** Datum family from a datum / GEOGCS / spheroid name or the spheroid's semi-major axis and inverse flattening. */
export function datumOfName(name: string, a?: number, rf?: number): CrsDatum | null {
  const n = name.toLowerCase().replace(/[\s_'’-]+/g, '');
  if (/cgcs|china2000|chinageodeticcoordinatesystem2000|2000国家|国家2000/.test(n)) return 'cgcs2000';
  if (/xian|西安|1980|iag1975|iau76/.test(n)) return 'xian80';
  if (/beijing|北京|1954|krass/.test(n)) return 'beijing54';
  if (/wgs1984|wgs84/.test(n)) return 'wgs84';
  if (a === 6378140) return 'xian80';
  if (a === 6378245) return 'beijing54';
  if (a === 6378137 && rf !== undefined) return Math.abs(rf - 298.257222101) < 1e-6 ? 'cgcs2000' : 'wgs84';
  return null;
}

const GEOGRAPHIC: Partial<Record<CrsDatum, string>> = {
  cgcs2000: 'EPSG:4490',
  wgs84: 'EPSG:4326',
  xian80: 'EPSG:4610',
  beijing54: 'EPSG:4214',
};

/** Datum of a GEOGCS/GEOGCRS node (by datum name, then spheroid parameters). */
function wktDatum(geog: WktNode): CrsDatum | null {
  const datum = findNode(geog, 'DATUM');
  const sph = findNode(geog, 'SPHEROID') ?? findNode(geog, 'ELLIPSOID');
  const a = typeof sph?.args[1] === 'number' ? sph.args[1] : undefined;
  const rf = typeof sph?.args[2] === 'number' ? sph.args[2] : undefined;
  return datumOfName(`${nameOf(datum)} ${nameOf(geog)}`, a, rf) ?? datumOfName('', a, rf);
}

/** PARAMETER["name", value] of a PROJCS, matched case- and separator-insensitively. */
function param(root: WktNode, name: string): number | null {
  const want = name.toLowerCase().replace(/[\s_]/g, '');
  for (const p of childrenOf(root, 'PARAMETER')) {
    if (nameOf(p).toLowerCase().replace(/[\s_]/g, '') === want && typeof p.args[1] === 'number')
      return p.args[1];
  }
  return null;
}

/** The EPSG code a WKT declares for itself (AUTHORITY["EPSG","4547"] or ID["EPSG",4547]) when catalogued. */
function declaredEpsg(root: WktNode): CrsInfo | null {
  for (const node of [...childrenOf(root, 'AUTHORITY'), ...childrenOf(root, 'ID')]) {
    if (nameOf(node).toUpperCase() === 'EPSG') return crsById(String(node.args[1]));
  }
  return null;
}

/** Reads a `.prj` (WKT1 / ESRI WKT): CGCS2000, WGS84, Xi'an 1980, Beijing 1954 geographic or Gauss-Krüger, and Web Mercator. */
export function detectFromPrj(text: string): CrsDetection {
  const root = parseWkt(text.trim());
  if (!root) return unknown('.prj 文件无法解析。 The .prj file is not valid WKT.');
  const byCode = declaredEpsg(root);
  if (byCode)
    return declared(byCode, `.prj 声明 ${byCode.id}。 The .prj declares ${byCode.id} (${byCode.name}).`);
  const name = nameOf(root);
  if (root.keyword === 'GEOGCS' || root.keyword === 'GEOGCRS') {
    const id = GEOGRAPHIC[wktDatum(root) ?? 'gcj02'];
    const crs = id ? crsById(id) : null;
    return crs
      ? declared(crs, `.prj：${crs.name}（经纬度）。 The .prj is geographic ${crs.name}.`)
      : unknown(`.prj 的基准无法识别：${name}。 Unrecognised datum in .prj: ${name}.`);
  }
  if (root.keyword !== 'PROJCS' && root.keyword !== 'PROJCRS') {
    return unknown(`.prj 不是坐标参考系：${root.keyword}。 The .prj is not a CRS (${root.keyword}).`);
  }
  return detectProjected(root, name);
}

function detectProjected(root: WktNode, name: string): CrsDetection {
  const method = nameOf(findNode(root, 'PROJECTION') ?? findNode(root, 'METHOD')).toLowerCase();
  if (/pseudo.?mercator|web.?mercator|auxiliary.?sphere/i.test(`${name} ${method}`)) {
    const crs = crsById('EPSG:3857')!;
    return declared(crs, `.prj：Web 墨卡托。 The .prj is ${crs.name}.`);
  }
  const geog = findNode(root, 'GEOGCS') ?? findNode(root, 'BASEGEOGCRS') ?? root;
  const datum = wktDatum(geog);
  const cm = param(root, 'central_meridian') ?? param(root, 'longitude of natural origin');
  const fe = param(root, 'false_easting') ?? param(root, 'false easting') ?? 0;
  const tm = /transverse.?mercator|gauss.?kruger|gauss.?krüger/.test(method);
  if (!tm || cm === null || (datum !== 'cgcs2000' && datum !== 'xian80' && datum !== 'beijing54')) {
    return unknown(`.prj 的投影不在支持范围：${name}。 Unsupported projection in .prj: ${name}.`);
  }
  const crs = gkFromParameters(datum, cm, fe, name);
  return crs
    ? declared(crs, `.prj：${crs.name}（${crs.id}）。 The .prj is ${crs.name} (${crs.id}).`)
    : unknown(
        `.prj 的中央经线或东偏不是标准分带：${name}。 Non-standard central meridian / false easting: ${name}.`,
      );
}

/**
 * The Gauss-Krüger zone from a central meridian and false easting. The width comes from the zone number when the
 * easting is prefixed; otherwise from the name (ESRI: `3_Degree_GK_CM_114E` is 3°, `GK_CM_117E` 6°), else from
 * the meridian (114°E is only a 3° meridian); a meridian of both series (e.g. 117°E) without a telling name
 * defaults to 3° — both definitions are the same projection, and 3° zones are what cadastral surveys use.
 */
export function gkFromParameters(
  datum: 'cgcs2000' | 'xian80' | 'beijing54',
  cm: number,
  fe: number,
  name = '',
) {
  const prefix = Math.floor(fe / 1_000_000);
  if (prefix > 0) {
    if (fe - prefix * 1_000_000 !== 500_000) return null;
    const width = prefix >= GK_ZONE_RANGE[3][0] ? 3 : 6;
    const crs = gaussKrugerCrs(datum, width, prefix, true);
    return crs?.gk?.centralMeridian === cm ? crs : null;
  }
  if (fe !== 500_000) return null;
  // ESRI names 3° zones `…_3_Degree_GK_…` and 6° zones `…_GK_CM_117E` / `…_Gauss_Kruger_CM_117E` (no width).
  const says3 = /3.?degree|3度/i.test(name);
  const says6 = /6.?degree|6度/i.test(name) || (!says3 && /(GK|Gauss.?Kruger)_(CM|Zone)_/i.test(name));
  const width: 3 | 6 =
    says6 && zoneOfCentralMeridian(6, cm) !== null ? 6 : zoneOfCentralMeridian(3, cm) !== null ? 3 : 6;
  const zone = zoneOfCentralMeridian(width, cm);
  return zone === null ? null : gaussKrugerCrs(datum, width, zone, false);
}
