/**
 * Synthetic zones for the benchmarks: the bundled sample (platforms, 489 projects, targets, 三旧 sites,
 * context layers) with its parcels replaced by `n` synthetic ones on a jittered grid over the zone
 * (parcels-bbox.bench.ts), spread over the sample's seven platforms by longitude, with contracts (signed,
 * agreed delivery and start, price) on acquired land, and the sample projects holding synthetic parcels.
 * Databases are built once per size and generator version under data/bench/ (git-ignored), in a child
 * process so the benchmark's own memory is not the generator's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addDays } from '../../../domain/dates.ts';
import { isAcquired } from '../../../domain/land-states.ts';
import { openDatabase } from '../../../server/db/open.ts';
import type { Dataset } from '../../../server/seed/dataset.ts';
import { loadGeodata } from '../../../server/seed/load-geodata.ts';
import { seedDataset } from '../../../server/seed/seed-database.ts';
import { syntheticDataset } from '../parcels-bbox.bench.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
/** Bump when the generator changes, so stale databases are rebuilt. */
const VERSION = 1;

/** mulberry32 (as in parcels-bbox.bench.ts). */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sample with `n` synthetic parcels. */
export function syntheticZone(n: number): Dataset {
  const sample = loadGeodata(join(ROOT, 'geodata'));
  const grid = syntheticDataset(n);
  const r = prng(n + 7);
  const ids = sample.platforms.map((p) => p.id);
  const [x0, , x1] = [114.1, 22.9, 114.5];
  const acquired: string[] = [];
  const parcels = grid.parcels.map((p) => {
    const strip = Math.min(ids.length - 1, Math.floor(((p.bbox[0] - x0) / (x1 - x0)) * ids.length));
    if (!isAcquired(p.state)) return { ...p, platformId: ids[strip]! };
    acquired.push(p.id);
    const signed = addDays('2014-01-01', Math.floor(r() * 1600));
    const start = addDays(signed, 60 + Math.floor(r() * 400));
    return {
      ...p,
      platformId: ids[strip]!,
      stateSince: signed,
      contract: {
        signed,
        agreedDelivery: addDays(signed, 30),
        agreedStart: start,
        agreedCompletion: addDays(start, 730),
      },
      landPriceWan: Math.round(p.areaMu * 25),
      events: [{ from: null, to: p.state, date: signed, note: '', who: '' }],
    };
  });
  // Each sample project that held land holds as many synthetic acquired parcels.
  let next = 0;
  const projects = sample.projects.map((pr) => ({
    ...pr,
    parcelIds: pr.parcelIds.map(() => acquired[next++ % acquired.length]!),
  }));
  return {
    ...sample,
    dataVersion: `bench-zone-${n}-v${VERSION}`,
    parcels,
    projects,
    redevelopment: sample.redevelopment.map((s) => ({ ...s, parcelId: null })),
  };
}

/** Path of the database of a zone with `n` parcels, building it (in a child process) when missing. */
export function zoneDb(n: number): string {
  const dir = join(ROOT, 'data', 'bench');
  const path = join(dir, `zone-${n}-v${VERSION}.sqlite`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [import.meta.filename, String(n), `${path}.tmp`], {
    stdio: 'inherit',
  });
  renameSync(`${path}.tmp`, path);
  console.log(`  built ${path} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return path;
}

// Child process: tsx synthetic-zone.ts <n> <path>
if (process.argv[1] === import.meta.filename) {
  const [n, path] = [Number(process.argv[2]), process.argv[3]!];
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
  const db = openDatabase(path);
  seedDataset(db, syntheticZone(n));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
