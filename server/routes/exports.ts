/**
 * GET /api/exports/parcels.{xlsx,csv,geojson,kml,shp.zip,txt} — exactly the parcels GET /api/parcels selects
 * with the same query parameters (all matches, not one page), as attachments named like
 * `仲恺地块_357创新产业带_2018-03-09.xlsx` (filter words and the data's as-of date). The shapefile and the
 * 国土 TXT also take `crs` (shapefile: CGCS2000 lon/lat EPSG:4490 by default, or a CGCS2000 Gauss-Krüger zone,
 * WGS84, Web Mercator; TXT: a CGCS2000 Gauss-Krüger zone, EPSG:4547 = 3° CM 114°E by default) and the TXT
 * `encoding` (`gbk` default, `utf-8`).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { type CrsInfo, crsById } from '../../domain/crs/crs-catalog.ts';
import { platformNames } from '../db/queries/reports.ts';
import { RuleError } from '../errors.ts';
import { PARCEL_LIMIT_MAX, parcelFilter } from '../read-models/parcel-list.ts';
import { contentDisposition, fileName } from '../reports/filename.ts';
import { describeParcelFilter } from '../reports/filter-label.ts';
import { gatherParcelList } from '../reports/gather-models.ts';
import { parcelListGeoJson } from '../reports/geojson.ts';
import { parcelListGuotuTxt } from '../reports/guotu-txt.ts';
import { parcelListKml } from '../reports/kml.ts';
import type { ParcelListModel } from '../reports/models.ts';
import { parcelListCsv } from '../reports/parcel-csv.ts';
import { parcelListShapefileZip } from '../reports/shapefile/parcel-shapefile.ts';
import { parcelListXlsx } from '../reports/xlsx.ts';
import type { AppDeps } from './deps.ts';
import { ParcelQuery } from './queries.ts';
import { valid } from './validate.ts';

/** Query of the exports: the parcel filters plus the CRS and text encoding of the GIS formats. */
export const ExportQuery = ParcelQuery.extend({
  crs: z.string().trim().min(1).optional(),
  encoding: z.enum(['gbk', 'utf-8']).optional(),
});
type ExportQuery = z.infer<typeof ExportQuery>;

type Format = {
  ext: string;
  type: string;
  write: (m: ParcelListModel, q: ExportQuery) => Promise<Uint8Array | string> | Uint8Array | string;
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

function shapefileZip(m: ParcelListModel, q: ExportQuery): Uint8Array {
  const zip = parcelListShapefileZip(m, exportCrs(q.crs, 'EPSG:4490', shpCrs, 'shapefile'));
  if (!zip) throw new RuleError('crs_not_exportable', `crs ${q.crs}: not exportable`, 'crs');
  return zip;
}

function guotuTxt(m: ParcelListModel, q: ExportQuery): Uint8Array {
  const txt = parcelListGuotuTxt(
    m,
    exportCrs(q.crs, 'EPSG:4547', isCgcsZone, '国土 TXT'),
    q.encoding ?? 'gbk',
  );
  if (!txt) throw new RuleError('crs_not_exportable', `crs ${q.crs}: not exportable`, 'crs');
  return txt.bytes;
}

const FORMATS = {
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
  txt: { ext: 'txt', type: 'text/plain', write: guotuTxt },
} satisfies Record<string, Format>;

function exportRoute(deps: AppDeps, format: Format) {
  return async (q: ExportQuery): Promise<Response> => {
    const filter = parcelFilter(deps.db, q, PARCEL_LIMIT_MAX);
    const label = describeParcelFilter(q, platformNames(deps.db));
    const model = gatherParcelList(deps, filter, label.zh);
    const body = await format.write(model, q);
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    const type =
      format.ext === 'txt' ? `text/plain; charset=${q.encoding === 'utf-8' ? 'utf-8' : 'gbk'}` : format.type;
    const name = fileName(['仲恺地块', label.zh, deps.dataset.asOf], format.ext);
    const ascii = fileName(['zhongkai-parcels', label.ascii, deps.dataset.asOf], format.ext);
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': type,
        'Content-Disposition': contentDisposition(name, ascii),
        'Content-Length': String(bytes.length),
        'Cache-Control': 'no-store',
        'X-Total-Count': String(model.rows.length),
      },
    });
  };
}

export const exportRoutes = (deps: AppDeps) => {
  const xlsx = exportRoute(deps, FORMATS.xlsx);
  const csv = exportRoute(deps, FORMATS.csv);
  const geojson = exportRoute(deps, FORMATS.geojson);
  const kml = exportRoute(deps, FORMATS.kml);
  const shp = exportRoute(deps, FORMATS.shp);
  const txt = exportRoute(deps, FORMATS.txt);
  return new Hono()
    .get('/parcels.xlsx', valid('query', ExportQuery), (c) => xlsx(c.req.valid('query')))
    .get('/parcels.csv', valid('query', ExportQuery), (c) => csv(c.req.valid('query')))
    .get('/parcels.geojson', valid('query', ExportQuery), (c) => geojson(c.req.valid('query')))
    .get('/parcels.kml', valid('query', ExportQuery), (c) => kml(c.req.valid('query')))
    .get('/parcels.shp.zip', valid('query', ExportQuery), (c) => shp(c.req.valid('query')))
    .get('/parcels.txt', valid('query', ExportQuery), (c) => txt(c.req.valid('query')));
};
