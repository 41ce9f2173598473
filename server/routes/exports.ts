/**
 * GET /api/exports/parcels.{xlsx,csv,geojson,kml} — exactly the parcels GET /api/parcels selects with the
 * same query parameters (all matches, not one page), as attachments named like
 * `仲恺地块_357创新产业带_2018-03-09.xlsx` (filter words and the data's as-of date).
 */
import { Hono } from 'hono';
import { platformNames } from '../db/queries/reports.ts';
import { UnprocessableError } from '../errors.ts';
import { contentDisposition, fileName } from '../reports/filename.ts';
import { describeParcelFilter } from '../reports/filter-label.ts';
import { parcelListGeoJson } from '../reports/geojson.ts';
import { parcelListKml } from '../reports/kml.ts';
import type { ParcelListModel } from '../reports/models.ts';
import { parcelListCsv } from '../reports/parcel-csv.ts';
import { parcelListXlsx } from '../reports/xlsx.ts';
import type { AppDeps } from './deps.ts';
import { checkPlatformList } from './known-platforms.ts';
import { PARCEL_LIMIT_MAX, ParcelQuery } from './parcels.ts';
import { gatherParcelList } from './report-models.ts';
import { valid } from './validate.ts';

type Format = {
  ext: string;
  type: string;
  write: (m: ParcelListModel) => Promise<Buffer | string> | Buffer | string;
};

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
} satisfies Record<string, Format>;

function exportRoute(deps: AppDeps, format: Format) {
  return async (q: ReturnType<typeof ParcelQuery.parse>): Promise<Response> => {
    checkPlatformList(deps.db, q.platform);
    if (q.minAreaMu != null && q.maxAreaMu != null && q.minAreaMu > q.maxAreaMu) {
      throw new UnprocessableError('minAreaMu is greater than maxAreaMu', 'minAreaMu');
    }
    const label = describeParcelFilter(q, platformNames(deps.db));
    const model = gatherParcelList(
      deps,
      {
        bbox: q.bbox,
        platformIds: q.platform,
        states: q.state,
        landUses: q.landUse,
        industries: q.industry,
        minAreaMu: q.minAreaMu,
        maxAreaMu: q.maxAreaMu,
        q: q.q,
        limit: q.limit ?? PARCEL_LIMIT_MAX,
      },
      label.zh,
    );
    const body = await format.write(model);
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    const name = fileName(['仲恺地块', label.zh, deps.dataset.asOf], format.ext);
    const ascii = fileName(['zhongkai-parcels', label.ascii, deps.dataset.asOf], format.ext);
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': format.type,
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
  return new Hono()
    .get('/parcels.xlsx', valid('query', ParcelQuery), (c) => xlsx(c.req.valid('query')))
    .get('/parcels.csv', valid('query', ParcelQuery), (c) => csv(c.req.valid('query')))
    .get('/parcels.geojson', valid('query', ParcelQuery), (c) => geojson(c.req.valid('query')))
    .get('/parcels.kml', valid('query', ParcelQuery), (c) => kml(c.req.valid('query')));
};
