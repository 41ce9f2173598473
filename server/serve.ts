/**
 * startServer: checks the settings, binds the port, opens (and on first start seeds) the database, then
 * serves the API and, when a built client exists in `staticDir`, the client with an SPA fallback. Used by
 * start.ts, dev.ts and the tests.
 * Order matters for clean failures: paths are checked before anything is created; the port is bound before
 * the database is created or seeded (a busy port leaves nothing behind); when opening or seeding fails, the
 * files and directories start-up created are removed. Until the app is ready, requests get 503 `starting`.
 * `close` shuts down gracefully (server/http/request-gate.ts).
 */
import { existsSync, rmdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { dirname, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import type { Database } from 'better-sqlite3';
import { createApp } from './app.ts';
import type { AuthSettings } from './auth/settings.ts';
import { assertWritable, openDatabase } from './db/open.ts';
import { readSettings } from './db/queries/settings.ts';
import { countActiveAdmins } from './db/queries/users.ts';
import { checkpointAndClose } from './db/snapshot.ts';
import { RequestGate } from './http/request-gate.ts';
import { LOOPBACK_HOSTS } from './http/request-hygiene.ts';
import type { ImportLimits } from './import/import-limits.ts';
import { JobPool, type JobPoolOptions } from './jobs/pool.ts';
import { type Logger, silentLogger } from './logging.ts';
import { type BackupSchedule, type BackupScheduler, startBackupSchedule } from './ops/backup.ts';
import { checkDatabasePath, checkGeodataDir, listenError, StartupError } from './ops/startup-checks.ts';
import { type SeedSource, seedDatabase } from './seed/seed-database.ts';

/** Options of startServer. `port: 0` picks a free port. */
export type ServerOptions = {
  port: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  dbPath: string;
  /** Seed source for an empty database; default `geodata`. */
  geodataDir?: string;
  /** `none`: a new database starts as an empty zone instead of loading geodataDir. */
  seed?: SeedSource;
  /** Built client (dist/); served only when it holds index.html. */
  staticDir?: string;
  /** ISO date for deadlines; default the dataset's as-of date. */
  referenceDate?: string;
  tiandituKey?: string | null;
  /** Accounts and sessions (default DEFAULT_AUTH). */
  auth?: Partial<AuthSettings>;
  /** Host names allowed besides the loopback names and the bound host (ALLOWED_HOSTS). */
  allowedHosts?: readonly string[];
  /** Wall clock; injectable for tests. */
  clock?: () => Date;
  /** JSON log; default silent. */
  logger?: Logger;
  /** Worker pool settings; default JobPool's (threads = CPUs − 1, queue 32, 120 s). */
  jobs?: Partial<JobPoolOptions>;
  /** Scheduled online backups; none when absent. */
  backups?: BackupSchedule;
  /** Time in-flight requests get to finish on close, ms; default 10 s. */
  shutdownTimeoutMs?: number;
  /** Limits of uploaded imports (IMPORT_MAX_*). */
  importLimits?: ImportLimits;
};

/** A running server. `close` stops it gracefully (drain, checkpoint the WAL, close the database). */
export type RunningServer = {
  url: string;
  port: number;
  /** True when the database has no enabled administrator yet (start.ts then says how to create one). */
  adminMissing: boolean;
  /** The zone's name at start (zone settings nameZh), for the start-up log line. */
  zoneNameZh: string;
  /** Requests being handled now (the drain waits for these). */
  activeRequests(): number;
  close(): Promise<void>;
};

/**
 * Host names the server answers to: loopback, the bound host, the configured extra names, and — when bound to
 * every interface — the machine's own interface addresses (so a colleague can open http://<LAN address>:PORT).
 */
export function defaultAllowedHosts(host: string, extra: readonly string[] = []): string[] {
  const wildcard = host === '0.0.0.0' || host === '::';
  const own = wildcard
    ? Object.values(networkInterfaces())
        .flat()
        .flatMap((i) => (i ? [i.address] : []))
    : [host];
  return [...new Set([...LOOPBACK_HOSTS, ...own, ...extra])];
}

/** Host name to put in a URL: wildcard addresses become loopback, IPv6 gets brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/** Binds `host`:`port` with `gate` as the handler; rejects with a StartupError naming PORT or HOST. */
function listen(gate: RequestGate, port: number, host: string): Promise<Server> {
  return new Promise((resolveListen, reject) => {
    const server = serve({ fetch: gate.fetch, port, hostname: host }, () => resolveListen(server as Server));
    server.once('error', (err: NodeJS.ErrnoException) => reject(listenError(err, host, port)));
  });
}

/** Directories from `dir` up that do not exist yet (start-up creates them; cleanup removes them). */
function missingDirs(dir: string): string[] {
  const out: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) out.push(d);
  return out;
}

/** Opens, checks and seeds the database; on failure removes what it created and rethrows naming the variable. */
function openAndSeed(opts: ServerOptions): Database {
  const isNew = !existsSync(opts.dbPath);
  const createdDirs = missingDirs(dirname(opts.dbPath));
  let db: Database | undefined;
  try {
    db = openDatabase(opts.dbPath);
    assertWritable(db);
  } catch (e) {
    db?.close();
    cleanup(opts.dbPath, isNew, createdDirs);
    throw new StartupError('DB_PATH', `${opts.dbPath}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    seedDatabase(db, opts.geodataDir ?? 'geodata', opts.seed);
    return db;
  } catch (e) {
    db.close();
    cleanup(opts.dbPath, isNew, createdDirs);
    throw new StartupError(
      'GEODATA_DIR',
      `seeding ${opts.dbPath} failed: ${e instanceof Error ? e.message : e}`,
    );
  }
}

/** Removes a database file start-up created (with its -wal/-shm) and the directories it made for it. */
function cleanup(dbPath: string, isNew: boolean, createdDirs: readonly string[]): void {
  if (!isNew) return;
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbPath + suffix, { force: true });
  for (const d of createdDirs) {
    try {
      rmdirSync(d);
    } catch {
      // Not empty (something else was put there): leave it.
    }
  }
}

/** Checks settings, binds the port, opens/seeds the database and starts serving. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const logger = opts.logger ?? silentLogger;
  checkDatabasePath(opts.dbPath);
  if (!existsSync(opts.dbPath) && opts.seed !== 'none') checkGeodataDir(opts.geodataDir ?? 'geodata');
  const gate = new RequestGate();
  const server = await listen(gate, opts.port, host);
  let db: Database;
  try {
    db = openAndSeed(opts);
  } catch (e) {
    await new Promise((done) => server.close(done));
    throw e;
  }
  const jobs = new JobPool({ maxQueue: 32, timeoutMs: 120_000, ...opts.jobs });
  const staticDir =
    opts.staticDir && existsSync(resolve(opts.staticDir, 'index.html')) ? resolve(opts.staticDir) : undefined;
  const app = createApp({
    db,
    staticDir,
    referenceDate: opts.referenceDate,
    tiandituKey: opts.tiandituKey ?? null,
    auth: opts.auth,
    allowedHosts: defaultAllowedHosts(host, opts.allowedHosts),
    ...(opts.clock ? { clock: opts.clock } : {}),
    jobs,
    logger,
    ...(opts.importLimits ? { importLimits: opts.importLimits } : {}),
  });
  const adminMissing = countActiveAdmins(db) === 0;
  gate.open(app.fetch);
  const backups: BackupScheduler | null = opts.backups ? startBackupSchedule(db, opts.backups, logger) : null;
  const port = (server.address() as AddressInfo).port;
  const shutdown = async () => {
    await gate.drain(server, opts.shutdownTimeoutMs ?? 10_000);
    await backups?.stop();
    await jobs.close();
    checkpointAndClose(db);
  };
  let closing: Promise<void> | null = null;
  return {
    url: `http://${urlHost(host)}:${port}`,
    port,
    adminMissing,
    zoneNameZh: readSettings(db).nameZh,
    activeRequests: () => gate.active,
    close: () => {
      closing ??= shutdown();
      return closing;
    },
  };
}
