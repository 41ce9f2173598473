/**
 * Street blocks: rectangles between (implicit) local streets, laid out in a frame per platform — along each S357
 * segment for the 357 belt, on a rotated grid elsewhere — and kept only where they lie wholly inside the
 * platform, clear of water, of the context roads (with a setback) and of each other.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { type Frame, fromFrame, polygonFeature, toXy, type Xy } from './geo.ts';
import type { Rng } from './prng.ts';

/** A block: an axis-aligned rectangle [s0,s1]×[t0,t1] in its frame. */
export interface Block {
  id: string;
  platformId: string;
  frame: Frame;
  s0: number;
  s1: number;
  t0: number;
  t1: number;
  feature: Feature<Polygon>;
  /** Centre in local metres. */
  centre: Xy;
}

/** Width of the local streets between blocks, metres. */
const STREET = 30;

/** Obstacles a block may not touch: water and buffered context roads. */
export interface Obstacles {
  areas: Feature<Polygon | MultiPolygon>[];
}

/** The rectangle of a block as a feature. */
export function rectFeature(frame: Frame, s0: number, s1: number, t0: number, t1: number): Feature<Polygon> {
  const pts: Xy[] = [
    fromFrame(frame, s0, t0),
    fromFrame(frame, s1, t0),
    fromFrame(frame, s1, t1),
    fromFrame(frame, s0, t1),
  ];
  return polygonFeature(pts, {});
}

/** Successive intervals covering [lo, hi] with lengths in [minLen, maxLen] separated by streets. */
export function intervals(
  rng: Rng,
  lo: number,
  hi: number,
  minLen: number,
  maxLen: number,
): [number, number][] {
  const out: [number, number][] = [];
  let s = lo + STREET / 2;
  while (s + minLen <= hi) {
    const len = Math.min(rng.range(minLen, maxLen), hi - s);
    out.push([s, s + len]);
    s += len + STREET;
  }
  return out;
}

function acceptable(
  f: Feature<Polygon>,
  platform: Feature<Polygon | MultiPolygon>,
  obstacles: Obstacles,
  taken: Feature<Polygon>[],
): boolean {
  if (!turf.booleanWithin(f, platform)) return false;
  for (const o of obstacles.areas) if (turf.booleanIntersects(f, o)) return false;
  const [x0, y0, x1, y1] = turf.bbox(f);
  for (const t of taken) {
    const [a0, b0, a1, b1] = turf.bbox(t);
    if (a0 > x1 || a1 < x0 || b0 > y1 || b1 < y0) continue;
    if (turf.booleanIntersects(f, t)) return false;
  }
  return true;
}

/** Side trims tried, in order, on a block that crosses the platform edge or a road: one side, then corners. */
const TRIMS: readonly [number, number, number, number][] = [0.25, 0.45, 0.65].flatMap(
  (k): [number, number, number, number][] => [
    [k, 0, 0, 0],
    [0, k, 0, 0],
    [0, 0, k, 0],
    [0, 0, 0, k],
    [k, 0, k, 0],
    [k, 0, 0, k],
    [0, k, k, 0],
    [0, k, 0, k],
  ],
);
/** Smallest block worth keeping after a trim, ㎡ (a little over one 20 亩 parcel). */
const MIN_TRIMMED_M2 = 16_000;

/**
 * The block [s]×[t] if acceptable, else the first trimmed version that is: edge blocks follow the platform
 * boundary and road setbacks instead of leaving a wide empty margin.
 */
function fitBlock(
  platformId: string,
  frame: Frame,
  s: [number, number],
  t: [number, number],
  n: number,
  ok: (f: Feature<Polygon>) => boolean,
): Block | null {
  const whole = makeBlock(platformId, frame, s, t, n);
  if (ok(whole.feature)) return whole;
  const ls = s[1] - s[0];
  const lt = t[1] - t[0];
  for (const [a, b, c, d] of TRIMS) {
    const s2: [number, number] = [s[0] + a * ls, s[1] - b * ls];
    const t2: [number, number] = [t[0] + c * lt, t[1] - d * lt];
    if ((s2[1] - s2[0]) * (t2[1] - t2[0]) < MIN_TRIMMED_M2 || s2[1] - s2[0] < 90 || t2[1] - t2[0] < 90)
      continue;
    const trimmed = makeBlock(platformId, frame, s2, t2, n);
    if (ok(trimmed.feature)) return trimmed;
  }
  return null;
}

function makeBlock(
  platformId: string,
  frame: Frame,
  s: [number, number],
  t: [number, number],
  n: number,
): Block {
  const feature = rectFeature(frame, s[0], s[1], t[0], t[1]);
  return {
    id: `${platformId}#${n}`,
    platformId,
    frame,
    s0: s[0],
    s1: s[1],
    t0: t[0],
    t1: t[1],
    feature,
    centre: fromFrame(frame, (s[0] + s[1]) / 2, (t[0] + t[1]) / 2),
  };
}

/**
 * Blocks along a road polyline (local metres): for each segment, rows on both sides between the road setback
 * and the band's half-width `w`.
 */
export function corridorBlocks(
  rng: Rng,
  platformId: string,
  road: readonly Xy[],
  w: number,
  platform: Feature<Polygon | MultiPolygon>,
  obstacles: Obstacles,
): Block[] {
  const out: Block[] = [];
  const taken: Feature<Polygon>[] = [];
  for (let i = 0; i + 1 < road.length; i++) {
    const p = road[i] as Xy;
    const q = road[i + 1] as Xy;
    const frame: Frame = { o: p, a: Math.atan2(q[1] - p[1], q[0] - p[0]) };
    const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
    for (const side of [1, -1]) {
      const d1 = rng.range(290, 370);
      const rows: [number, number][] = [
        [25, 25 + d1],
        [25 + d1 + STREET, w - 8],
      ];
      const cols = intervals(rng, -40, len + 40, 200, 420);
      for (const row of rows) {
        const t: [number, number] = side > 0 ? row : [-row[1], -row[0]];
        for (const s of cols) {
          const b = fitBlock(platformId, frame, s, t, out.length + 1, (f) =>
            acceptable(f, platform, obstacles, taken),
          );
          if (!b) continue;
          taken.push(b.feature);
          out.push(b);
        }
      }
    }
  }
  return out;
}

/** Blocks on a grid rotated by `angleDeg`, covering the platform. */
export function gridBlocks(
  rng: Rng,
  platformId: string,
  angleDeg: number,
  platform: Feature<Polygon | MultiPolygon>,
  obstacles: Obstacles,
): Block[] {
  const ring = turf.coordAll(platform).map((c) => toXy(c));
  const cx = ring.reduce((s, p) => s + p[0], 0) / ring.length;
  const cy = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  const frame: Frame = { o: [cx, cy], a: (angleDeg * Math.PI) / 180 };
  const c = Math.cos(frame.a);
  const n = Math.sin(frame.a);
  const st = ring.map(([x, y]) => [(x - cx) * c + (y - cy) * n, -(x - cx) * n + (y - cy) * c] as const);
  const sMin = Math.min(...st.map((p) => p[0]));
  const sMax = Math.max(...st.map((p) => p[0]));
  const tMin = Math.min(...st.map((p) => p[1]));
  const tMax = Math.max(...st.map((p) => p[1]));
  const cols = intervals(rng, sMin, sMax, 250, 520);
  const rows = intervals(rng, tMin, tMax, 220, 420);
  const out: Block[] = [];
  for (const t of rows) {
    for (const s of cols) {
      const b = fitBlock(platformId, frame, s, t, out.length + 1, (f) =>
        acceptable(f, platform, obstacles, []),
      );
      if (b) out.push(b);
    }
  }
  return out;
}
