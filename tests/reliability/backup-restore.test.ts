/**
 * Backups taken while the server writes restore to a consistent state: `npm run backup` (another process)
 * and GET /api/admin/backup (the server itself) both run during a write loop; each copy passes
 * integrity_check with events and versions agreeing, and `npm run restore` puts it in place of a database
 * file. Restore refuses a file in use by a running server and a damaged backup, leaving the target as it was.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, copyFileSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Baseline, checkConsistency, copyOf, scratchDir, seedTemplate } from './helpers/databases.ts';
import { mulberry32, pick } from './helpers/random.ts';
import { ROOT, type ServerProcess, spawnNode, startServerProcess } from './helpers/server-process.ts';
import { cyclableParcels, cycleParcel, readParcel, signInWriter, writeHeaders } from './helpers/writes.ts';

const WRITERS = 4;
const scratch = scratchDir('zk-rel-backup-');
let template: { path: string; baseline: Baseline };
let livePath: string;
let server: ServerProcess;
beforeAll(async () => {
  template = await seedTemplate(scratch.dir);
  livePath = copyOf(template.path, scratch.dir, 'live.sqlite');
  server = await startServerProcess({ DB_PATH: livePath, JOB_THREADS: '1' });
  await signInWriter(server.url);
});
afterAll(async () => {
  await server?.stop('SIGTERM');
  scratch.cleanup();
});

/** Runs an npm script's entry (`tsx server/ops/…-cli.ts`) as `npm run` would, with `env`. */
function runCli(
  entry: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string }> {
  const child: ChildProcess = spawnNode(entry, args, env);
  let out = '';
  child.stdout?.on('data', (d) => {
    out += String(d);
  });
  child.stderr?.on('data', (d) => {
    out += String(d);
  });
  return new Promise((done) => child.once('exit', (code) => done({ code: code ?? -1, out })));
}

/** Cycles parcels until `stop`; returns how many writes were acknowledged. */
async function writeLoop(ids: readonly string[], seed: number, stop: AbortSignal): Promise<number> {
  const rand = mulberry32(seed);
  let acked = 0;
  for (let n = 0; !stop.aborted && n < 5000; n++) {
    const p = await readParcel(server.url, pick(rand, ids));
    const out = await cycleParcel(server.url, p, `rel:backup-${seed}-${n}`);
    if (out.status === 200) acked++;
    else expect(out.status).toBe(409);
  }
  return acked;
}

describe('backup under writes, restore', () => {
  it('backups taken during a write loop are consistent and restore to a consistent database', async () => {
    const ids = (await cyclableParcels(server.url)).slice(0, 30);
    const stop = new AbortController();
    const writers = Array.from({ length: WRITERS }, (_, i) => writeLoop(ids, i + 1, stop.signal));
    await new Promise((r) => setTimeout(r, 500));
    const cliFile = join(scratch.dir, 'cli-backup.sqlite');
    const cli = await runCli('server/ops/backup-cli.ts', [cliFile], { DB_PATH: livePath });
    expect(cli.code, cli.out).toBe(0);
    expect(cli.out).toMatch(/integrity ok/);
    // Admins only: anonymous callers are refused.
    expect((await fetch(`${server.url}/api/admin/backup`)).status).toBe(401);
    const res = await fetch(`${server.url}/api/admin/backup`, { headers: writeHeaders(server.url) });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Disposition')).toMatch(/zhongkai-backup-\d{8}T\d{6}Z\.sqlite/);
    const routeFile = join(scratch.dir, 'route-backup.sqlite');
    writeFileSync(routeFile, Buffer.from(await res.arrayBuffer()));
    await new Promise((r) => setTimeout(r, 300));
    stop.abort();
    const acked = (await Promise.all(writers)).reduce((a, b) => a + b, 0);
    expect(acked).toBeGreaterThan(0);

    const live = checkConsistency(livePath, template.baseline);
    for (const file of [cliFile, routeFile]) {
      const c = checkConsistency(file, template.baseline);
      expect(c.integrity, file).toBe('ok');
      expect(c.mismatched, file).toEqual([]);
      expect(c.revision, file).toBe(c.edits);
      // A snapshot: some of the loop's writes, every one of them also in the live file.
      expect(c.edits, file).toBeGreaterThan(0);
      expect(
        [...c.notes].filter((n) => !live.notes.has(n)),
        file,
      ).toEqual([]);
      const target = join(
        scratch.dir,
        `restored-from-${file.endsWith('cli-backup.sqlite') ? 'cli' : 'route'}.sqlite`,
      );
      const restore = await runCli('server/ops/restore-cli.ts', [file], { DB_PATH: target });
      expect(restore.code, restore.out).toBe(0);
      const r = checkConsistency(target, template.baseline);
      expect([r.integrity, r.mismatched, r.edits, r.revision]).toEqual(['ok', [], c.edits, c.edits]);
    }
    console.log(
      `backup under writes: ${acked} writes acknowledged during the run; CLI backup ${statSync(cliFile).size} bytes with ` +
        `${checkConsistency(cliFile, template.baseline).edits} edits, route backup with ` +
        `${checkConsistency(routeFile, template.baseline).edits} edits; both restored with integrity ok, versions = events`,
    );
  });

  it('refuses to restore onto a database a running server has open, and leaves it as it was', async () => {
    const before = readFileSync(livePath).length;
    const r = await runCli('server/ops/restore-cli.ts', [join(scratch.dir, 'cli-backup.sqlite')], {
      DB_PATH: livePath,
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain('is in use by another process: stop the server first');
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(readFileSync(livePath).length).toBe(before);
  });

  it('refuses a damaged backup before touching DB_PATH', async () => {
    const damaged = join(scratch.dir, 'damaged.sqlite');
    copyFileSync(join(scratch.dir, 'cli-backup.sqlite'), damaged);
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * 3);
    closeSync(fd);
    const target = join(scratch.dir, 'untouched.sqlite');
    copyFileSync(template.path, target);
    const r = await runCli('server/ops/restore-cli.ts', [damaged], { DB_PATH: target });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/integrity check failed|not an SQLite database|malformed/);
    expect(readFileSync(target).equals(readFileSync(template.path))).toBe(true);
  });
});

/** Spawning `npm` itself proves the package.json scripts exist and pass arguments through. */
describe('npm run backup / restore', () => {
  it('npm run backup -- <file> writes a verified copy', async () => {
    const file = join(scratch.dir, 'npm-backup.sqlite');
    const child = spawn('npm', ['run', '--silent', 'backup', '--', file], {
      cwd: ROOT,
      // npm and node live beside the node running this test.
      env: { DB_PATH: livePath, PATH: `${dirname(process.execPath)}:/usr/bin:/bin` },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    child.stderr.on('data', (d) => {
      out += String(d);
    });
    const code = await new Promise<number>((done) => child.once('exit', (c) => done(c ?? -1)));
    expect(code, out).toBe(0);
    expect(checkConsistency(file, template.baseline).integrity).toBe('ok');
  });
});
