/**
 * `npm start`: builds the client when dist/ is missing or stale, opens (seeding on first start) the
 * database and serves the app and the API on one port.
 */
import { resolve } from 'node:path';
import { buildClient, isClientBuildStale } from './client-build.ts';
import { authSettings, readEnv } from './env.ts';
import { startServer } from './serve.ts';

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
  if (isClientBuildStale(ROOT)) {
    console.log('Building the client (dist/ is missing or older than client/) …');
    await buildClient(ROOT);
  }
  const server = await startServer({
    port: env.PORT,
    host: env.HOST,
    dbPath: env.DB_PATH,
    geodataDir: env.GEODATA_DIR,
    staticDir: resolve(ROOT, 'dist'),
    referenceDate: env.REFERENCE_DATE,
    tiandituKey: env.TIANDITU_KEY ?? null,
    auth: authSettings(env),
    allowedHosts: env.ALLOWED_HOSTS,
  });
  console.log(`仲恺土地与产业平台地图 → ${server.url}`);
  if (server.adminMissing) console.log(FIRST_ADMIN_HINT);
  const stop = () => {
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
