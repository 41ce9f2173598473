/**
 * Second half of `npm run build` (after `vite build` of the client into dist/): compiles the server with
 * esbuild into dist-server/ — start.js (the production entry), worker.js (the worker threads), shared
 * chunks, the SQL migrations beside them — and writes the build stamp. npm packages stay external (loaded
 * from node_modules at run time: only `dependencies` are needed there, so `npm ci --omit=dev` suffices).
 */
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { sourceHash, stampFile } from './build-stamp.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist-server');
if (!existsSync(join(root, 'dist', 'index.html'))) {
  throw new Error('dist/index.html is missing: run `vite build` first (npm run build does both)');
}
rmSync(out, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { start: 'server/start.ts', worker: 'server/jobs/worker.ts' },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
// server/db/migrate.ts reads its SQL files from the directory beside the code that runs.
cpSync(join(root, 'server', 'db', 'migrations'), join(out, 'migrations'), { recursive: true });
writeFileSync(
  stampFile(root),
  `${JSON.stringify({ hash: sourceHash(root), builtAt: new Date().toISOString() }, null, 2)}\n`,
);
console.log('server built into dist-server/');
