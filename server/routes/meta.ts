/**
 * GET /api/health and GET /api/config — liveness and the settings the client needs. `dataVersion` is the seeded
 * data's hash, suffixed `-r<n>` after n recorded edits (server/db/queries/meta.ts).
 */
import { Hono } from 'hono';
import { currentDataVersion, tableCounts } from '../db/queries/meta.ts';
import type { AppDeps } from './deps.ts';

export const metaRoutes = ({ db, clock, dataset, referenceDate, tiandituKey }: AppDeps) =>
  new Hono()
    .get('/health', (c) =>
      c.json({
        ok: true as const,
        time: clock().toISOString(),
        dataVersion: currentDataVersion(db),
        counts: tableCounts(db),
      }),
    )
    .get('/config', (c) =>
      c.json({
        asOf: dataset.asOf,
        dataVersion: currentDataVersion(db),
        title: dataset.title,
        illustrativeGeometry: dataset.illustrativeGeometry,
        tiandituKey,
        referenceDate,
      }),
    );
