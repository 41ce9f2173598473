/**
 * Reads a GeoJSON file: a FeatureCollection, a single Feature or a bare geometry. RFC 7946 coordinates are
 * lon/lat WGS84; files written before it may carry a `crs` member (`urn:ogc:def:crs:EPSG::4547`), which is
 * honoured; without one the CRS is left to detection from the coordinates' range (projected GeoJSON exists).
 */
import { crsById } from '../../domain/crs/crs-catalog.ts';
import { type CrsDetection, declared, unknown } from '../../domain/crs/crs-detection.ts';
import { readFeatures } from './feature-collection.ts';
import { UnreadableFileError } from './import-errors.ts';
import type { ReadBudget, SourceData } from './source-types.ts';
import { decodeUnlabelledText } from './text-encoding.ts';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The legacy (2008 spec) `crs` member, when present. */
function legacyCrs(root: Record<string, unknown>): CrsDetection | null {
  const crs = root.crs;
  if (!isObj(crs) || !isObj(crs.properties) || typeof crs.properties.name !== 'string') return null;
  const name = crs.properties.name;
  if (/CRS84$/i.test(name))
    return declared(crsById('EPSG:4326')!, 'GeoJSON 声明 CRS84。 The GeoJSON declares CRS84.');
  const code = /EPSG:{1,2}(?:[\d.]*:)?(\d{4,5})$/i.exec(name)?.[1];
  const found = code ? crsById(code) : null;
  return found
    ? declared(found, `GeoJSON 声明 ${found.id}。 The GeoJSON declares ${found.id} (${found.name}).`)
    : unknown(`GeoJSON 声明了不支持的坐标系 ${name}。 The GeoJSON declares an unsupported CRS: ${name}.`);
}

/** Reads the whole file. */
export function readGeoJson(bytes: Uint8Array, fileName: string, budget: ReadBudget): SourceData {
  let root: unknown;
  try {
    root = JSON.parse(decodeUnlabelledText(bytes).text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UnreadableFileError(fileName, '不是有效的 JSON', 'not valid JSON');
  }
  if (!isObj(root)) throw new UnreadableFileError(fileName, '不是 GeoJSON 对象', 'not a GeoJSON object');
  const features =
    root.type === 'FeatureCollection' && Array.isArray(root.features)
      ? root.features
      : root.type === 'Feature'
        ? [root]
        : typeof root.type === 'string' && root.type !== 'FeatureCollection'
          ? [{ type: 'Feature', properties: {}, geometry: root }]
          : null;
  if (!features)
    throw new UnreadableFileError(
      fileName,
      '不是 GeoJSON 要素集合',
      'not a GeoJSON FeatureCollection, Feature or geometry',
    );
  return { format: 'geojson', ...readFeatures(features, budget), declaredCrs: legacyCrs(root) };
}
