/**
 * Start-up fails cleanly and shutdown is graceful: every failure names the setting to fix, nothing is left
 * behind, special paths do not hang, a read-only database is refused at start (not at the first write),
 * and close() lets in-flight requests finish, then checkpoints the WAL.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { assertWritable } from '../../server/db/open.ts';
import { RequestGate } from '../../server/http/request-gate.ts';
import { StartupError } from '../../server/ops/startup-checks.ts';
import { startServer } from '../../server/serve.ts';
import { MINI_GEODATA, REAL_GEODATA, seededDb, tempDir } from './helpers/test-app.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const tmp = tempDir('zk-startup-');
afterAll(tmp.cleanup);

/** The StartupError startServer rejects with for `opts` (fails the test if it starts). */
async function startupError(opts: Partial<Parameters<typeof startServer>[0]>): Promise<StartupError> {
  try {
    const s = await startServer({
      port: 0,
      dbPath: join(tmp.dir, 'x.sqlite'),
      geodataDir: MINI_GEODATA,
      ...opts,
    });
    await s.close();
  } catch (e) {
    expect(e).toBeInstanceOf(StartupError);
    return e as StartupError;
  }
  throw new Error('the server started');
}

describe('start-up checks name the setting and leave nothing behind', () => {
  it('refuses a DB_PATH on /proc at once (no hang)', async () => {
    const started = Date.now();
    const e = await startupError({ dbPath: '/proc/self/zk.sqlite' });
    expect(e.variable).toBe('DB_PATH');
    expect(e.message).toContain("lies on the kernel's proc file system");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a directory, and a named pipe without opening it (SQLite would block on it)', async () => {
    const dir = join(tmp.dir, 'a-dir');
    mkdirSync(dir);
    expect((await startupError({ dbPath: dir })).message).toContain('not a regular file (a directory)');
    const fifo = join(tmp.dir, 'a-fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const e = await startupError({ dbPath: fifo });
    expect([e.variable, e.message]).toEqual([
      'DB_PATH',
      `DB_PATH: ${fifo}: exists but is not a regular file (a device, pipe or socket)`,
    ]);
  });

  it('refuses a busy port naming PORT, before creating the database or its directory', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    const dbPath = join(tmp.dir, 'busy', 'sub', 'db.sqlite');
    const e = await startupError({ port, dbPath });
    blocker.close();
    expect(e.variable).toBe('PORT');
    expect(e.message).toBe(
      `PORT: port ${port} on 127.0.0.1 is already in use; stop the other server or set PORT to a free port`,
    );
    expect(existsSync(join(tmp.dir, 'busy'))).toBe(false);
  });

  it('refuses a missing GEODATA_DIR before creating anything', async () => {
    const dbPath = join(tmp.dir, 'nogeo', 'db.sqlite');
    const e = await startupError({ dbPath, geodataDir: join(tmp.dir, 'no-such-dir') });
    expect(e.variable).toBe('GEODATA_DIR');
    expect(existsSync(dirname(dbPath))).toBe(false);
  });

  it('removes the database file and the directories it created when seeding fails', async () => {
    const geodata = join(tmp.dir, 'bad-geodata');
    mkdirSync(geodata);
    writeFileSync(join(geodata, 'meta.json'), '{ not json');
    const dbPath = join(tmp.dir, 'seedfail', 'deeper', 'db.sqlite');
    const e = await startupError({ dbPath, geodataDir: geodata });
    expect(e.variable).toBe('GEODATA_DIR');
    expect(e.message).toContain(`seeding ${dbPath} failed`);
    expect(existsSync(join(tmp.dir, 'seedfail'))).toBe(false);
  });

  it('the write probe detects a connection SQLite opened read-only', () => {
    const s = seededDb();
    const ro = new BetterSqlite3(s.dbPath, { readonly: true });
    expect(() => assertWritable(ro)).toThrow(/readonly/);
    ro.close();
    expect(() => assertWritable(s.db)).not.toThrow();
    s.cleanup();
  });
});

/** Runs the real entry (`node --import tsx server/start.ts`) with `env`, as `uid` when given. */
function runEntry(
  env: Record<string, string>,
  uid?: number,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    cwd: ROOT,
    env: { HOST: '127.0.0.1', PORT: '0', GEODATA_DIR: MINI_GEODATA, ...env },
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += String(d);
  });
  child.stdout.on('data', (d) => {
    // A start that should have failed: stop it so the test fails on the exit code, not a timeout.
    if (String(d).includes('"url"')) child.kill('SIGTERM');
  });
  return new Promise((done) => child.once('exit', (code) => done({ code, stderr })));
}

describe('the server entry', () => {
  it('exits 1 on an invalid variable before writing anything', async () => {
    const dbPath = join(tmp.dir, 'env', 'db.sqlite');
    const r = await runEntry({ DB_PATH: dbPath, PORT: '0x50', REFERENCE_DATE: '0050-01-01' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Cannot start: Invalid environment variable PORT');
    expect(r.stderr).toContain('Invalid environment variable REFERENCE_DATE: year must lie within 1900–2100');
    expect(existsSync(dirname(dbPath))).toBe(false);
  });

  it('refuses a read-only database file at start, naming DB_PATH (not a 500 at the first write)', async () => {
    const s = seededDb();
    s.db.pragma('wal_checkpoint(TRUNCATE)');
    s.db.close();
    chmodSync(s.dbPath, 0o444);
    chmodSync(dirname(s.dbPath), 0o755);
    // Root may write any file, so as root the check runs as the unprivileged user `nobody` (uid 65534).
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    const r = await runEntry({ DB_PATH: s.dbPath }, uid);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Cannot start: DB_PATH: ${s.dbPath}: the file is not writable`);
  }, 60_000);
});

describe('graceful shutdown', () => {
  it('lets an in-flight request finish, refuses new ones, checkpoints the WAL and closes', async () => {
    const dbPath = join(tmp.dir, 'graceful.sqlite');
    const server = await startServer({
      port: 0,
      dbPath,
      geodataDir: REAL_GEODATA,
      shutdownTimeoutMs: 60_000,
    });
    const inFlight = fetch(`${server.url}/api/reports/platforms/belt-357.pdf`);
    // Shut down once the request is being handled (the PDF is made in a worker), however loaded the machine.
    while (server.activeRequests() === 0) await new Promise((r) => setTimeout(r, 5));
    const closed = server.close();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    await closed;
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
    expect(existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0).toBe(0);
  }, 120_000);

  it('answers 503 starting (error shape, Retry-After) before the app is ready', async () => {
    const gate = new RequestGate();
    const res = await gate.fetch(new Request('http://x/api/health'), {});
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('1');
    expect(await res.json()).toEqual({ error: { code: 'starting', message: 'the server is starting' } });
  });
});
