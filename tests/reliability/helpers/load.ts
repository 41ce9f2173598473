/**
 * Bounded load runs with autocannon against a server on loopback: a fixed number of connections for a fixed
 * time per endpoint, then the figures (requests/s, p50/p99 latency, errors, non-2xx). Used by the
 * reliability test (short runs) and by `npm run bench load` (the full 20 connections × 10 s).
 */
import autocannon from 'autocannon';

/** One endpoint's figures. */
export type LoadFigures = {
  name: string;
  path: string;
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
};

/** The endpoints of the load run: the map's bbox query, a parcel's detail, the (cached) matching. */
export function loadTargets(parcelId: string): { name: string; path: string }[] {
  return [
    { name: 'parcels bbox', path: '/api/parcels?bbox=114.17,22.96,114.27,23.01' },
    { name: 'parcel detail', path: `/api/parcels/${encodeURIComponent(parcelId)}` },
    { name: 'matches', path: '/api/land-balance/matches' },
  ];
}

/** Runs `connections` × `seconds` against `baseUrl + path` (loopback only). */
export async function loadRun(
  baseUrl: string,
  target: { name: string; path: string },
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  const host = new URL(baseUrl).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host))
    throw new Error(`load runs target loopback only, not ${host}`);
  const r = await autocannon({
    url: baseUrl + target.path,
    connections,
    duration: seconds,
    timeout: 10,
  });
  return {
    ...target,
    requests: r.requests.total,
    perSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}

/** A table of figures for the log. */
export function formatFigures(rows: readonly LoadFigures[], connections: number, seconds: number): string {
  const lines = rows.map(
    (f) =>
      `  ${f.name.padEnd(14)} ${String(f.requests).padStart(6)} req  ${String(f.perSecond).padStart(5)}/s  ` +
      `p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms  max ${f.maxMs} ms  errors ${f.errors}  timeouts ${f.timeouts}  non-2xx ${f.non2xx}`,
  );
  return [`load: ${connections} connections × ${seconds} s per endpoint`, ...lines].join('\n');
}
