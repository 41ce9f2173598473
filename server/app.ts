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
import { requestId } from 'hono/request-id';
import { basemapOrigins } from '../domain/basemap-hosts.ts';
import { authorize } from './auth/authorize.ts';
import { loadSession } from './auth/session.ts';
import { type AuthSettings, DEFAULT_AUTH } from './auth/settings.ts';
import { getDatasetInfo } from './db/queries/meta.ts';
import {
  ApiError,
  type ErrorBody,
  ServiceUnavailableError,
  TooManyAttemptsError,
  TooManyRequestsError,
} from './errors.ts';
import { clientAddress } from './http/client-address.ts';
import { requestIdOf, requestLog } from './http/request-context.ts';
import { hostAllowList, LOOPBACK_HOSTS, sameOriginWrites } from './http/request-hygiene.ts';
import { securityHeaders } from './http/security-headers.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import/import-limits.ts';
import type { JobPool } from './jobs/pool.ts';
import { sharedJobPool } from './jobs/shared-pool.ts';
import { type Logger, silentLogger } from './logging.ts';
import { adminBackupRoutes } from './routes/admin-backup.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { changeRoutes } from './routes/changes.ts';
import { contractRecordRoutes } from './routes/contract-records.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import type { AppDeps } from './routes/deps.ts';
import { exportRoutes } from './routes/exports.ts';
import { idleLandRoutes } from './routes/idle-land.ts';
import { importRoutes } from './routes/imports.ts';
import { landBalanceRoutes, projectCandidateRoutes } from './routes/land-balance.ts';
import { landBalanceOverrideRoutes } from './routes/land-balance-overrides.ts';
import { layerRoutes } from './routes/layers.ts';
import { metaRoutes } from './routes/meta.ts';
import { parcelCreateRoutes } from './routes/parcel-create.ts';
import { parcelEditRoutes } from './routes/parcel-edits.ts';
import { parcelGeometryRoutes } from './routes/parcel-geometry.ts';
import { parcelGeometryUndoRoutes } from './routes/parcel-geometry-undo.ts';
import { parcelRetireRoutes } from './routes/parcel-retire.ts';
import { parcelSummaryRoutes } from './routes/parcel-summary.ts';
import { parcelTableRoutes } from './routes/parcel-table.ts';
import { parcelRoutes } from './routes/parcels.ts';
import { platformRoutes } from './routes/platforms.ts';
import { printRoutes } from './routes/print.ts';
import { projectEditRoutes } from './routes/project-edits.ts';
import { projectRoutes } from './routes/projects.ts';
import { redevelopmentRoutes } from './routes/redevelopment.ts';
import { redevelopmentEditRoutes } from './routes/redevelopment-edits.ts';
import { reportRoutes } from './routes/reports.ts';
import { searchRoutes } from './routes/search.ts';
import { settingsRoutes } from './routes/settings.ts';
import { targetRoutes, techUpgradeRoutes } from './routes/targets.ts';
import { tileRoutes } from './routes/tiles.ts';
import { transitionCorrectionRoutes } from './routes/transition-corrections.ts';
import { transitionRoutes } from './routes/transitions.ts';
import { userRoutes } from './routes/users.ts';

/** Options of createApp. Only `db` is required; the database must be migrated and seeded. */

/** Cache-Control of the built client's content-hashed files (assets/). */
const ASSET_CACHE = 'public, max-age=31536000, immutable';
export type AppOptions = {
  db: Database;
  /** Wall clock; injectable for tests. */
  clock?: () => Date;
  /** Directory of the built client (dist/); when given, its files are served with an SPA fallback. */
  staticDir?: string;
  /** ISO date for deadlines (idle-land clock); default: the dataset's as-of date. */
  referenceDate?: string;
  /** 天地图 key handed to the client through /api/config (and allowed by the CSP). */
  tiandituKey?: string | null;
  /** Accounts and sessions; each field defaults to DEFAULT_AUTH. */
  auth?: Partial<AuthSettings>;
  /** Host names requests may address; default the loopback names (server/serve.ts adds the bound host). */
  allowedHosts?: readonly string[];
  /** Worker pool for PDFs, exports and matching; default the process's shared pool (server/jobs/shared-pool.ts). */
  jobs?: JobPool;
  /** Request and error log; default silent. */
  logger?: Logger;
  /** Limits of uploaded imports; default DEFAULT_IMPORT_LIMITS (server/env.ts reads IMPORT_MAX_*). */
  importLimits?: ImportLimits;
};

/** Longest X-Request-Id kept from a client (longer ones are replaced by a UUID). */
const REQUEST_ID_MAX = 128;

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

/**
 * Every request, in order: a request id (X-Request-Id), security headers (set on the way out, so errors and
 * files get them too), the client's address, the Host allow-list (421), same-origin writes (403), the session,
 * and the role gate (401/403) — all before any route runs (server/http/, server/auth/).
 */
function routes(deps: AppDeps, logger: Logger) {
  const { db, auth, clock } = deps;
  return (
    new Hono()
      .use(requestId({ limitLength: REQUEST_ID_MAX }))
      // One JSON log line per request (method, route, status, duration, request id, user), written last.
      .use(requestLog(logger))
      .use(securityHeaders(basemapOrigins(deps.tiandituKey), auth.trustProxy))
      .use(async (c, next) => {
        c.set('clientAddress', clientAddress(c, auth.trustProxy));
        await next();
      })
      .use(hostAllowList(deps.allowedHosts))
      .use(sameOriginWrites())
      .use(loadSession(db, auth, clock))
      .use(authorize(db, auth.anonymousRead))
      // JSON (and other text answers) gzip- or deflate-compressed when the client accepts it; tiles come
      // pre-compressed from their cache, and binary downloads are left alone by the content-type filter.
      .use('/api/*', compress())
      .route('/api/auth', authRoutes(deps))
      .route('/api/users', userRoutes(deps))
      .route('/api/audit', auditRoutes(deps))
      .route('/api/tiles', tileRoutes(deps))
      .route('/api', metaRoutes(deps))
      .route('/api/platforms', platformRoutes(deps))
      // Before /api/parcels/:id, which would take `summary` for an id.
      .route('/api/parcels/summary', parcelSummaryRoutes(deps))
      .route('/api/parcels', parcelRoutes(deps))
      .route('/api/parcels', parcelEditRoutes(deps))
      .route('/api/parcels', parcelGeometryRoutes(deps))
      .route('/api/parcels', parcelGeometryUndoRoutes(deps))
      .route('/api/parcels', parcelCreateRoutes(deps))
      .route('/api/parcels', parcelRetireRoutes(deps))
      .route('/api/parcels', transitionRoutes(deps))
      .route('/api/parcels', transitionCorrectionRoutes(deps))
      .route('/api/parcels', contractRecordRoutes(deps))
      .route('/api/projects', projectRoutes(deps))
      .route('/api/projects', projectEditRoutes(deps))
      .route('/api/projects', projectCandidateRoutes(deps))
      .route('/api/land-balance', landBalanceRoutes(deps))
      .route('/api/land-balance', landBalanceOverrideRoutes(deps))
      .route('/api/redevelopment', redevelopmentRoutes(deps))
      .route('/api/redevelopment', redevelopmentEditRoutes(deps))
      .route('/api/targets', targetRoutes(deps))
      .route('/api/tech-upgrades', techUpgradeRoutes(deps))
      .route('/api/layers', layerRoutes(deps))
      .route('/api/search', searchRoutes(deps))
      .route('/api/dashboard', dashboardRoutes(deps))
      .route('/api', changeRoutes(deps))
      .route('/api/idle-land', idleLandRoutes(deps))
      .route('/api/reports', reportRoutes(deps))
      .route('/api/exports', exportRoutes(deps))
      .route('/api/parcel-table', parcelTableRoutes(deps))
      .route('/api/print', printRoutes(deps))
      // The whole ledger: authorize() lets only admins reach /api/admin/* (server/auth/authorize.ts).
      .route('/api/admin/backup', adminBackupRoutes(deps))
      .route('/api/imports', importRoutes(deps))
      .route('/api/settings', settingsRoutes(deps))
  );
}

/** The API (and optionally the client) over `db`. */
export function createApp({
  db,
  clock = () => new Date(),
  staticDir,
  referenceDate,
  tiandituKey = null,
  auth,
  allowedHosts = LOOPBACK_HOSTS,
  jobs = sharedJobPool(),
  logger = silentLogger,
  importLimits = DEFAULT_IMPORT_LIMITS,
}: AppOptions) {
  const dataset = getDatasetInfo(db);
  const app = routes(
    {
      db,
      clock,
      dataset,
      referenceDate: referenceDate ?? dataset.asOf,
      tiandituKey,
      auth: { ...DEFAULT_AUTH, ...auth },
      allowedHosts,
      jobs,
      importLimits,
    },
    logger,
  );

  app.onError((err, c) => {
    if (err instanceof TooManyAttemptsError) c.header('Retry-After', String(err.retryAfterS));
    if (err instanceof TooManyRequestsError || err instanceof ServiceUnavailableError) {
      if (err.retryAfterSec !== undefined) c.header('Retry-After', String(err.retryAfterSec));
    }
    if (err instanceof ApiError) return c.json(err.toBody(), err.status);
    const requestId = requestIdOf(c);
    logger.error({ err, requestId }, 'unhandled error');
    const body: ErrorBody = {
      error: { code: 'internal', message: `internal server error (request id ${requestId})` },
    };
    return c.json(body, 500);
  });

  let indexHtml: string | undefined;
  if (staticDir) {
    const files = serveStatic({
      root: staticDir,
      // Vite names every file under assets/ by its content hash, so a name never changes content: browsers keep
      // them (maplibre 1 MB, its worker 0.5 MB) for a year instead of revalidating each visit, and the shell's
      // early fetch of the map worker is reused by the worker itself. index.html is not under assets/.
      onFound: (path, c) => {
        if (/(^|\/)assets\//.test(path)) c.header('Cache-Control', ASSET_CACHE);
      },
    });
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
