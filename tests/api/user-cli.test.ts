/**
 * `npm run user` (server/cli/user.ts) as an administrator runs it: the password on standard input, the database
 * at DB_PATH. A fresh database has no account at all (nothing ships with a default password) and the server says
 * so; the first admin created here can sign in to the app.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openDatabase } from '../../server/db/open.ts';
import { startServer } from '../../server/serve.ts';
import { login } from './helpers/auth.ts';
import { MINI_GEODATA, tempDir } from './helpers/test-app.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const tmp = tempDir('zk-cli-');
const DB_PATH = join(tmp.dir, 'cli.sqlite');
afterAll(tmp.cleanup);

/** Runs `npm run user -- …args` with `stdin`; returns exit status and output. */
function user(args: string[], stdin = '') {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['server/cli/user.ts', ...args], {
    cwd: ROOT,
    input: stdin,
    env: { PATH: process.env.PATH, DB_PATH, GEODATA_DIR: MINI_GEODATA },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const appOver = () => {
  const db = openDatabase(DB_PATH);
  return { app: createApp({ db }), db };
};

describe('npm run user', () => {
  it('a fresh database has no account, and the server reports that the first admin is missing', async () => {
    const server = await startServer({ port: 0, dbPath: DB_PATH, geodataDir: MINI_GEODATA });
    try {
      expect(server.adminMissing).toBe(true);
    } finally {
      await server.close();
    }
    const { db } = appOver();
    expect(db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(0);
    db.close();
  });

  it('adds the first admin with the password from standard input; the admin can sign in', async () => {
    const r = user(['add', 'chief', '--role', 'admin', '--name', '局长'], 'rivers and 7 bridges\n');
    expect(r.out).toContain('created chief');
    expect(r.status).toBe(0);
    const { app, db } = appOver();
    try {
      const res = await login(app, 'chief', 'rivers and 7 bridges');
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        user: { login: 'chief', displayName: '局长', role: 'admin' },
      });
      expect(db.prepare(`SELECT user_name, action FROM audit_log`).all()).toEqual([
        { user_name: expect.stringMatching(/^命令行 command line/), action: 'user.create' },
      ]);
    } finally {
      db.close();
    }
    const server = await startServer({ port: 0, dbPath: DB_PATH, geodataDir: MINI_GEODATA });
    expect(server.adminMissing).toBe(false);
    await server.close();
  });

  it('refuses a weak password, a taken login, an unknown role or platform — and writes nothing', () => {
    expect(user(['add', 'weak', '--role', 'viewer'], 'short\n')).toMatchObject({ status: 1 });
    expect(user(['add', 'weak', '--role', 'viewer'], 'short\n').out).toContain(
      'password must have at least 10 characters',
    );
    expect(user(['add', 'CHIEF', '--role', 'viewer'], 'rivers and 8 bridges\n').out).toContain(
      'login name taken',
    );
    expect(user(['add', 'x', '--role', 'boss'], 'rivers and 8 bridges\n').out).toContain(
      '--role must be one of',
    );
    expect(
      user(['add', 'x', '--role', 'editor', '--platforms', 'atlantis'], 'rivers and 8 bridges\n').out,
    ).toContain('unknown platform: atlantis');
    expect(user(['list']).out.trim().split('\n')).toHaveLength(1);
  });

  it('adds an editor limited to platforms, lists, disables, re-enables and resets a password', async () => {
    expect(
      user(['add', 'officer', '--role', 'editor', '--platforms', 'test-park'], 'lakeside office 42\n').status,
    ).toBe(0);
    expect(user(['list']).out).toMatch(/officer\s+editor\s+active\s+platforms=test-park/);
    expect(user(['disable', 'officer']).out).toMatch(/disabled officer\s+editor\s+disabled/);
    const { app, db } = appOver();
    try {
      expect((await login(app, 'officer', 'lakeside office 42')).status).toBe(401);
      expect(user(['enable', 'officer']).status).toBe(0);
      expect(user(['reset-password', 'officer'], 'a new lakeside pass\n').out).toContain(
        'password of officer reset',
      );
      expect((await login(app, 'officer', 'lakeside office 42')).status).toBe(401);
      expect((await login(app, 'officer', 'a new lakeside pass')).status).toBe(200);
      expect(user(['revoke', 'officer']).out).toBe('1 session(s) of officer ended\n');
      expect(user(['disable', 'chief']).out).toContain('the last enabled administrator cannot be disabled');
    } finally {
      db.close();
    }
  });
});
