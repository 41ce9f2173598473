/**
 * "变化 / What changed": GET /api/changes?from=&to= — parcels whose land state changed (or that were created or
 * retired by a split / merge), land granted, and projects that moved stage between the two dates
 * (read-models/changes-between.ts); GET /api/changes.xlsx — the same as a workbook; GET /api/changes/span — the
 * first and last day of the land-event history (the time slider's range). Both dates are required ISO dates with
 * from ≤ to (422 naming `from` otherwise); unknown parameters are a 400.
 */

import { Hono } from 'hono';
import { z } from 'zod';
import { IsoDate } from '../../domain/schemas.ts';
import { landEventSpan } from '../db/queries/change-timelines.ts';
import { readSettings } from '../db/queries/settings.ts';
import { UnprocessableError } from '../errors.ts';
import { noQuery } from '../http/strict-query.ts';
import { changesBetween } from '../read-models/changes-between.ts';
import { changesXlsx } from '../reports/changes-xlsx.ts';
import { contentDisposition, fileName } from '../reports/filename.ts';
import { zoneSlug } from '../reports/zone-name.ts';
import type { AppDeps } from './deps.ts';
import { valid } from './validate.ts';

const ChangesQuery = z.object({ from: IsoDate, to: IsoDate });

/** 422 unless from ≤ to (swapping silently would hide a mistyped date). */
function window(q: z.infer<typeof ChangesQuery>): { from: string; to: string } {
  if (q.from > q.to)
    throw new UnprocessableError(`from ${q.from} is after to ${q.to} / 起始日期晚于结束日期`, 'from');
  return q;
}

export const changeRoutes = (deps: AppDeps) =>
  new Hono()
    .get('/changes', valid('query', ChangesQuery), (c) => {
      const { from, to } = window(c.req.valid('query'));
      return c.json(changesBetween(deps.db, from, to), 200);
    })
    .get('/changes.xlsx', valid('query', ChangesQuery), async (c) => {
      const { from, to } = window(c.req.valid('query'));
      const { nameZh, nameEn } = readSettings(deps.db);
      const at = deps.clock().toISOString();
      const body = await changesXlsx(changesBetween(deps.db, from, to), at, nameZh);
      return new Response(new Uint8Array(body), {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': contentDisposition(
            fileName([`${nameZh}台账变化`, from, to], 'xlsx'),
            fileName([`${zoneSlug(nameEn)}-changes`, from, to], 'xlsx'),
          ),
        },
      });
    })
    .get('/changes/span', noQuery, (c) =>
      c.json({ span: landEventSpan(deps.db), asOf: deps.dataset.asOf }, 200),
    );
