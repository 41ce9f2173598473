/**
 * npm's `prestart`: makes sure dist/ (client) and dist-server/ (server) hold a build of the current sources,
 * so `npm ci && npm start` works on a fresh clone. A current build (its stamp matches the sources,
 * scripts/build-stamp.mjs) is used as is — nothing is compiled at start. Otherwise it runs `npm run build`
 * when the build tools (devDependencies) are installed, and stops with instructions when they are not
 * (`npm ci --omit=dev` deployments ship a build made elsewhere).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sourceHash, stampFile } from './build-stamp.mjs';

const root = resolve(import.meta.dirname, '..');

function builtHash() {
  const file = stampFile(root);
  if (!existsSync(file) || !existsSync(join(root, 'dist', 'index.html'))) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')).hash ?? null;
  } catch {
    return null;
  }
}

const built = builtHash();
if (built !== null && built === sourceHash(root)) process.exit(0);

const why = built === null ? 'there is no build yet' : 'the build is older than the sources';
const tools = ['vite', 'esbuild'].every((t) => existsSync(join(root, 'node_modules', t, 'package.json')));
if (!tools) {
  console.error(
    `Cannot start: ${why} (dist/, dist-server/), and the build tools are not installed here (npm ci --omit=dev).\n` +
      'Run `npm ci && npm run build` on a machine with the devDependencies and copy dist/ and dist-server/ here.',
  );
  process.exit(1);
}
console.error(`Building (${why}) …`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const r = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
