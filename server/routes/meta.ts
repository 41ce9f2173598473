/**
 * GET /api/health (liveness: the process answers), GET /api/ready (readiness: database, migrations, worker
 * pool — 503 `not_ready` naming what failed) and GET /api/config (the settings the client needs). `dataVersion` is the seeded
 * data's hash, suffixed `-r<n>` after n recorded edits (server/db/queries/meta.ts).
 */
import { Hono } from 'hono';
import { currentDataVersion, tableCounts } from '../db/queries/meta.ts';
import { noQuery } from '../http/strict-query.ts';
import { checkReadiness } from '../ops/readiness.ts';
import type { AppDeps } from './deps.ts';

export const metaRoutes = ({ db, clock, dataset, referenceDate, tiandituKey, jobs }: AppDeps) =>
  new Hono()
    .get('/health', noQuery, (c) =>
      c.json({
        ok: true as const,
        time: clock().toISOString(),
        dataVersion: currentDataVersion(db),
        counts: tableCounts(db),
      }),
    )
    .get('/ready', noQuery, (c) => {
      const r = checkReadiness(db, jobs);
      if (r.ready) return c.json({ ready: true as const, checks: r.checks }, 200);
      const failed = Object.entries(r.checks)
        .filter(([, v]) => !v.ok)
        .map(([k]) => k);
      const error = { code: 'not_ready', message: `not ready: ${failed.join(', ')} check failed` };
      return c.json({ error, ready: false as const, checks: r.checks }, 503);
    })
    .get('/config', noQuery, (c) =>
      c.json({
        asOf: dataset.asOf,
        dataVersion: currentDataVersion(db),
        title: dataset.title,
        illustrativeGeometry: dataset.illustrativeGeometry,
        tiandituKey,
        referenceDate,
      }),
    );
