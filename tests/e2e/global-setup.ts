/**
 * Once per e2e run: build the client with Vite's JS API, start the real server on a free port over a fresh
 * temporary database seeded from geodata/, and hand its URL to the tests (`inject('baseUrl')`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildClient } from '../../server/client-build.ts';
import { startServer } from '../../server/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildClient(ROOT);
  const dir = mkdtempSync(join(tmpdir(), 'zk-e2e-'));
  const server = await startServer({
    port: 0,
    dbPath: join(dir, 'e2e.sqlite'),
    geodataDir: join(ROOT, 'geodata'),
    staticDir: join(ROOT, 'dist'),
  });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
