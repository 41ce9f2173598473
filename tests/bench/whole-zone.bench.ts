/**
 * Whole-zone endpoints at 10k / 100k / 1M synthetic parcels: /api/platforms, /api/dashboard, /api/idle-land,
 * /api/land-balance (first call and median of five warm calls), /api/search, /api/parcels/summary, with answer sizes and the server
 * process's peak RSS (each size in a fresh child process). `npm run bench -- whole-zone --sizes=1000000`.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ms, size, sizesArg } from './support/stats.ts';
import { zoneDb } from './support/synthetic-zone.ts';

const ROOT = resolve(import.meta.dirname, '../..');

type ChildResult = {
  endpoints: Record<
    string,
    { firstMs: number; medianMs: number; cpuMs: number; bytes: number; gzipBytes: number }
  >;
  maxRssMb: number;
};

export default async function wholeZoneBench(): Promise<void> {
  for (const n of sizesArg([10_000, 100_000, 1_000_000])) {
    const path = zoneDb(n);
    const text = execFileSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(import.meta.dirname, 'support/endpoint-child.ts'), path],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const r = JSON.parse(text.trim().split('\n').pop()!) as ChildResult;
    console.log(`\n${n.toLocaleString('en')} parcels — server peak RSS ${r.maxRssMb.toFixed(0)} MB`);
    console.log('  endpoint | first call | median of 5 | CPU (median) | answer (raw, gzip)');
    for (const [p, e] of Object.entries(r.endpoints)) {
      console.log(
        `  ${p} | ${ms(e.firstMs)} ms | ${ms(e.medianMs)} ms | ${ms(e.cpuMs)} ms | ${size(e.bytes)}, ${size(e.gzipBytes)}`,
      );
    }
  }
}
