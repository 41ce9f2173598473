/**
 * `npm start`: builds the client when dist/ is missing or stale, opens (seeding on first start) the
 * database and serves the app and the API on one port.
 */
import { resolve } from 'node:path';
import { buildClient, isClientBuildStale } from './client-build.ts';
import { readEnv } from './env.ts';
import { startServer } from './serve.ts';

const ROOT = resolve(import.meta.dirname, '..');

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
  });
  console.log(`仲恺土地与产业平台地图 → ${server.url}`);
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
