/**
 * GET /api/exports/parcels.{xlsx,csv,geojson,kml,shp.zip,gpkg,txt} — exactly the parcels GET /api/parcels selects
 * with the same query parameters (all matches, not one page), as attachments named like
 * `仲恺地块_357创新产业带_2018-03-09.xlsx` (filter words and the data's as-of date). `area` + `relation` (a drawn
 * query area, as GET /api/parcel-table takes them) narrow it to the attribute table's rows. The shapefile, the
 * GeoPackage and the 国土 TXT also take `crs` and the TXT `encoding` (server/reports/export-writers.ts). The rows are gathered and
 * the file written in the worker pool (server/jobs/), off the event loop. `asOf=YYYY-MM-DD` exports the ledger of that
 * day (the parcels that stood then, in their state then, a contract signed later left empty; the file is dated
 * that day), as GET /api/parcels?asOf= lists it.
 */

import { Hono } from 'hono';
import { z } from 'zod';
import { platformNames } from '../db/queries/reports.ts';
import { readSettings } from '../db/queries/settings.ts';
import { PARCEL_LIMIT_MAX, parcelFilter } from '../read-models/parcel-list.ts';
import { queryAreaOf } from '../read-models/parcel-table.ts';
import { EXPORT_FORMATS, type ExportFormat, exportMediaType } from '../reports/export-writers.ts';
import { contentDisposition, fileName } from '../reports/filename.ts';
import { describeParcelFilter } from '../reports/filter-label.ts';
import { zoneSlug } from '../reports/zone-name.ts';
import type { AppDeps } from './deps.ts';
import { AreaParams, ParcelQuery } from './queries.ts';
import { valid } from './validate.ts';

/** Query of the exports: the parcel filters (`asOf` included) plus the CRS and text encoding of the GIS formats. */
export const ExportQuery = ParcelQuery.extend({
  ...AreaParams,
  crs: z.string().trim().min(1).max(50).optional(),
  encoding: z.enum(['gbk', 'utf-8']).optional(),
});
type ExportQuery = z.infer<typeof ExportQuery>;

function exportRoute(deps: AppDeps, format: ExportFormat) {
  return async (q: ExportQuery, signal: AbortSignal): Promise<Response> => {
    const area = queryAreaOf(q.area, q.relation);
    const filter = { ...parcelFilter(deps.db, q, PARCEL_LIMIT_MAX), ...(area ? { area } : {}) };
    const label = describeParcelFilter(q, platformNames(deps.db));
    const { nameZh, nameEn } = readSettings(deps.db);
    const zone = { nameZh, nameEn };
    const options = { crs: q.crs, encoding: q.encoding };
    const file = await deps.jobs.run(
      {
        kind: 'parcel-export',
        format,
        options,
        filter,
        labelZh: label.zh,
        asOf: q.asOf ?? null,
        dbPath: deps.db.name,
        referenceDate: deps.referenceDate,
        now: deps.clock().toISOString(),
        zone,
      },
      signal,
    );
    const ext = EXPORT_FORMATS[format].ext;
    const day = q.asOf ?? deps.dataset.asOf;
    const name = fileName([`${nameZh}地块`, label.zh, day], ext);
    const ascii = fileName([`${zoneSlug(nameEn)}-parcels`, label.ascii, day], ext);
    // Bytes cloned from a worker own their ArrayBuffer (no SharedArrayBuffer).
    return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        'Content-Type': exportMediaType(format, options),
        'Content-Disposition': contentDisposition(name, ascii),
        'Content-Length': String(file.bytes.length),
        'Cache-Control': 'no-store',
        'X-Total-Count': String(file.count),
      },
    });
  };
}

export const exportRoutes = (deps: AppDeps) => {
  const xlsx = exportRoute(deps, 'xlsx');
  const csv = exportRoute(deps, 'csv');
  const geojson = exportRoute(deps, 'geojson');
  const kml = exportRoute(deps, 'kml');
  const shp = exportRoute(deps, 'shp');
  const gpkg = exportRoute(deps, 'gpkg');
  const txt = exportRoute(deps, 'txt');
  return new Hono()
    .get('/parcels.xlsx', valid('query', ExportQuery), (c) => xlsx(c.req.valid('query'), c.req.raw.signal))
    .get('/parcels.csv', valid('query', ExportQuery), (c) => csv(c.req.valid('query'), c.req.raw.signal))
    .get('/parcels.geojson', valid('query', ExportQuery), (c) =>
      geojson(c.req.valid('query'), c.req.raw.signal),
    )
    .get('/parcels.kml', valid('query', ExportQuery), (c) => kml(c.req.valid('query'), c.req.raw.signal))
    .get('/parcels.shp.zip', valid('query', ExportQuery), (c) => shp(c.req.valid('query'), c.req.raw.signal))
    .get('/parcels.gpkg', valid('query', ExportQuery), (c) => gpkg(c.req.valid('query'), c.req.raw.signal))
    .get('/parcels.txt', valid('query', ExportQuery), (c) => txt(c.req.valid('query'), c.req.raw.signal));
};
