/**
 * GET /api/parcel-table — the attribute table: parcels matching the list filters (the same parameters as
 * GET /api/parcels, without bbox, limit and asOf) and an optional drawn area (`area`, `relation`), as rows
 * WITHOUT geometry, sorted (`sort` a column of domain/spatial-query/parcel-table.ts, `dir`) and paged
 * (`offset`, `limit` ≤ 1,000) on the server; with `total`, `truncated` (more rows after this page), the totals
 * (count, ㎡, 亩) and the bbox of the whole selection ("zoom to results"), and with `locate=<parcel id>`
 * that parcel's index in the order (so a map selection can scroll the table to its row).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import {
  PARCEL_TABLE_COLUMNS,
  PARCEL_TABLE_PAGE_DEFAULT,
  PARCEL_TABLE_PAGE_MAX,
} from '../../domain/spatial-query/parcel-table.ts';
import { PARCEL_LIMIT_MAX, parcelFilter } from '../read-models/parcel-list.ts';
import { parcelTable, queryAreaOf } from '../read-models/parcel-table.ts';
import type { AppDeps } from './deps.ts';
import { AreaParams, ParcelQuery } from './queries.ts';
import { intParam, valid } from './validate.ts';

/** Query of the attribute table. */
export const ParcelTableQuery = ParcelQuery.omit({ bbox: true, limit: true, asOf: true }).extend({
  ...AreaParams,
  sort: z.enum(PARCEL_TABLE_COLUMNS).optional(),
  dir: z.enum(['asc', 'desc']).optional(),
  offset: intParam.pipe(z.number().int().min(0).max(PARCEL_LIMIT_MAX)).optional(),
  limit: intParam
    .pipe(
      z.number().int().min(1).max(PARCEL_TABLE_PAGE_MAX, `at most ${PARCEL_TABLE_PAGE_MAX} rows per page`),
    )
    .optional(),
  locate: z.string().trim().min(1).max(200).optional(),
});

export const parcelTableRoutes = ({ db }: AppDeps) =>
  new Hono().get('/', valid('query', ParcelTableQuery), (c) => {
    const q = c.req.valid('query');
    const area = queryAreaOf(q.area, q.relation);
    const filter = { ...parcelFilter(db, q, PARCEL_LIMIT_MAX), ...(area ? { area } : {}) };
    const table = parcelTable(db, filter, {
      sort: q.sort ?? 'code',
      dir: q.dir ?? 'asc',
      offset: q.offset ?? 0,
      limit: q.limit ?? PARCEL_TABLE_PAGE_DEFAULT,
      ...(q.locate ? { locate: q.locate } : {}),
    });
    return c.json(table);
  });
