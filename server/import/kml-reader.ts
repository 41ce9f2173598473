/**
 * Reads KML (and KMZ: a zip whose first `.kml` is the document) with @tmcw/togeojson over @xmldom/xmldom.
 * KML coordinates are WGS84 lon/lat by definition (OGC KML 2.2 §6.2), so the CRS is declared EPSG:4326 — unless
 * the user says the file was digitised on a GCJ-02 map (many Chinese apps export shifted KML). Styling
 * properties that togeojson adds (stroke, fill, styleUrl…) are not attributes.
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { crsById } from '../../domain/crs/crs-catalog.ts';
import { declared } from '../../domain/crs/crs-detection.ts';
import { readFeatures } from './feature-collection.ts';
import { UnreadableFileError } from './import-errors.ts';
import type { ImportLimits } from './import-limits.ts';
import type { ReadBudget, SourceData } from './source-types.ts';
import { readZip } from './zip-reader.ts';

const STYLE_KEYS = new Set([
  'styleUrl',
  'styleHash',
  'styleMapHash',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'fill',
  'fill-opacity',
  'icon',
  'icon-scale',
  'icon-color',
  'icon-opacity',
  'label-scale',
  'label-color',
  'label-opacity',
  'visibility',
]);

/** Reads KML text. */
export function readKml(
  bytes: Uint8Array,
  fileName: string,
  budget: ReadBudget,
  format: 'kml' | 'kmz' = 'kml',
): SourceData {
  const text = new TextDecoder('utf-8').decode(bytes);
  let collection: { features: unknown[] };
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level === 'fatalError') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
    if (doc.documentElement?.localName !== 'kml') throw new Error('root element is not <kml>');
    // togeojson expects a browser Document; xmldom's is structurally compatible.
    collection = kml(doc as unknown as Document) as { features: unknown[] };
  } catch (err) {
    if (err instanceof UnreadableFileError) throw err;
    throw new UnreadableFileError(
      fileName,
      '不是有效的 KML',
      `not valid KML (${String((err as Error)?.message ?? err).slice(0, 120)})`,
    );
  }
  return {
    format,
    ...readFeatures(collection.features, budget, STYLE_KEYS),
    declaredCrs: declared(
      crsById('EPSG:4326')!,
      'KML 坐标按规范为 WGS84 经纬度。 KML coordinates are WGS84 lon/lat by definition.',
    ),
  };
}

/** Reads a KMZ: the first `.kml` at the shallowest level of the zip. */
export function readKmz(
  bytes: Uint8Array,
  fileName: string,
  budget: ReadBudget,
  limits: ImportLimits,
): SourceData {
  const entries = readZip(bytes, limits, fileName)
    .filter((e) => /\.kml$/i.test(e.name))
    .sort((a, b) => a.name.split('/').length - b.name.split('/').length || a.name.localeCompare(b.name));
  const doc = entries[0];
  if (!doc) throw new UnreadableFileError(fileName, 'KMZ 中没有 .kml 文件', 'the KMZ holds no .kml document');
  return readKml(doc.bytes, `${fileName}/${doc.name}`, budget, 'kmz');
}
