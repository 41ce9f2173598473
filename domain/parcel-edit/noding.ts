/**
 * Noding of a cutting line against polygon rings (planar, in lon/lat degrees): every point where the line meets
 * a ring becomes a vertex of both, with the very same coordinates, so the pieces of a split share their cut
 * edge exactly and a polygon builder can join them at those nodes. Line vertices within `SNAP_DEG` of a ring
 * vertex or edge are moved onto it, so a line drawn with snapping to the boundary does not leave hair-thin
 * faces. Ring vertices are never moved: neighbours' shared edges stay as they were.
 */

/** A position [lon, lat]. */
export type Pt = [number, number];

/**
 * Snapping distance, degrees (1e-9° ≈ 0.1 mm): far below any drawing precision, far above floating-point noise
 * at lon ≈ 114 (≈ 1e-14°).
 */
export const SNAP_DEG = 1e-9;

/** A point to insert into segment `seg` of a path at parameter `t` (0…1 along the segment). */
interface Insertion {
  seg: number;
  t: number;
  p: Pt;
}

const sub = (a: Pt, b: Pt): Pt => [a[0] - b[0], a[1] - b[1]];
const cross = (a: Pt, b: Pt): number => a[0] * b[1] - a[1] * b[0];
const dot = (a: Pt, b: Pt): number => a[0] * b[0] + a[1] * b[1];
const dist = (a: Pt, b: Pt): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Parameter and distance of the projection of `p` on segment ab (t clamped to 0…1). */
function project(p: Pt, a: Pt, b: Pt): { t: number; d: number; q: Pt } {
  const ab = sub(b, a);
  const len2 = dot(ab, ab);
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, dot(sub(p, a), ab) / len2));
  const q: Pt = [a[0] + t * ab[0], a[1] + t * ab[1]];
  return { t, d: dist(p, q), q };
}

/** Inserts the points into the path's segments in order of `t`, dropping consecutive duplicates. */
function applyInsertions(path: Pt[], ins: Insertion[]): Pt[] {
  const bySeg = new Map<number, Insertion[]>();
  for (const i of ins) bySeg.set(i.seg, [...(bySeg.get(i.seg) ?? []), i]);
  const out: Pt[] = [];
  const push = (p: Pt) => {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  };
  for (let s = 0; s < path.length; s++) {
    push(path[s]!);
    for (const i of (bySeg.get(s) ?? []).sort((x, y) => x.t - y.t)) push(i.p);
  }
  return out;
}

/** Moves line vertices lying on a ring (vertex or edge, within SNAP_DEG) onto it; edge hits become ring nodes. */
function snapLineToRings(line: Pt[], rings: Pt[][], ringIns: Insertion[][]): Pt[] {
  return line.map((v) => {
    for (const ring of rings) {
      const hit = ring.find((w) => dist(v, w) <= SNAP_DEG);
      if (hit) return hit;
    }
    for (const [r, ring] of rings.entries()) {
      for (let s = 0; s + 1 < ring.length; s++) {
        const { d, q, t } = project(v, ring[s]!, ring[s + 1]!);
        if (d > SNAP_DEG || t === 0 || t === 1) continue;
        ringIns[r]!.push({ seg: s, t, p: q });
        return q;
      }
    }
    return v;
  });
}

/** Ring vertices lying on a line edge become line nodes. */
function ringVerticesOnLine(line: Pt[], rings: Pt[][], lineIns: Insertion[]): void {
  for (const ring of rings) {
    for (const w of ring) {
      for (let s = 0; s + 1 < line.length; s++) {
        const a = line[s]!;
        const b = line[s + 1]!;
        const { d, t } = project(w, a, b);
        if (d <= SNAP_DEG && dist(w, a) > SNAP_DEG && dist(w, b) > SNAP_DEG)
          lineIns.push({ seg: s, t, p: w });
      }
    }
  }
}

/** Proper crossings (interiors of both segments) become nodes of both paths. */
function properCrossings(line: Pt[], rings: Pt[][], lineIns: Insertion[], ringIns: Insertion[][]): void {
  for (let s = 0; s + 1 < line.length; s++) {
    const a = line[s]!;
    const r = sub(line[s + 1]!, a);
    for (const [k, ring] of rings.entries()) {
      for (let e = 0; e + 1 < ring.length; e++) {
        const c = ring[e]!;
        const q = sub(ring[e + 1]!, c);
        const den = cross(r, q);
        if (den === 0) continue; // parallel: collinear overlaps were noded by the vertex passes
        const ac = sub(c, a);
        const t = cross(ac, q) / den;
        const u = cross(ac, r) / den;
        if (t <= 0 || t >= 1 || u <= 0 || u >= 1) continue;
        const p: Pt = [c[0] + u * q[0], c[1] + u * q[1]];
        // A crossing at an existing vertex was handled by the vertex passes.
        if ([a, line[s + 1]!, c, ring[e + 1]!].some((v) => dist(v, p) <= SNAP_DEG)) continue;
        lineIns.push({ seg: s, t, p });
        ringIns[k]!.push({ seg: e, t: u, p });
      }
    }
  }
}

/**
 * Nodes `line` against the closed `rings`: returns both with every meeting point as a shared vertex
 * (identical coordinates). Rings keep all their vertices, in order, and stay closed.
 */
export function nodeLineWithRings(
  line: readonly Pt[],
  rings: readonly Pt[][],
): { line: Pt[]; rings: Pt[][] } {
  const ringIns: Insertion[][] = rings.map(() => []);
  const lineIns: Insertion[] = [];
  const snapped = snapLineToRings([...line], [...rings], ringIns);
  ringVerticesOnLine(snapped, [...rings], lineIns);
  properCrossings(snapped, [...rings], lineIns, ringIns);
  return {
    line: applyInsertions(snapped, lineIns),
    rings: rings.map((ring, k) => applyInsertions(ring, ringIns[k]!)),
  };
}

/** True when the open path crosses or touches itself anywhere but at consecutive segments' shared vertex. */
export function pathSelfIntersects(path: readonly Pt[]): boolean {
  for (let i = 0; i + 1 < path.length; i++) {
    for (let j = i + 1; j + 1 < path.length; j++) {
      const a = path[i]!;
      const b = path[i + 1]!;
      const c = path[j]!;
      const d = path[j + 1]!;
      if (j === i + 1) {
        // Consecutive: invalid only when they fold back onto each other.
        const folds = cross(sub(b, a), sub(d, c)) === 0 && dot(sub(b, a), sub(d, c)) < 0;
        if (folds) return true;
        continue;
      }
      if (segmentsMeet(a, b, c, d)) return true;
    }
  }
  return false;
}

/** Closed segments ab and cd share a point (within SNAP_DEG). */
function segmentsMeet(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const r = sub(b, a);
  const q = sub(d, c);
  const den = cross(r, q);
  if (den !== 0) {
    const ac = sub(c, a);
    const t = cross(ac, q) / den;
    const u = cross(ac, r) / den;
    if (t >= 0 && t <= 1 && u >= 0 && u <= 1) return true;
  }
  return (
    project(c, a, b).d <= SNAP_DEG ||
    project(d, a, b).d <= SNAP_DEG ||
    project(a, c, d).d <= SNAP_DEG ||
    project(b, c, d).d <= SNAP_DEG
  );
}
