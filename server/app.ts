/**
 * createApp({ db, … }) → the Hono app: the JSON API under /api, one error handler, and (optionally) the
 * built client with an SPA fallback. Routes are chained so `AppType` carries every request and response
 * type to the client's `hc<AppType>`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Database } from 'better-sqlite3';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { getDatasetInfo } from './db/queries/meta.ts';
import { ApiError, type ErrorBody } from './errors.ts';
import { contractRecordRoutes } from './routes/contract-records.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import type { AppDeps } from './routes/deps.ts';
import { exportRoutes } from './routes/exports.ts';
import { idleLandRoutes } from './routes/idle-land.ts';
import { landBalanceRoutes, projectCandidateRoutes } from './routes/land-balance.ts';
import { layerRoutes } from './routes/layers.ts';
import { metaRoutes } from './routes/meta.ts';
import { parcelRoutes } from './routes/parcels.ts';
import { platformRoutes } from './routes/platforms.ts';
import { projectRoutes } from './routes/projects.ts';
import { redevelopmentRoutes } from './routes/redevelopment.ts';
import { reportRoutes } from './routes/reports.ts';
import { searchRoutes } from './routes/search.ts';
import { targetRoutes, techUpgradeRoutes } from './routes/targets.ts';
import { tileRoutes } from './routes/tiles.ts';
import { transitionRoutes } from './routes/transitions.ts';

/** Options of createApp. Only `db` is required; the database must be migrated and seeded. */
export type AppOptions = {
  db: Database;
  /** Wall clock; injectable for tests. */
  clock?: () => Date;
  /** Directory of the built client (dist/); when given, its files are served with an SPA fallback. */
  staticDir?: string;
  /** ISO date for deadlines (idle-land clock); default: the dataset's as-of date. */
  referenceDate?: string;
  /** 天地图 key handed to the client through /api/config. */
  tiandituKey?: string | null;
};

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

function routes(deps: AppDeps) {
  return (
    new Hono()
      // JSON (and other text answers) gzip- or deflate-compressed when the client accepts it; tiles come
      // pre-compressed from their cache, and binary downloads are left alone by the content-type filter.
      .use('/api/*', compress())
      .route('/api/tiles', tileRoutes(deps))
      .route('/api', metaRoutes(deps))
      .route('/api/platforms', platformRoutes(deps))
      .route('/api/parcels', parcelRoutes(deps))
      .route('/api/parcels', transitionRoutes(deps))
      .route('/api/parcels', contractRecordRoutes(deps))
      .route('/api/projects', projectRoutes(deps))
      .route('/api/projects', projectCandidateRoutes(deps))
      .route('/api/land-balance', landBalanceRoutes(deps))
      .route('/api/redevelopment', redevelopmentRoutes(deps))
      .route('/api/targets', targetRoutes(deps))
      .route('/api/tech-upgrades', techUpgradeRoutes(deps))
      .route('/api/layers', layerRoutes(deps))
      .route('/api/search', searchRoutes(deps))
      .route('/api/dashboard', dashboardRoutes(deps))
      .route('/api/idle-land', idleLandRoutes(deps))
      .route('/api/reports', reportRoutes(deps))
      .route('/api/exports', exportRoutes(deps))
  );
}

/** The API (and optionally the client) over `db`. */
export function createApp({
  db,
  clock = () => new Date(),
  staticDir,
  referenceDate,
  tiandituKey = null,
}: AppOptions) {
  const dataset = getDatasetInfo(db);
  const app = routes({ db, clock, dataset, referenceDate: referenceDate ?? dataset.asOf, tiandituKey });

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(err.toBody(), err.status);
    console.error(err);
    const body: ErrorBody = { error: { code: 'internal', message: 'internal server error' } };
    return c.json(body, 500);
  });

  let indexHtml: string | undefined;
  if (staticDir) {
    const files = serveStatic({ root: staticDir });
    app.use('*', async (c, next) => (isApiPath(c.req.path) ? next() : files(c, next)));
  }
  app.notFound((c) => {
    // Client-side routes (e.g. /parcels/P-001) load the app; unknown API paths get a JSON 404.
    if (staticDir && !isApiPath(c.req.path) && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
      indexHtml ??= readFileSync(join(staticDir, 'index.html'), 'utf8');
      return c.html(indexHtml);
    }
    const body: ErrorBody = {
      error: { code: 'not_found', message: `no route for ${c.req.method} ${c.req.path}` },
    };
    return c.json(body, 404);
  });
  return app;
}

/** The type of the API for `hc<AppType>` (hono/client). */
export type AppType = ReturnType<typeof routes>;
