/**
 * Parcel bbox bench: 10,000 and 100,000 synthetic parcels (a jittered grid of quadrilaterals over
 * 114.10–114.50 E, 22.90–23.20 N, ≈ 1,350 km²) seeded into a temporary SQLite file. For viewport-sized boxes
 * (a 1280 × 800 px map at zoom 14 and 16) it prints median and p95 latency of GET /api/parcels?bbox= through
 * createApp (R*Tree, exact geometry test, JSON), of the R*Tree candidate query alone, and — the baseline — of a
 * full scan of the same table on its bbox columns. Deterministic (seeded PRNG).
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area as turfArea } from '@turf/turf';
import type { LandState, LandUse } from '../../domain/enums.ts';
import { NO_GRANT_RECORDS } from '../../domain/grant-records.ts';
import type { AreaGeometry } from '../../domain/schemas.ts';
import { m2ToMu } from '../../domain/units.ts';
import { createApp } from '../../server/app.ts';
import { openDatabase } from '../../server/db/open.ts';
import type { BBox, Dataset, ParcelRecord } from '../../server/seed/dataset.ts';
import { seedDataset } from '../../server/seed/seed-database.ts';

const EXTENT: BBox = [114.1, 22.9, 114.5, 23.2];
const STATES: LandState[] = [
  'planned',
  'reserve',
  'ready',
  'listed',
  'transferred',
  'delivered',
  'producing',
];
const USES: LandUse[] = ['100101', '100102', '1001', 'M0', '1101'];
/** Degrees per pixel at zoom z with 256-px tiles (longitude; latitude scaled by cos 23°). */
const degPerPx = (z: number) => 360 / 2 ** z / 256;
const VIEWPORTS = [14, 16].map((z) => ({
  label: `zoom ${z} (1280×800 px)`,
  w: 1280 * degPerPx(z),
  h: 800 * degPerPx(z) * Math.cos((23 * Math.PI) / 180),
}));
const QUERIES = 200;

/** mulberry32: a small seeded PRNG so every run measures the same data and boxes. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` parcels on a jittered grid: each cell holds one convex quadrilateral, counter-clockwise. */
export function syntheticDataset(n: number): Dataset {
  const r = prng(n);
  const cols = Math.ceil(Math.sqrt(n * 1.33));
  const rows = Math.ceil(n / cols);
  const [x0, y0, x1, y1] = EXTENT;
  const cw = (x1 - x0) / cols;
  const ch = (y1 - y0) / rows;
  const parcels: ParcelRecord[] = [];
  for (let i = 0; i < n; i++) {
    const cx = x0 + (i % cols) * cw;
    const cy = y0 + Math.floor(i / cols) * ch;
    const j = () => 0.05 + r() * 0.15;
    const ring = [
      [cx + j() * cw, cy + j() * ch],
      [cx + cw - j() * cw, cy + j() * ch],
      [cx + cw - j() * cw, cy + ch - j() * ch],
      [cx + j() * cw, cy + ch - j() * ch],
    ];
    ring.push(ring[0]!);
    const geometry: AreaGeometry = { type: 'Polygon', coordinates: [ring] };
    const lons = ring.map((p) => p[0]!);
    const lats = ring.map((p) => p[1]!);
    const areaM2 = turfArea(geometry);
    const id = `S-${String(i).padStart(6, '0')}`;
    const state = STATES[Math.floor(r() * STATES.length)]!;
    parcels.push({
      id,
      code: `BENCH-${id}`,
      platformId: 'bench',
      town: '测试',
      landUse: USES[Math.floor(r() * USES.length)]!,
      areaM2,
      areaMu: m2ToMu(areaM2),
      plotRatioMax: 2,
      state,
      stateSince: '2017-01-01',
      expectedReadyDate: null,
      contract: { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null },
      landPriceWan: null,
      version: 1,
      geometry,
      bbox: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
      events: [{ from: null, to: state, date: '2017-01-01', note: '', who: '' }],
      records: NO_GRANT_RECORDS,
    });
  }
  const [a, b, c, d] = EXTENT;
  const boundary: AreaGeometry = {
    type: 'Polygon',
    coordinates: [
      [
        [a, b],
        [c, b],
        [c, d],
        [a, d],
        [a, b],
      ],
    ],
  };
  return {
    meta: { asOf: '2018-03-09', title: 'bench', illustrativeGeometry: true, source: 'synthetic' },
    dataVersion: `bench-${n}`,
    platforms: [
      {
        id: 'bench',
        nameZh: '测试平台',
        nameEn: 'Bench',
        kind: 'industrial_park',
        focusIndustries: [],
        towns: [],
        areaM2: turfArea(boundary),
        geometry: boundary,
        bbox: EXTENT,
      },
    ],
    parcels,
    projects: [],
    redevelopment: [],
    targets: [],
    techUpgrades: [],
    layers: { towns: [], roads: [], water: [] },
  };
}

/** Median and 95th percentile of `xs` (ms). */
function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((x, y) => x - y);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

const fmt = (ms: number) => `${ms.toFixed(3).padStart(9)} ms`;

export default async function parcelsBboxBench(): Promise<void> {
  for (const n of [10_000, 100_000]) {
    const dir = mkdtempSync(join(tmpdir(), 'zk-bench-'));
    try {
      const db = openDatabase(join(dir, 'bench.sqlite'));
      let t = performance.now();
      const data = syntheticDataset(n);
      const genMs = performance.now() - t;
      t = performance.now();
      seedDataset(db, data);
      const seedMs = performance.now() - t;
      console.log(
        `\n${n.toLocaleString('en')} parcels (generated in ${genMs.toFixed(0)} ms, written in ${seedMs.toFixed(0)} ms)`,
      );
      const app = createApp({ db });
      const rtree = db.prepare(
        'SELECT rid FROM parcel_rtree WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ?',
      );
      const scan = db.prepare(
        'SELECT rid FROM parcels NOT INDEXED WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ?',
      );
      for (const vp of VIEWPORTS) {
        const r = prng(42);
        const boxes: BBox[] = Array.from({ length: QUERIES }, () => {
          const x = EXTENT[0] + r() * (EXTENT[2] - EXTENT[0] - vp.w);
          const y = EXTENT[1] + r() * (EXTENT[3] - EXTENT[1] - vp.h);
          return [x, y, x + vp.w, y + vp.h];
        });
        const api: number[] = [];
        const idx: number[] = [];
        const full: number[] = [];
        const hits: number[] = [];
        for (const b of boxes) {
          const [minLon, minLat, maxLon, maxLat] = b;
          let s = performance.now();
          const res = await app.request(`/api/parcels?bbox=${b.join(',')}`);
          const text = await res.text();
          api.push(performance.now() - s);
          // Parsing the body is the client's cost, so it happens after the clock stops.
          hits.push((JSON.parse(text) as { total: number }).total);
          s = performance.now();
          const a = rtree.all(minLon, maxLon, minLat, maxLat).length;
          idx.push(performance.now() - s);
          s = performance.now();
          const f = scan.all(minLon, maxLon, minLat, maxLat).length;
          full.push(performance.now() - s);
          if (a < f) throw new Error(`R*Tree returned fewer candidates (${a}) than the scan (${f})`);
        }
        const h = stats(hits);
        console.log(`  ${vp.label}: ${QUERIES} boxes, parcels per box median ${h.median}, p95 ${h.p95}`);
        for (const [label, xs] of [
          ['GET /api/parcels?bbox= (R*Tree + JSON)', api],
          ['  R*Tree candidate query alone', idx],
          ['  baseline: full table scan', full],
        ] as const) {
          const { median, p95 } = stats(xs);
          console.log(`    ${label.padEnd(42)} median ${fmt(median)}   p95 ${fmt(p95)}`);
        }
      }
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
