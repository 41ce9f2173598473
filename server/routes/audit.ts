/**
 * GET /api/audit — the audit trail, newest first: `{ items, total, limit, offset }`. Admins see every row;
 * editors see the rows of data writes on their platforms (all platforms when not limited); viewers get 403.
 * Filters: `user` (login name), `action`, `entityType`, `entityId`, `from` / `to` (ISO dates, Beijing calendar
 * days, both inclusive), `limit` (default 100, max 1,000), `offset`.
 * GET /api/audit/export.{xlsx,csv} — the same rows (all that match, up to 100,000) as a download.
 */

import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { addDays } from '../../domain/dates.ts';
import { IsoDate } from '../../domain/schemas.ts';
import { requireRole } from '../auth/authorize.ts';
import { type AuditFilter, listAudit } from '../db/queries/audit.ts';
import { readSettings } from '../db/queries/settings.ts';
import { getUserForSignIn } from '../db/queries/users.ts';
import { UnprocessableError } from '../errors.ts';
import { auditCsv, auditXlsx } from '../reports/audit-export.ts';
import { contentDisposition, fileName } from '../reports/filename.ts';
import { zoneSlug } from '../reports/zone-name.ts';
import type { AppDeps } from './deps.ts';
import { intParam, optionalText, valid } from './validate.ts';

/** Most rows of one page / of one export. */
export const AUDIT_PAGE_MAX = 1000;
export const AUDIT_EXPORT_MAX = 100_000;

const AuditQuery = z.object({
  user: optionalText,
  action: optionalText,
  entityType: optionalText,
  entityId: optionalText,
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: intParam.pipe(z.number().int().min(1).max(AUDIT_PAGE_MAX)).optional(),
  offset: intParam.optional(),
});
type AuditQuery = z.infer<typeof AuditQuery>;

/** UTC instant of midnight in Beijing (UTC+8) starting the ISO date `d`. */
const beijingMidnight = (d: string): string => new Date(`${d}T00:00:00+08:00`).toISOString();

/** The filter a query means for the signed-in account (its scope applied); 403 for viewers. */
function auditFilter(c: Context, deps: AppDeps, q: AuditQuery): AuditFilter {
  const me = requireRole(c, ['editor', 'admin']);
  if (q.from && q.to && q.from > q.to) throw new UnprocessableError('from is after to', 'from');
  let userId: number | undefined;
  if (q.user) userId = getUserForSignIn(deps.db, q.user)?.user.id ?? -1;
  const scope: AuditFilter =
    me.role === 'admin' ? {} : me.platforms.length > 0 ? { platforms: me.platforms } : { dataOnly: true };
  return {
    ...scope,
    userId,
    action: q.action,
    entityType: q.entityType,
    entityId: q.entityId,
    from: q.from ? beijingMidnight(q.from) : undefined,
    to: q.to ? beijingMidnight(addDays(q.to, 1)) : undefined,
  };
}

export const auditRoutes = (deps: AppDeps) => {
  const download = async (c: Context, q: AuditQuery, ext: 'xlsx' | 'csv') => {
    const { items } = listAudit(deps.db, auditFilter(c, deps, q), { limit: AUDIT_EXPORT_MAX, offset: 0 });
    const now = deps.clock().toISOString();
    const { nameZh, nameEn } = readSettings(deps.db);
    const body = ext === 'xlsx' ? await auditXlsx(items, now, nameZh) : Buffer.from(auditCsv(items), 'utf8');
    const day = now.slice(0, 10);
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type':
          ext === 'xlsx'
            ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            : 'text/csv; charset=utf-8',
        'Content-Disposition': contentDisposition(
          fileName([`${nameZh}审计日志`, day], ext),
          fileName([`${zoneSlug(nameEn)}-audit`, day], ext),
        ),
        'Cache-Control': 'no-store',
        'X-Total-Count': String(items.length),
      },
    });
  };
  return new Hono()
    .get('/', valid('query', AuditQuery), (c) => {
      const q = c.req.valid('query');
      const page = { limit: q.limit ?? 100, offset: q.offset ?? 0 };
      return c.json({ ...listAudit(deps.db, auditFilter(c, deps, q), page), ...page }, 200);
    })
    .get('/export.xlsx', valid('query', AuditQuery), (c) => download(c, c.req.valid('query'), 'xlsx'))
    .get('/export.csv', valid('query', AuditQuery), (c) => download(c, c.req.valid('query'), 'csv'));
};
