/**
 * A point strictly inside a polygon (holes respected), by the scan-line method of JTS `InteriorPointArea`: a
 * horizontal line halfway between two vertex latitudes near the middle crosses the rings; the midpoint of the
 * widest inside interval is interior. Unlike a centroid it never falls outside a concave polygon or in a hole,
 * and unlike a vertex it never lies on the boundary — what classifying the faces of a split needs.
 */
import type { Pt } from './noding.ts';

/** The scan latitude: halfway between the two distinct vertex latitudes closest to the middle of the extent. */
function scanLatitude(rings: readonly Pt[][]): number {
  const ys = [...new Set(rings.flat().map((p) => p[1]))].sort((a, b) => a - b);
  const mid = (ys[0]! + ys[ys.length - 1]!) / 2;
  let below = ys[0]!;
  let above = ys[ys.length - 1]!;
  for (const y of ys) {
    if (y <= mid) below = y;
    if (y > mid) {
      above = y;
      break;
    }
  }
  return (below + above) / 2;
}

/** Interior point [lon, lat] of a polygon given as rings (outer first); null for a degenerate polygon. */
export function interiorPoint(rings: readonly Pt[][]): Pt | null {
  if (rings.length === 0 || (rings[0]?.length ?? 0) < 4) return null;
  const y = scanLatitude(rings);
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[i + 1]!;
      // Half-open rule: no vertex lies on the scan line by construction, but keep it exact anyway.
      if (y1 > y === y2 > y) continue;
      xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  xs.sort((a, b) => a - b);
  let best: Pt | null = null;
  let width = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = xs[i + 1]! - xs[i]!;
    if (w > width) {
      width = w;
      best = [(xs[i]! + xs[i + 1]!) / 2, y];
    }
  }
  return best;
}

/** Point in ring by ray casting; points on the boundary may go either way (callers use interior points). */
export function pointInRing(p: Pt, ring: readonly Pt[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) {
      inside = !inside;
    }
  }
  return inside;
}

/** Point inside a polygon (outer ring first, then holes): inside the outer ring and in no hole. */
export function pointInPolygonRings(p: Pt, rings: readonly Pt[][]): boolean {
  const [outer, ...holes] = rings;
  return !!outer && pointInRing(p, outer) && !holes.some((h) => pointInRing(p, h));
}
