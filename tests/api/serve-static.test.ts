/** startServer with a built client: files, SPA fallback to index.html, and JSON 404s for unknown API paths. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../server/serve.ts';
import { MINI_GEODATA, tempDir } from './helpers/test-app.ts';

const tmp = tempDir('zk-static-');
let server: RunningServer;

beforeAll(async () => {
  const dist = join(tmp.dir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>仲恺</title><div id="root"></div>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("app");');
  server = await startServer({
    port: 0,
    dbPath: join(tmp.dir, 'db.sqlite'),
    geodataDir: MINI_GEODATA,
    staticDir: dist,
  });
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

describe('serving the built client', () => {
  it('serves index.html at / and the built assets', async () => {
    const root = await fetch(`${server.url}/`);
    expect(root.status).toBe(200);
    expect(root.headers.get('content-type')).toMatch(/text\/html/);
    expect(await root.text()).toContain('<title>仲恺</title>');
    const js = await fetch(`${server.url}/assets/app.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });

  it('falls back to index.html for client routes but not for API paths', async () => {
    const deep = await fetch(`${server.url}/parcels/P-001`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="root">');
    const api = await fetch(`${server.url}/api/nothing`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('serves the API from the same origin', async () => {
    const res = await fetch(`${server.url}/api/parcels?state=ready`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { total: number }).total).toBe(1);
  });
});
