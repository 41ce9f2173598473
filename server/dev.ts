/**
 * `npm run dev`: the API on PORT (default 8787) and Vite's dev server (hot reload) with /api proxied to it.
 * vite.config.ts stays the single Vite configuration; only the proxy target is overridden here so that a
 * non-default PORT still works.
 */
import { resolve } from 'node:path';
import { authSettings, importLimitsOf, readEnv } from './env.ts';
import { createLogger } from './logging.ts';
import { startServer } from './serve.ts';

const ROOT = resolve(import.meta.dirname, '..');

async function main(): Promise<void> {
  const env = readEnv();
  const api = await startServer({
    port: env.PORT,
    host: env.HOST,
    dbPath: env.DB_PATH,
    geodataDir: env.GEODATA_DIR,
    seed: env.SEED,
    referenceDate: env.REFERENCE_DATE,
    tiandituKey: env.TIANDITU_KEY ?? null,
    auth: authSettings(env),
    importLimits: importLimitsOf(env),
    allowedHosts: env.ALLOWED_HOSTS,
    logger: createLogger(env.LOG_LEVEL),
  });
  const { createServer } = await import('vite');
  const vite = await createServer({
    configFile: resolve(ROOT, 'vite.config.ts'),
    server: { proxy: { '/api': { target: api.url, changeOrigin: false } } },
  });
  await vite.listen();
  console.log(`API → ${api.url}/api/health`);
  vite.printUrls();
  const stop = () => {
    Promise.allSettled([vite.close(), api.close()]).finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
