/**
 * Once per e2e run: build the client with Vite's JS API, start the real server on a free port over a fresh
 * temporary database seeded from geodata/, and hand its URL to the tests (`inject('baseUrl')`). Tests that
 * edit data start their own server over their own database with the same build (`inject('staticDir')`), so the
 * shared server's data never changes during a run.
 * The build goes to a private temporary directory, not dist/: another build (npm run build, a bench, a second
 * test run) emptying dist/ mid-run would otherwise make the server answer 500 for index.html.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../server/serve.ts';
import { buildClientTo } from './build-client.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The built client, for tests that start a server of their own (over a private database). */
    staticDir: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'zk-e2e-'));
  const staticDir = join(dir, 'dist');
  await buildClientTo(staticDir);
  const server = await startServer({
    port: 0,
    dbPath: join(dir, 'e2e.sqlite'),
    geodataDir: join(ROOT, 'geodata'),
    staticDir,
  });
  project.provide('baseUrl', server.url);
  project.provide('staticDir', staticDir);
  return async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
