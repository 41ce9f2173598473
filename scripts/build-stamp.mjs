/**
 * The fingerprint of what `npm run build` compiles: a SHA-256 over the path and bytes of every file under
 * client/, domain/ and server/, plus vite.config.ts and package-lock.json (a dependency change can change the
 * bundles). `npm run build` writes it to dist-server/build-stamp.json; `npm start` rebuilds only when the
 * stamp is missing or differs (scripts/ensure-build.mjs). Content, not modification times: a fresh clone,
 * a copied build or a touched file cannot fool it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SOURCES = ['client', 'domain', 'server', 'vite.config.ts', 'package-lock.json'];

/** Every file below `path` (or `path` itself), sorted. */
function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && !name.startsWith('.'))
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** The fingerprint of the sources under `root`. */
export function sourceHash(root) {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of files(join(root, source))) {
      hash.update(relative(root, file).replaceAll('\\', '/'));
      hash.update('\0');
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

/** Where the stamp of a finished build is kept. */
export const stampFile = (root) => join(root, 'dist-server', 'build-stamp.json');
