/**
 * Child process of whole-zone.bench.ts: opens a bench database, creates the app and times each whole-zone
 * endpoint (first call, then the median of five, and the median CPU time), with its answer size raw and gzip; then
 * the overview and the idle-land list right after an edit (an admin's attribute edit through PATCH
 * /api/parcels/:id, which bumps the data version, so the answers kept per data version are recomputed: five
 * edit-then-call rounds, first and median). Prints one JSON line with the figures and the process's peak RSS, so
 * the figure is the server's alone. The edit is committed to the bench database (a note on one parcel, an audit
 * row, an account `bench-admin`).
 */
import { gzipSync } from 'node:zlib';
import { createApp } from '../../../server/app.ts';
import { openDatabase } from '../../../server/db/open.ts';
import { getUserForSignIn } from '../../../server/db/queries/users.ts';
import { closeSharedJobPool } from '../../../server/jobs/shared-pool.ts';
import { addUser, as, signIn } from '../../api/helpers/auth.ts';

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
  // The map's result count and legend at start-up, and after a state filter (covering index, migration 015).
  '/api/parcels/summary?by=state',
  '/api/parcels/summary?by=state&state=ready&minAreaMu=10',
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
/** An admin's session (the account is created once per bench database). */
async function adminCookie(): Promise<string> {
  if (!getUserForSignIn(db, 'bench-admin')) await addUser(db, { login: 'bench-admin', role: 'admin' });
  return signIn(app, 'bench-admin');
}

// The first call after an edit: each round edits one parcel's note, then calls the endpoint once.
const send = as(app, await adminCookie());
const parcel = db.prepare('SELECT id FROM parcels WHERE retired_on IS NULL LIMIT 1').pluck().get() as string;
let round = 0;
async function edit(): Promise<void> {
  const tag = (await send(`/api/parcels/${parcel}`)).headers.get('ETag') ?? '';
  const res = await send(`/api/parcels/${parcel}`, {
    method: 'PATCH',
    headers: { 'If-Match': tag },
    json: { notes: `bench edit ${Date.now()} ${round++}` },
  });
  if (res.status !== 200) throw new Error(`edit: ${res.status} ${await res.text()}`);
}
for (const path of ['/api/dashboard', '/api/idle-land']) {
  const times: number[] = [];
  const cpu: number[] = [];
  let body = '';
  for (let i = 0; i < 5; i++) {
    await edit();
    const t = performance.now();
    const c = process.cpuUsage();
    const res = await app.request(path);
    body = await res.text();
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body.slice(0, 200)}`);
  }
  out[`${path} after an edit`] = {
    firstMs: times[0]!,
    medianMs: [...times].sort((a, b) => a - b)[2]!,
    cpuMs: [...cpu].sort((a, b) => a - b)[2]!,
    bytes: Buffer.byteLength(body),
    gzipBytes: gzipSync(body).byteLength,
  };
}
db.close();
console.log(JSON.stringify({ endpoints: out, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
// An edit may have started the shared worker pool (tile jobs); its threads would keep the process alive.
await closeSharedJobPool();
