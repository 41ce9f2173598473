/**
 * Decides whether the client build (dist/) is missing or older than its sources, and builds it with Vite's
 * JS API. Sources: client/ (the Vite root, with its index.html), domain/ (imported by the client) and
 * vite.config.ts.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time (ms) among `path` and, for a directory, everything below it; 0 when absent. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** What the client build is made from, relative to the repository root. */
export const CLIENT_SOURCES = ['client', 'domain', 'vite.config.ts'] as const;

/** True when `<root>/dist/index.html` is missing or older than any client source under `root`. */
export function isClientBuildStale(root: string): boolean {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = CLIENT_SOURCES.map((p) => newestMtime(join(root, p)));
  return Math.max(...sources) > statSync(built).mtimeMs;
}

/** Builds the client with the repository's vite.config.ts into dist/. */
export async function buildClient(root: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}
