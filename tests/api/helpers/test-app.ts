/** A seeded temporary database and an app over it, for API tests. Nothing touches data/ or the network. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import type { Database } from 'better-sqlite3';
import { testClient } from 'hono/testing';
import { createApp } from '../../../server/app.ts';
import type { AuthSettings } from '../../../server/auth/settings.ts';
import { openDatabase } from '../../../server/db/open.ts';
import type { ImportLimits } from '../../../server/import/import-limits.ts';
import { createLogger, type Logger } from '../../../server/logging.ts';
import { seedDatabase } from '../../../server/seed/seed-database.ts';

/** The hand-made fixture dataset (2 platforms, 6 parcels, 7 projects, 2 redevelopment sites). */
export const MINI_GEODATA = resolve(import.meta.dirname, '../../fixtures/geodata-mini');
/** The bundled sample data. */
export const REAL_GEODATA = resolve(import.meta.dirname, '../../../geodata');

/** A fresh temporary directory; `cleanup` removes it. */
export function tempDir(prefix = 'zk-api-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A migrated, seeded database in a temporary directory. */
export function seededDb(geodataDir = MINI_GEODATA): { db: Database; dbPath: string; cleanup: () => void } {
  const tmp = tempDir();
  const dbPath = join(tmp.dir, 'test.sqlite');
  const db = openDatabase(dbPath);
  seedDatabase(db, geodataDir);
  return {
    db,
    dbPath,
    cleanup: () => {
      db.close();
      tmp.cleanup();
    },
  };
}

/** The app over a seeded temporary database, plus a typed test client. Test accounts use a cheap scrypt cost. */
export function testApp(
  options: {
    geodataDir?: string;
    referenceDate?: string;
    tiandituKey?: string | null;
    auth?: Partial<AuthSettings>;
    clock?: () => Date;
    logger?: Logger;
    importLimits?: ImportLimits;
  } = {},
) {
  const { db, cleanup } = seededDb(options.geodataDir);
  const app = createApp({
    db,
    clock: options.clock ?? (() => new Date('2018-03-09T08:00:00Z')),
    referenceDate: options.referenceDate,
    tiandituKey: options.tiandituKey ?? null,
    auth: { passwordCost: { logN: 10, r: 8, p: 1 }, ...options.auth },
    logger: options.logger,
    ...(options.importLimits ? { importLimits: options.importLimits } : {}),
  });
  return { app, client: testClient(app), db, cleanup };
}

/** A JSON logger that keeps its lines in memory: `lines()` returns them parsed. */
export function memoryLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = createLogger('info', sink);
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger, lines };
}
