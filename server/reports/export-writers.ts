/**
 * The parcel-list export formats: file extension, media type and writer of each. Writers run in a worker
 * thread (server/jobs/worker.ts); the shapefile, the GeoPackage and the 国土 TXT also take a CRS (shapefile and
 * GeoPackage: CGCS2000 lon/lat EPSG:4490 by default, or a CGCS2000 Gauss-Krüger zone, WGS84, Web Mercator;
 * TXT: a CGCS2000 Gauss-Krüger zone, EPSG:4547 = 3° CM 114°E by default) and the TXT an encoding (`gbk` default, `utf-8`).
 */
import { type CrsInfo, crsById } from '../../domain/crs/crs-catalog.ts';
import { RuleError } from '../errors.ts';
import { parcelListGeoJson } from './geojson.ts';
import { parcelListGeoPackage } from './geopackage/parcel-geopackage.ts';
import { parcelListGuotuTxt } from './guotu-txt.ts';
import { parcelListKml } from './kml.ts';
import type { ParcelListModel } from './models.ts';
import { parcelListCsv } from './parcel-csv.ts';
import { parcelListShapefileZip } from './shapefile/parcel-shapefile.ts';
import { parcelListXlsx } from './xlsx.ts';

/** Options of the GIS formats. */
export type ExportOptions = { crs?: string; encoding?: 'gbk' | 'utf-8' };

type Format = {
  ext: string;
  type: string;
  write: (m: ParcelListModel, o: ExportOptions) => Promise<Uint8Array | string> | Uint8Array | string;
};

/** The `crs` parameter resolved, or 422 naming it. */
function exportCrs(
  raw: string | undefined,
  fallback: string,
  accept: (c: CrsInfo) => boolean,
  what: string,
): CrsInfo {
  const crs = crsById(raw ?? fallback);
  if (!crs || !accept(crs)) {
    throw new RuleError(
      'crs_not_exportable',
      `crs ${raw}: ${what} 不能以此坐标系导出 / cannot be written in this CRS`,
      'crs',
    );
  }
  return crs;
}

const isCgcsZone = (c: CrsInfo) => c.gk?.datum === 'cgcs2000';
const shpCrs = (c: CrsInfo) => isCgcsZone(c) || ['EPSG:4490', 'EPSG:4326', 'EPSG:3857'].includes(c.id);

function shapefileZip(m: ParcelListModel, o: ExportOptions): Uint8Array {
  const zip = parcelListShapefileZip(m, exportCrs(o.crs, 'EPSG:4490', shpCrs, 'shapefile'));
  if (!zip) throw new RuleError('crs_not_exportable', `crs ${o.crs}: not exportable`, 'crs');
  return zip;
}

function geoPackage(m: ParcelListModel, o: ExportOptions): Uint8Array {
  const gpkg = parcelListGeoPackage(m, exportCrs(o.crs, 'EPSG:4490', shpCrs, 'GeoPackage'));
  if (!gpkg) throw new RuleError('crs_not_exportable', `crs ${o.crs}: not exportable`, 'crs');
  return gpkg;
}

function guotuTxt(m: ParcelListModel, o: ExportOptions): Uint8Array {
  const txt = parcelListGuotuTxt(
    m,
    exportCrs(o.crs, 'EPSG:4547', isCgcsZone, '国土 TXT'),
    o.encoding ?? 'gbk',
  );
  if (!txt) throw new RuleError('crs_not_exportable', `crs ${o.crs}: not exportable`, 'crs');
  return txt.bytes;
}

/** Every export format by key. */
export const EXPORT_FORMATS = {
  xlsx: {
    ext: 'xlsx',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    write: parcelListXlsx,
  },
  csv: { ext: 'csv', type: 'text/csv; charset=utf-8', write: parcelListCsv },
  geojson: {
    ext: 'geojson',
    type: 'application/geo+json',
    write: (m) => `${JSON.stringify(parcelListGeoJson(m))}\n`,
  },
  kml: { ext: 'kml', type: 'application/vnd.google-earth.kml+xml; charset=utf-8', write: parcelListKml },
  shp: { ext: 'shp.zip', type: 'application/zip', write: shapefileZip },
  gpkg: { ext: 'gpkg', type: 'application/geopackage+sqlite3', write: geoPackage },
  txt: { ext: 'txt', type: 'text/plain', write: guotuTxt },
} satisfies Record<string, Format>;

/** A key of EXPORT_FORMATS. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The media type of `format` (the TXT names its encoding). */
export function exportMediaType(format: ExportFormat, o: ExportOptions): string {
  if (format === 'txt') return `text/plain; charset=${o.encoding === 'utf-8' ? 'utf-8' : 'gbk'}`;
  return EXPORT_FORMATS[format].type;
}
