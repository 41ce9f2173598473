/**
 * `npm start` (production): serves the built client (dist/) and the API on one port. It compiles nothing:
 * `npm run build` builds the client with Vite and this server with esbuild (dist-server/), and npm's
 * `prestart` (scripts/ensure-build.mjs) runs that build only when the build is missing or older than the
 * sources. Logs JSON lines to standard output; exits 1 with a message naming the setting to fix when
 * start-up fails; on SIGTERM/SIGINT shuts down gracefully (drain, checkpoint the WAL, close the database).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { authSettings, EnvError, importLimitsOf, readEnv } from './env.ts';
import { createLogger } from './logging.ts';
import { StartupError } from './ops/startup-checks.ts';
import { startServer } from './serve.ts';

// Source (server/start.ts) and build (dist-server/start.js) both sit one level below the repository root.
const ROOT = resolve(import.meta.dirname, '..');

/** Printed while the database has no administrator: nothing ships with a default password. */
export const FIRST_ADMIN_HINT = [
  '',
  '尚无管理员账号。创建第一个管理员（会提示输入密码）/ No administrator yet. Create the first one (prompts for a password):',
  '  npm run user -- add <login> --role admin --name "<显示名 display name>"',
  '地图可匿名查看（ANONYMOUS_READ）；任何修改都需要编辑账号登录 / Reading works without signing in (ANONYMOUS_READ);',
  'every change needs an editor to sign in.',
].join('\n');

async function main(): Promise<void> {
  const env = readEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const staticDir = resolve(ROOT, 'dist');
  if (!existsSync(resolve(staticDir, 'index.html'))) {
    logger.warn({ staticDir }, 'the client is not built (run npm run build): serving the API only');
  }
  const server = await startServer({
    port: env.PORT,
    host: env.HOST,
    dbPath: env.DB_PATH,
    geodataDir: env.GEODATA_DIR,
    seed: env.SEED,
    staticDir,
    referenceDate: env.REFERENCE_DATE,
    tiandituKey: env.TIANDITU_KEY ?? null,
    auth: authSettings(env),
    importLimits: importLimitsOf(env),
    allowedHosts: env.ALLOWED_HOSTS,
    logger,
    jobs: { threads: env.JOB_THREADS, maxQueue: env.JOB_QUEUE, timeoutMs: env.JOB_TIMEOUT_SEC * 1000 },
    backups: env.BACKUP_DIR
      ? { dir: env.BACKUP_DIR, everyMs: env.BACKUP_EVERY, keep: env.BACKUP_KEEP }
      : undefined,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_SEC * 1000,
  });
  logger.info(
    { url: server.url, dbPath: resolve(env.DB_PATH), pid: process.pid },
    `${server.zoneNameZh}土地与产业平台地图 → ${server.url}`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting at once');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  const known = e instanceof EnvError || e instanceof StartupError;
  console.error(known ? `Cannot start: ${e.message}` : e);
  process.exit(1);
});
