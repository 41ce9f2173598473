/**
 * GET /api/print/map.pdf — the map printed to scale: `paper` a4|a3, `orientation` portrait|landscape, `scale`
 * one of 2000, 5000, 10000, 25000, 50000 (1:n), `center=lon,lat` (the map frame's centre), `title`, `theme`
 * (parcel colouring as on screen), `lang` zh-CN|en, and the map's parcel filters and drawn area (the same
 * parameters as GET /api/parcel-table). A vector PDF rendered in the worker pool (server/reports/print/).
 */

import { Hono } from 'hono';
import { z } from 'zod';
import { PRINT_SCALES } from '../../domain/print/print-page.ts';
import { SafeText } from '../../domain/safe-text.ts';
import { readSettings } from '../db/queries/settings.ts';
import { PARCEL_LIMIT_MAX, parcelFilter } from '../read-models/parcel-list.ts';
import { queryAreaOf } from '../read-models/parcel-table.ts';
import { contentDisposition } from '../reports/filename.ts';
import { PRINT_THEMES } from '../reports/print/print-model.ts';
import type { AppDeps } from './deps.ts';
import { AreaParams, ParcelQuery } from './queries.ts';
import { intParam, numberParam, valid } from './validate.ts';

const centerParam = z.string().transform((s, ctx): [number, number] => {
  const [lon, lat, ...rest] = s.split(',').map((v) => numberParam.safeParse(v));
  if (!lon?.success || !lat?.success || rest.length) {
    ctx.addIssue({ code: 'custom', message: 'expected lon,lat in degrees, e.g. 114.25,23.02' });
    return z.NEVER;
  }
  if (Math.abs(lon.data) > 180 || Math.abs(lat.data) > 85) {
    ctx.addIssue({ code: 'custom', message: 'lon must be within ±180 and lat within ±85 degrees' });
    return z.NEVER;
  }
  return [lon.data, lat.data];
});

/** Query of the printed map. */
export const PrintQuery = ParcelQuery.omit({ bbox: true, limit: true, asOf: true }).extend({
  ...AreaParams,
  paper: z.enum(['a4', 'a3']).default('a4'),
  orientation: z.enum(['portrait', 'landscape']).default('landscape'),
  scale: intParam.pipe(
    z
      .number()
      .refine(
        (n) => (PRINT_SCALES as readonly number[]).includes(n),
        `one of ${PRINT_SCALES.join(', ')} (1:n)`,
      ),
  ),
  center: centerParam,
  title: SafeText({ max: 80 }).optional(),
  theme: z.enum(PRINT_THEMES).default('state'),
  lang: z.enum(['zh-CN', 'en']).default('zh-CN'),
});

export const printRoutes = (deps: AppDeps) =>
  new Hono().get('/map.pdf', valid('query', PrintQuery), async (c) => {
    const q = c.req.valid('query');
    const area = queryAreaOf(q.area, q.relation);
    const filter = { ...parcelFilter(deps.db, q, PARCEL_LIMIT_MAX), ...(area ? { area } : {}) };
    const { nameZh, nameEn } = readSettings(deps.db);
    const title = q.title ?? (q.lang === 'en' ? `${nameEn} land and platforms` : `${nameZh}土地与产业平台`);
    const task = {
      kind: 'print-map',
      request: {
        paper: q.paper,
        orientation: q.orientation,
        scale: q.scale,
        center: q.center,
        title,
        theme: q.theme,
        lang: q.lang,
        filter,
      },
      dbPath: deps.db.name,
      referenceDate: deps.referenceDate,
      now: deps.clock().toISOString(),
      zone: { nameZh, nameEn },
    } as const;
    const f = await deps.jobs.run(task, c.req.raw.signal);
    // Bytes cloned from a worker own their ArrayBuffer (no SharedArrayBuffer).
    return new Response(f.bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': contentDisposition(f.name, f.asciiName),
        'Content-Length': String(f.bytes.length),
        'Cache-Control': 'no-store',
      },
    });
  });
