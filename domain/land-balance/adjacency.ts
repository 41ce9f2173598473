/**
 * Adjacency of parcels: two parcels are adjacent when their boundaries share a segment of positive length
 * (≥ `minSharedM`, default 1 m) — touching at a corner is not adjacency. Coordinates are lon/lat; they are
 * projected once to a local equirectangular frame in metres (error ≪ 0.1 % over a 50 km zone), so the
 * tolerance is a distance: boundary vertices within `toleranceM` (default 0.05 m ≈ 5e-7°) of the other
 * parcel's edge count as on it, which absorbs ~1e-7° digitising noise.
 * Candidate pairs come from a uniform grid over the bounding boxes, so 100k parcels cost O(n) box tests.
 */
import type { AreaGeometry } from '../schemas.ts';

/** Tolerances of the shared-edge test, metres. */
export interface AdjacencyOptions {
  /** Largest distance of a vertex from the other edge's line for the edges to count as collinear, m. Default 0.05. */
  toleranceM?: number;
  /** Shortest shared boundary that makes two parcels adjacent, m. Default 1. */
  minSharedM?: number;
}

/** Default tolerances (metres). */
export const DEFAULT_ADJACENCY: Required<AdjacencyOptions> = { toleranceM: 0.05, minSharedM: 1 };

/** Edges of a geometry in local metres: [x1, y1, x2, y2, …] per edge, plus its bounding box. */
interface Edges {
  xy: Float64Array;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Metres per degree of longitude and latitude at latitude `lat` (WGS84 series). */
export function metresPerDegree(lat: number): { mx: number; my: number } {
  const r = (lat * Math.PI) / 180;
  return {
    mx: 111412.84 * Math.cos(r) - 93.5 * Math.cos(3 * r),
    my: 111132.954 - 559.822 * Math.cos(2 * r) + 1.175 * Math.cos(4 * r),
  };
}

function rings(g: AreaGeometry): number[][][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

function toEdges(g: AreaGeometry, mx: number, my: number): Edges {
  let n = 0;
  for (const r of rings(g)) n += Math.max(0, r.length - 1);
  const xy = new Float64Array(n * 4);
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  let k = 0;
  for (const r of rings(g)) {
    for (let i = 0; i + 1 < r.length; i++) {
      const a = r[i]!;
      const b = r[i + 1]!;
      const x1 = (a[0] ?? 0) * mx;
      const y1 = (a[1] ?? 0) * my;
      const x2 = (b[0] ?? 0) * mx;
      const y2 = (b[1] ?? 0) * my;
      xy[k++] = x1;
      xy[k++] = y1;
      xy[k++] = x2;
      xy[k++] = y2;
      minX = Math.min(minX, x1, x2);
      minY = Math.min(minY, y1, y2);
      maxX = Math.max(maxX, x1, x2);
      maxY = Math.max(maxY, y1, y2);
    }
  }
  return { xy, minX, minY, maxX, maxY };
}

/** Length of boundary shared by two edge sets, m; stops early once `stopAt` is reached. */
function sharedLength(a: Edges, b: Edges, tol: number, stopAt: number): number {
  let total = 0;
  const A = a.xy;
  const B = b.xy;
  for (let i = 0; i < A.length; i += 4) {
    const ax = A[i]!;
    const ay = A[i + 1]!;
    const dx = A[i + 2]! - ax;
    const dy = A[i + 3]! - ay;
    const len = Math.hypot(dx, dy);
    if (len <= tol) continue;
    const ux = dx / len;
    const uy = dy / len;
    const eMinX = Math.min(ax, ax + dx) - tol;
    const eMaxX = Math.max(ax, ax + dx) + tol;
    const eMinY = Math.min(ay, ay + dy) - tol;
    const eMaxY = Math.max(ay, ay + dy) + tol;
    for (let j = 0; j < B.length; j += 4) {
      const bx1 = B[j]!;
      const by1 = B[j + 1]!;
      const bx2 = B[j + 2]!;
      const by2 = B[j + 3]!;
      if (Math.max(bx1, bx2) < eMinX || Math.min(bx1, bx2) > eMaxX) continue;
      if (Math.max(by1, by2) < eMinY || Math.min(by1, by2) > eMaxY) continue;
      // Both ends of b within `tol` of a's line: the edges are collinear (noise allowed).
      const c1 = (bx1 - ax) * uy - (by1 - ay) * ux;
      const c2 = (bx2 - ax) * uy - (by2 - ay) * ux;
      if (Math.abs(c1) > tol || Math.abs(c2) > tol) continue;
      const t1 = (bx1 - ax) * ux + (by1 - ay) * uy;
      const t2 = (bx2 - ax) * ux + (by2 - ay) * uy;
      const overlap = Math.min(len, Math.max(t1, t2)) - Math.max(0, Math.min(t1, t2));
      if (overlap > tol) {
        total += overlap;
        if (total >= stopAt) return total;
      }
    }
  }
  return total;
}

function meanLatitude(geoms: readonly AreaGeometry[]): number {
  let s = 0;
  let n = 0;
  for (const g of geoms) {
    const p = rings(g)[0]?.[0];
    if (p && Number.isFinite(p[1])) {
      s += p[1]!;
      n++;
    }
  }
  return n ? s / n : 0;
}

/** Length of boundary two geometries share, metres (0 when they only touch at points or not at all). */
export function sharedBoundaryM(a: AreaGeometry, b: AreaGeometry, opts: AdjacencyOptions = {}): number {
  const { toleranceM } = { ...DEFAULT_ADJACENCY, ...opts };
  const { mx, my } = metresPerDegree(meanLatitude([a, b]));
  return sharedLength(toEdges(a, mx, my), toEdges(b, mx, my), toleranceM, Number.POSITIVE_INFINITY);
}

/**
 * All adjacent pairs among `geoms`, as index pairs [i, j] with i < j, sorted. `sameGroup` (e.g. same platform)
 * skips pairs that may not merge anyway before any edge test.
 */
export function findAdjacentPairs(
  geoms: readonly AreaGeometry[],
  opts: AdjacencyOptions = {},
  sameGroup: (i: number, j: number) => boolean = () => true,
): Array<[number, number]> {
  const { toleranceM: tol, minSharedM } = { ...DEFAULT_ADJACENCY, ...opts };
  const n = geoms.length;
  if (n < 2) return [];
  const { mx, my } = metresPerDegree(meanLatitude(geoms));
  const edges = geoms.map((g) => toEdges(g, mx, my));
  // Grid cell ≈ twice the mean box size: each parcel lands in ~1–4 cells.
  let span = 0;
  let gx0 = Number.POSITIVE_INFINITY;
  let gy0 = Number.POSITIVE_INFINITY;
  for (const e of edges) {
    span += e.maxX - e.minX + (e.maxY - e.minY);
    gx0 = Math.min(gx0, e.minX);
    gy0 = Math.min(gy0, e.minY);
  }
  const cell = Math.max(span / n, 1);
  const grid = new Map<number, number[]>();
  const KEY = 1 << 21;
  // +1 keeps cell indices ≥ 0 after the tolerance widening, so the packed key decodes.
  const cx = (x: number): number => Math.floor((x - gx0) / cell) + 1;
  const cy = (y: number): number => Math.floor((y - gy0) / cell) + 1;
  edges.forEach((e, i) => {
    if (!Number.isFinite(e.minX)) return;
    for (let x = cx(e.minX - tol); x <= cx(e.maxX + tol); x++) {
      for (let y = cy(e.minY - tol); y <= cy(e.maxY + tol); y++) {
        const k = x * KEY + y;
        const list = grid.get(k);
        if (list) list.push(i);
        else grid.set(k, [i]);
      }
    }
  });
  const pairs: Array<[number, number]> = [];
  for (const [k, list] of grid) {
    const kx = Math.floor(k / KEY);
    const ky = k - kx * KEY;
    for (let a = 0; a < list.length; a++) {
      const i = list[a]!;
      const ei = edges[i]!;
      for (let b = a + 1; b < list.length; b++) {
        const j = list[b]!;
        const ej = edges[j]!;
        if (ei.maxX + tol < ej.minX - tol || ej.maxX + tol < ei.minX - tol) continue;
        if (ei.maxY + tol < ej.minY - tol || ej.maxY + tol < ei.minY - tol) continue;
        // Test each pair once: in the cell holding the low corner of the two boxes' overlap.
        if (cx(Math.max(ei.minX, ej.minX) - tol) !== kx || cy(Math.max(ei.minY, ej.minY) - tol) !== ky)
          continue;
        if (!sameGroup(i, j)) continue;
        if (sharedLength(ei, ej, tol, minSharedM) >= minSharedM) pairs.push(i < j ? [i, j] : [j, i]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
