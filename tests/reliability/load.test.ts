/**
 * A bounded load run (autocannon, 20 connections) on the map's bbox query, a parcel's detail and the
 * (cached) matching of the bundled sample: no errors, no timeouts, no non-2xx answers; p99 printed. The test
 * runs 3 s per endpoint to stay within the suite's time budget; `npm run bench load` runs the full 10 s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOf, scratchDir, seedTemplate } from './helpers/databases.ts';
import { formatFigures, type LoadFigures, loadRun, loadTargets } from './helpers/load.ts';
import { type ServerProcess, startServerProcess } from './helpers/server-process.ts';
import { cyclableParcels } from './helpers/writes.ts';

const CONNECTIONS = 20;
const SECONDS = 3;

const scratch = scratchDir('zk-rel-load-');
let server: ServerProcess;
beforeAll(async () => {
  const template = await seedTemplate(scratch.dir);
  server = await startServerProcess({ DB_PATH: copyOf(template.path, scratch.dir, 'load.sqlite') });
  // Warm the matching cache (one solve): the load run measures serving it, not solving it.
  const warm = await fetch(`${server.url}/api/land-balance/matches`);
  expect(warm.status).toBe(200);
});
afterAll(async () => {
  await server?.stop('SIGTERM');
  scratch.cleanup();
});

describe(`load: ${CONNECTIONS} connections`, () => {
  it('parcels bbox, parcel detail and matches answer every request, p99 printed', async () => {
    const [parcelId] = await cyclableParcels(server.url);
    const figures: LoadFigures[] = [];
    for (const target of loadTargets(parcelId!))
      figures.push(await loadRun(server.url, target, CONNECTIONS, SECONDS));
    console.log(formatFigures(figures, CONNECTIONS, SECONDS));
    for (const f of figures) {
      expect(f.requests, f.name).toBeGreaterThan(0);
      expect([f.errors, f.timeouts, f.non2xx], f.name).toEqual([0, 0, 0]);
    }
  });
});
