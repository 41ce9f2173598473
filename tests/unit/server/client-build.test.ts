/** When `npm start` rebuilds the client (server/client-build.ts): only when a real source is newer than dist/. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_SOURCES, isClientBuildStale } from '../../../server/client-build.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fake repository: client/index.html, domain/x.ts, vite.config.ts and dist/index.html, all at `t` s. */
function repo(t: number): string {
  const root = mkdtempSync(join(tmpdir(), 'zk-build-'));
  dirs.push(root);
  for (const d of ['client', 'domain', 'dist']) mkdirSync(join(root, d));
  for (const f of ['client/index.html', 'domain/x.ts', 'vite.config.ts', 'dist/index.html']) {
    writeFileSync(join(root, f), '');
    utimesSync(join(root, f), t, t);
  }
  for (const d of ['client', 'domain', 'dist']) utimesSync(join(root, d), t, t);
  return root;
}

describe('isClientBuildStale', () => {
  it('every watched source exists in the repository', () => {
    const root = join(import.meta.dirname, '../../..');
    for (const s of CLIENT_SOURCES) expect(existsSync(join(root, s)), s).toBe(true);
  });

  it('is fresh when dist/ is newer than every source, stale when client/index.html or a domain file is newer', () => {
    const root = repo(1_000_000);
    utimesSync(join(root, 'dist/index.html'), 1_000_100, 1_000_100);
    expect(isClientBuildStale(root)).toBe(false);
    utimesSync(join(root, 'client/index.html'), 1_000_200, 1_000_200);
    expect(isClientBuildStale(root)).toBe(true);
    const other = repo(1_000_000);
    utimesSync(join(other, 'dist/index.html'), 1_000_100, 1_000_100);
    utimesSync(join(other, 'domain/x.ts'), 1_000_200, 1_000_200);
    expect(isClientBuildStale(other)).toBe(true);
  });

  it('is stale without a build', () => {
    const root = repo(1_000_000);
    rmSync(join(root, 'dist/index.html'));
    expect(isClientBuildStale(root)).toBe(true);
  });
});
