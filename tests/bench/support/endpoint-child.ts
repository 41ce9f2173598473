/**
 * Child process of whole-zone.bench.ts: opens a bench database, creates the app and times each whole-zone
 * endpoint (first call, then the median of five, and the median CPU time), with its answer size raw and gzip; prints one JSON line
 * with the figures and the process's peak RSS, so the figure is the server's alone.
 */
import { gzipSync } from 'node:zlib';
import { createApp } from '../../../server/app.ts';
import { openDatabase } from '../../../server/db/open.ts';

const ENDPOINTS = [
  '/api/config',
  '/api/platforms',
  '/api/dashboard',
  '/api/idle-land',
  '/api/land-balance',
  '/api/land-balance?includeReserve=true&includeRedevelopment=true',
  '/api/search?q=S-0001',
  '/api/search?q=45678',
  '/api/search?q=佰维',
];

const db = openDatabase(process.argv[2]!);
const app = createApp({ db });
const out: Record<
  string,
  { firstMs: number; medianMs: number; cpuMs: number; bytes: number; gzipBytes: number }
> = {};
for (const path of ENDPOINTS) {
  const times: number[] = [];
  const cpu: number[] = [];
  let body = '';
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    const res = await app.request(path);
    body = await res.text();
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body.slice(0, 200)}`);
  }
  const rest = times.slice(1).sort((a, b) => a - b);
  out[path] = {
    firstMs: times[0]!,
    medianMs: rest[2]!,
    // CPU time of this process (median of the five repeats): on a shared machine, wall time includes waiting.
    cpuMs: cpu.slice(1).sort((a, b) => a - b)[2]!,
    bytes: Buffer.byteLength(body),
    gzipBytes: gzipSync(body).byteLength,
  };
}
db.close();
console.log(JSON.stringify({ endpoints: out, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
