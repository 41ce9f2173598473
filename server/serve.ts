/**
 * startServer: opens (and on first start seeds) the database, then serves the API and, when a built
 * client exists in `staticDir`, the client with an SPA fallback. Used by start.ts, dev.ts and e2e tests.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import type { AuthSettings } from './auth/settings.ts';
import { openDatabase } from './db/open.ts';
import { countActiveAdmins } from './db/queries/users.ts';
import { LOOPBACK_HOSTS } from './http/request-hygiene.ts';
import { seedDatabase } from './seed/seed-database.ts';

/** Options of startServer. `port: 0` picks a free port. */
export type ServerOptions = {
  port: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  dbPath: string;
  /** Seed source for an empty database; default `geodata`. */
  geodataDir?: string;
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
};

/** A running server. `close` stops listening and closes the database. */
export type RunningServer = {
  url: string;
  port: number;
  /** True when the database has no enabled administrator yet (start.ts then says how to create one). */
  adminMissing: boolean;
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

/** Opens the database (creating and seeding it when empty) and starts listening. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const db = openDatabase(opts.dbPath);
  try {
    seedDatabase(db, opts.geodataDir ?? 'geodata');
  } catch (e) {
    db.close();
    throw e;
  }
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
  });
  const adminMissing = countActiveAdmins(db) === 0;
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: host }, (info: AddressInfo) => {
      resolvePromise({
        url: `http://${urlHost(host)}:${info.port}`,
        port: info.port,
        adminMissing,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => {
              db.close();
              if (err) fail(err);
              else done();
            });
            // Keep-alive connections (browsers, fetch) would otherwise hold close() open.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', (err) => {
      db.close();
      reject(err);
    });
  });
}
