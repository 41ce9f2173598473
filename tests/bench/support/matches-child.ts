/**
 * Child process of matches.bench.ts: opens a bench database, creates the app and times the first call of
 * /api/land-balance/matches (inputs read from the database, solved in the worker pool) and one repeat (the
 * cached answer); prints one JSON line with the figures and the process's peak RSS.
 */
import { createApp } from '../../../server/app.ts';
import { openDatabase } from '../../../server/db/open.ts';
import { closeSharedJobPool } from '../../../server/jobs/shared-pool.ts';

const PATH = '/api/land-balance/matches';

const db = openDatabase(process.argv[2]!);
const app = createApp({ db });
const times: number[] = [];
let bytes = 0;
for (let i = 0; i < 2; i++) {
  const t = performance.now();
  const res = await app.request(PATH);
  const body = await res.text();
  times.push(performance.now() - t);
  if (res.status !== 200) throw new Error(`${PATH}: ${res.status} ${body.slice(0, 200)}`);
  bytes = Buffer.byteLength(body);
}
await closeSharedJobPool();
db.close();
console.log(
  JSON.stringify({
    firstMs: times[0],
    cachedMs: times[1],
    bytes,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
