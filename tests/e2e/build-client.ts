import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Builds the client with the repository's vite.config.ts (Vite's JS API) into `outDir` instead of dist/. */
export async function buildClientTo(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
