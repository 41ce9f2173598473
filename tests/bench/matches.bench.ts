/**
 * First call of GET /api/land-balance/matches at 100k / 1M synthetic parcels (each size in a fresh child
 * process, so nothing is cached): the time from request to answer, which includes reading the supply parcels
 * from the database and solving, then one repeat (the cached answer), the answer size and the server's peak RSS.
 * `npm run bench -- matches --sizes=100000`.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ms, size, sizesArg } from './support/stats.ts';
import { zoneDb } from './support/synthetic-zone.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export default async function matchesBench(): Promise<void> {
  console.log('  parcels | first call | repeat (cached) | answer | server peak RSS');
  for (const n of sizesArg([100_000, 1_000_000])) {
    const text = execFileSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(import.meta.dirname, 'support/matches-child.ts'), zoneDb(n)],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const r = JSON.parse(text.trim().split('\n').pop()!) as {
      firstMs: number;
      cachedMs: number;
      bytes: number;
      maxRssMb: number;
    };
    console.log(
      `  ${n.toLocaleString('en')} | ${ms(r.firstMs)} ms | ${ms(r.cachedMs)} ms | ${size(r.bytes)} | ${r.maxRssMb.toFixed(0)} MB`,
    );
  }
}
