/**
 * Splits a street block into parcels of 20–400 亩. Parcels are rectangles in the block's frame; every parcel
 * ring carries the corners of its neighbours that lie on its sides, so neighbours share identical vertices
 * along the common edge (what adjacency and land merging rely on).
 */
import * as turf from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import type { Block } from './blocks.ts';
import { fromFrame, polygonFeature, type Xy } from './geo.ts';
import type { Rng } from './prng.ts';

/** One piece of a block before it becomes a parcel. */
export interface Piece {
  blockId: string;
  /** Index of the piece within its block. */
  index: number;
  s0: number;
  s1: number;
  t0: number;
  t1: number;
  feature: Feature<Polygon>;
  areaM2: number;
  centre: Xy;
}

const M2_PER_MU = 10000 / 15;
/** Safety margins inside 20–400 亩 so planar vs geodesic differences never push a parcel out. */
const MIN_MU = 24;
const MAX_MU = 380;

function cuts(rng: Rng, lo: number, hi: number, k: number): number[] {
  const weights = Array.from({ length: k }, () => rng.range(0.7, 1.3));
  const total = weights.reduce((s, w) => s + w, 0);
  const out = [lo];
  let acc = lo;
  for (const w of weights.slice(0, -1)) {
    acc += ((hi - lo) * w) / total;
    out.push(acc);
  }
  out.push(hi);
  return out;
}

/** Column cut positions for one row of the block, choosing how many parcels fit 24–380 亩. */
function rowCuts(rng: Rng, s0: number, s1: number, depth: number, preferMu: number): number[] | null {
  const rowMu = ((s1 - s0) * depth) / M2_PER_MU;
  const preferred = Math.max(1, Math.round(rowMu / preferMu));
  for (const k of [preferred, preferred - 1, preferred + 1, preferred - 2, preferred + 2]) {
    if (k < 1 || k > 6) continue;
    for (let attempt = 0; attempt < 4; attempt++) {
      const c = cuts(rng, s0, s1, k);
      const mus = c.slice(1).map((v, i) => ((v - (c[i] as number)) * depth) / M2_PER_MU);
      if (Math.min(...mus) >= MIN_MU && Math.max(...mus) <= MAX_MU) return c;
    }
  }
  return null;
}

/** Splits a block into pieces; returns [] when no split keeps every piece within 24–380 亩. */
export function splitBlock(rng: Rng, block: Block, scale = 1): Piece[] {
  const { s0, s1, t0, t1 } = block;
  const depth = t1 - t0;
  // Preferred parcel size: mostly 28–80 亩 (typical SME plots), some 80–160 亩, a few large 180–320 亩 lots.
  const size = rng.float();
  const preferMu =
    scale * (size < 0.7 ? rng.range(28, 80) : size < 0.9 ? rng.range(80, 160) : rng.range(180, 320));
  const rows: [number, number][] =
    depth > 240 && rng.chance(0.75)
      ? (() => {
          const mid = t0 + depth * rng.range(0.4, 0.6);
          return [
            [t0, mid],
            [mid, t1],
          ];
        })()
      : [[t0, t1]];
  const rects: [number, number, number, number][] = [];
  for (const [a, b] of rows) {
    const c = rowCuts(rng, s0, s1, b - a, preferMu);
    if (!c) return [];
    for (let i = 0; i + 1 < c.length; i++) rects.push([c[i] as number, c[i + 1] as number, a, b]);
  }
  const corners: [number, number][] = rects.flatMap(([a, b, c, d]) => [
    [a, c],
    [b, c],
    [b, d],
    [a, d],
  ]);
  return rects.map(([a, b, c, d], index) => {
    const on = (pred: (p: [number, number]) => boolean, key: 0 | 1, desc: boolean): [number, number][] => {
      const seen = new Set<number>();
      const pts = corners.filter(pred).filter((p) => {
        if (seen.has(p[key])) return false;
        seen.add(p[key]);
        return true;
      });
      return pts.sort((p, q) => (desc ? q[key] - p[key] : p[key] - q[key]));
    };
    // Counter-clockwise: bottom (t=c) left→right, right (s=b) up, top (t=d) right→left, left (s=a) down.
    const st: [number, number][] = [
      [a, c],
      ...on((p) => p[1] === c && p[0] > a && p[0] < b, 0, false),
      [b, c],
      ...on((p) => p[0] === b && p[1] > c && p[1] < d, 1, false),
      [b, d],
      ...on((p) => p[1] === d && p[0] > a && p[0] < b, 0, true),
      [a, d],
      ...on((p) => p[0] === a && p[1] > c && p[1] < d, 1, true),
    ];
    const feature = polygonFeature(
      st.map(([s, t]) => fromFrame(block.frame, s, t)),
      {},
    );
    return {
      blockId: block.id,
      index,
      s0: a,
      s1: b,
      t0: c,
      t1: d,
      feature,
      areaM2: turf.area(feature),
      centre: fromFrame(block.frame, (a + b) / 2, (c + d) / 2),
    };
  });
}
