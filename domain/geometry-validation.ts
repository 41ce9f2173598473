/**
 * Validity of parcel / platform / redevelopment geometry (Polygon or MultiPolygon, RFC 7946 lon/lat).
 * turf's `booleanValid` misses bowties and NaN, so the checks are done here, in this order, and the first
 * failure is reported with the polygon / ring / position index so a planner can find the faulty vertex:
 *   not_polygon → non_finite_coordinate → out_of_range | projected_coordinates → too_few_positions →
 *   unclosed_ring → self_intersection → hole_outside_shell → outside_zhongkai.
 * Rings must not touch or cross themselves or each other (stricter than OGC, which lets a hole touch its shell
 * at one point: a parcel drawn that way is almost always a digitising error). Winding order is not checked:
 * RFC 7946 asks parsers not to reject on it; geometry the app computes (split, merge) goes through
 * `rewindToRfc7946`.
 */
import type { AreaGeometry } from './schemas.ts';

/** Why a geometry was rejected. */
export type GeometryProblem =
  | 'not_polygon'
  | 'non_finite_coordinate'
  | 'out_of_range'
  | 'projected_coordinates'
  | 'too_few_positions'
  | 'unclosed_ring'
  | 'self_intersection'
  | 'hole_outside_shell'
  | 'outside_zhongkai';

/** All problems, in the order they are checked. */
export const GEOMETRY_PROBLEMS: readonly GeometryProblem[] = [
  'not_polygon',
  'non_finite_coordinate',
  'out_of_range',
  'projected_coordinates',
  'too_few_positions',
  'unclosed_ring',
  'self_intersection',
  'hole_outside_shell',
  'outside_zhongkai',
];

/** Result of `validateAreaGeometry`; `message` is bilingual (zh then en) and names the faulty ring/position. */
export type GeometryValidation = { valid: true } | { valid: false; reason: GeometryProblem; message: string };

/**
 * Bounding box [west, south, east, north] (degrees) every geometry must lie in: 仲恺高新区 with 惠南科技园 to the
 * south-east and 东江科技园 to the north-east, plus a margin of several km on every side — generous on purpose,
 * it catches swapped axes, wrong datums and data from elsewhere, not parcels slightly off the boundary.
 */
export const ZHONGKAI_BBOX = [113.95, 22.8, 114.65, 23.25] as const;

/** The area a geometry must lie in: a box [west, south, east, north] (degrees) and the zone's names for messages. */
export interface ValidityArea {
  bbox: readonly [number, number, number, number];
  nameZh: string;
  nameEn: string;
}

/**
 * The default validity area: the bundled zone's box (ZHONGKAI_BBOX) under neutral names. Callers that know the
 * zone pass its own area (server: `validityArea(db)`, from the zone settings), so messages name the zone.
 */
export const DEFAULT_VALIDITY_AREA: ValidityArea = {
  bbox: ZHONGKAI_BBOX,
  nameZh: '本区',
  nameEn: 'the zone',
};

/** Any |coordinate| above this in a lon/lat field is taken as projected metres (CGCS2000 GK, Web Mercator…). */
const PROJECTED_THRESHOLD = 1000;

type Pt = { x: number; y: number };
/** A ring after parsing: its points and their original position indices (consecutive duplicates removed). */
type ParsedRing = { poly: number; ring: number; pts: Pt[]; idx: number[] };

class Invalid extends Error {
  constructor(
    readonly reason: GeometryProblem,
    message: string,
  ) {
    super(message);
  }
}

const fail = (reason: GeometryProblem, zh: string, en: string): never => {
  throw new Invalid(reason, `${zh} ${en}`);
};

/** Checks a geometry for use as a parcel or platform area; never throws. */
export function validateAreaGeometry(
  geom: unknown,
  area: ValidityArea = DEFAULT_VALIDITY_AREA,
): GeometryValidation {
  try {
    const polys = parseStructure(geom);
    const multi = isObject(geom) && geom.type === 'MultiPolygon';
    const where = (p: number, r: number) => ringName(p, r, multi);
    const points = checkNumbers(polys, where);
    checkRange(points, where);
    const rings = checkRings(points, where);
    checkIntersections(rings, where);
    checkNesting(rings, where);
    checkBbox(points, where, area);
    return { valid: true };
  } catch (e) {
    if (e instanceof Invalid) return { valid: false, reason: e.reason, message: e.message };
    throw e;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function ringName(poly: number, ring: number, multi: boolean): { zh: string; en: string } {
  const kindZh = ring === 0 ? '外环' : `内环（洞）${ring}`;
  const kindEn = ring === 0 ? 'outer ring' : `hole ${ring}`;
  return multi
    ? { zh: `第 ${poly} 个多边形的${kindZh}`, en: `polygon ${poly}, ${kindEn}` }
    : { zh: kindZh, en: kindEn };
}

/** Returns polygons → rings → positions (raw), or fails with not_polygon. */
function parseStructure(geom: unknown): unknown[][][][] {
  if (!isObject(geom) || (geom.type !== 'Polygon' && geom.type !== 'MultiPolygon')) {
    const got = isObject(geom) && typeof geom.type === 'string' ? geom.type : typeof geom;
    return fail(
      'not_polygon',
      `几何类型须为 Polygon 或 MultiPolygon（实际为 ${got}）。`,
      `Expected a Polygon or MultiPolygon geometry, got ${got}.`,
    );
  }
  const c = geom.coordinates;
  const polysRaw = geom.type === 'Polygon' ? [c] : c;
  if (!Array.isArray(polysRaw) || polysRaw.length === 0) {
    return fail('not_polygon', '几何没有坐标。', `The ${geom.type} has no coordinates.`);
  }
  return polysRaw.map((poly, p) => {
    if (!Array.isArray(poly) || poly.length === 0) {
      return fail('not_polygon', `第 ${p} 个多边形没有环。`, `Polygon ${p} has no rings.`);
    }
    return poly.map((ring, r) => {
      if (!Array.isArray(ring)) {
        return fail(
          'not_polygon',
          `第 ${p} 个多边形的第 ${r} 个环不是坐标数组。`,
          `Polygon ${p}, ring ${r} is not an array of positions.`,
        );
      }
      return ring.map((pos, i) => {
        if (!Array.isArray(pos) || pos.length < 2) {
          return fail(
            'not_polygon',
            `第 ${p} 个多边形第 ${r} 个环的第 ${i} 个点不是 [经度, 纬度]。`,
            `Polygon ${p}, ring ${r}, position ${i} is not a [lon, lat] pair.`,
          );
        }
        return pos;
      });
    });
  });
}

type Where = (poly: number, ring: number) => { zh: string; en: string };

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Every coordinate (including any altitude) is a finite number; returns the positions as points. */
function checkNumbers(polys: unknown[][][][], where: Where): Pt[][][] {
  return polys.map((poly, p) =>
    poly.map((ring, r) =>
      ring.map((pos, i) => {
        const [x, y] = Array.isArray(pos) ? pos : [];
        if (Array.isArray(pos) && pos.every(isFiniteNumber) && isFiniteNumber(x) && isFiniteNumber(y)) {
          return { x, y };
        }
        const w = where(p, r);
        return fail(
          'non_finite_coordinate',
          `${w.zh}第 ${i} 个点的坐标不是有限数值。`,
          `Position ${i} of the ${w.en} has a coordinate that is not a finite number (${JSON.stringify(pos)}).`,
        );
      }),
    ),
  );
}

/** Longitudes within ±180 and latitudes within ±90; large values are reported as projected metres. */
function checkRange(points: Pt[][][], where: Where): void {
  for (const [p, poly] of points.entries()) {
    for (const [r, ring] of poly.entries()) {
      for (const [i, { x: lon, y: lat }] of ring.entries()) {
        if (Math.abs(lon) <= 180 && Math.abs(lat) <= 90) continue;
        const w = where(p, r);
        if (Math.abs(lon) > PROJECTED_THRESHOLD || Math.abs(lat) > PROJECTED_THRESHOLD) {
          fail(
            'projected_coordinates',
            `${w.zh}第 ${i} 个点 (${lon}, ${lat}) 似为投影坐标（米），须为 WGS84/CGCS2000 经纬度。`,
            `Position ${i} of the ${w.en} (${lon}, ${lat}) looks like projected metres; coordinates must be lon/lat degrees (WGS84/CGCS2000).`,
          );
        }
        const hint = Math.abs(lat) > 90 && Math.abs(lon) <= 90 ? ' Are longitude and latitude swapped?' : '';
        fail(
          'out_of_range',
          `${w.zh}第 ${i} 个点 (${lon}, ${lat}) 超出经纬度范围。`,
          `Position ${i} of the ${w.en} (${lon}, ${lat}) is outside lon −180…180 / lat −90…90.${hint}`,
        );
      }
    }
  }
}

const same = (a: Pt, b: Pt) => a.x === b.x && a.y === b.y;

/** Ring length and closure; returns rings with consecutive duplicate positions removed (closing point dropped). */
function checkRings(points: Pt[][][], where: Where): ParsedRing[] {
  const out: ParsedRing[] = [];
  for (const [p, poly] of points.entries()) {
    for (const [r, pts] of poly.entries()) {
      const w = where(p, r);
      if (pts.length < 4) {
        fail(
          'too_few_positions',
          `${w.zh}只有 ${pts.length} 个点，闭合环至少需 4 个。`,
          `The ${w.en} has ${pts.length} positions; a closed ring needs at least 4.`,
        );
      }
      const first = pts[0]!;
      const last = pts[pts.length - 1]!;
      if (!same(first, last)) {
        fail(
          'unclosed_ring',
          `${w.zh}未闭合：首点 (${first.x}, ${first.y}) 与末点 (${last.x}, ${last.y}) 不同。`,
          `The ${w.en} is not closed: first position (${first.x}, ${first.y}) differs from last position ${pts.length - 1} (${last.x}, ${last.y}).`,
        );
      }
      const kept: Pt[] = [];
      const idx: number[] = [];
      for (const [i, pt] of pts.slice(0, -1).entries()) {
        if (kept.length > 0 && same(kept[kept.length - 1]!, pt)) continue;
        kept.push(pt);
        idx.push(i);
      }
      if (kept.length < 3) {
        fail(
          'too_few_positions',
          `${w.zh}只有 ${kept.length} 个不同的点，至少需 3 个。`,
          `The ${w.en} has only ${kept.length} distinct positions; a polygon needs at least 3.`,
        );
      }
      out.push({ poly: p, ring: r, pts: kept, idx });
    }
  }
  return out;
}

type Seg = {
  ring: number;
  i: number;
  n: number;
  a: Pt;
  b: Pt;
  ia: number;
  ib: number;
  minX: number;
  maxX: number;
};

const orient = (p: Pt, q: Pt, r: Pt) => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
/** r lies on the closed segment pq. */
const onSegment = (p: Pt, q: Pt, r: Pt) =>
  orient(p, q, r) === 0 &&
  Math.min(p.x, q.x) <= r.x &&
  r.x <= Math.max(p.x, q.x) &&
  Math.min(p.y, q.y) <= r.y &&
  r.y <= Math.max(p.y, q.y);

/** Closed segments ab and cd share at least one point. */
function segmentsTouch(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const d1 = orient(c, d, a);
  const d2 = orient(c, d, b);
  const d3 = orient(a, b, c);
  const d4 = orient(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return onSegment(c, d, a) || onSegment(c, d, b) || onSegment(a, b, c) || onSegment(a, b, d);
}

/** Consecutive edges of a ring share a vertex; they are invalid only if they fold back over each other. */
function foldsBack(s: Seg, t: Seg): boolean {
  const sOther = same(s.b, t.a) || same(s.b, t.b) ? s.a : s.b;
  const tOther = same(t.a, s.a) || same(t.a, s.b) ? t.b : t.a;
  return onSegment(s.a, s.b, tOther) || onSegment(t.a, t.b, sOther);
}

/** No edge may touch or cross another edge, of the same ring or of any other ring (sweep on x). */
function checkIntersections(rings: ParsedRing[], where: Where): void {
  const segs: Seg[] = [];
  for (const [k, ring] of rings.entries()) {
    const n = ring.pts.length;
    for (let i = 0; i < n; i++) {
      const a = ring.pts[i]!;
      const b = ring.pts[(i + 1) % n]!;
      const ia = ring.idx[i]!;
      const ib = i + 1 < n ? ring.idx[i + 1]! : 0;
      segs.push({ ring: k, i, n, a, b, ia, ib, minX: Math.min(a.x, b.x), maxX: Math.max(a.x, b.x) });
    }
  }
  segs.sort((s, t) => s.minX - t.minX);
  for (let u = 0; u < segs.length; u++) {
    const s = segs[u]!;
    for (let v = u + 1; v < segs.length; v++) {
      const t = segs[v]!;
      if (t.minX > s.maxX) break;
      if (Math.max(s.a.y, s.b.y) < Math.min(t.a.y, t.b.y) || Math.max(t.a.y, t.b.y) < Math.min(s.a.y, s.b.y))
        continue;
      const adjacent = s.ring === t.ring && (Math.abs(s.i - t.i) === 1 || Math.abs(s.i - t.i) === s.n - 1);
      const bad = adjacent ? foldsBack(s, t) : segmentsTouch(s.a, s.b, t.a, t.b);
      if (!bad) continue;
      const [e, f] = s.ring < t.ring || (s.ring === t.ring && s.i < t.i) ? [s, t] : [t, s];
      const re = rings[e.ring]!;
      const rf = rings[f.ring]!;
      const we = where(re.poly, re.ring);
      const wf = e.ring === f.ring ? { zh: '同一环', en: 'the same ring' } : where(rf.poly, rf.ring);
      fail(
        'self_intersection',
        `${we.zh}的边 ${e.ia}–${e.ib} 与${wf.zh}的边 ${f.ia}–${f.ib} 相交或接触。`,
        `Edge ${e.ia}–${e.ib} of the ${we.en} touches or crosses edge ${f.ia}–${f.ib} of ${wf.en} (position indices).`,
      );
    }
  }
}

/** Ray casting; the point is known not to lie on the ring's boundary (intersections were checked first). */
function insideRing(pt: Pt, ring: Pt[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a.y > pt.y !== b.y > pt.y && pt.x < ((b.x - a.x) * (pt.y - a.y)) / (b.y - a.y) + a.x)
      inside = !inside;
  }
  return inside;
}

/** Every hole lies in its own shell and not in another hole; no polygon of a MultiPolygon lies inside another. */
function checkNesting(rings: ParsedRing[], where: Where): void {
  const byPoly = new Map<number, ParsedRing[]>();
  for (const r of rings) byPoly.set(r.poly, [...(byPoly.get(r.poly) ?? []), r]);
  const polys = [...byPoly.values()];
  for (const [shell, ...holes] of polys) {
    if (!shell) continue;
    for (const h of holes) {
      const w = where(h.poly, h.ring);
      if (!insideRing(h.pts[0]!, shell.pts)) {
        fail('hole_outside_shell', `${w.zh}不在外环之内。`, `The ${w.en} lies outside its outer ring.`);
      }
      const host = holes.find((o) => o !== h && insideRing(h.pts[0]!, o.pts));
      if (host) {
        fail(
          'hole_outside_shell',
          `${w.zh}位于另一个洞（内环 ${host.ring}）之内。`,
          `The ${w.en} lies inside hole ${host.ring}; holes must lie directly in the outer ring.`,
        );
      }
    }
  }
  for (const [shell] of polys) {
    for (const other of polys) {
      const [oShell, ...oHoles] = other;
      if (!shell || !oShell || oShell === shell) continue;
      const pt = shell.pts[0]!;
      if (insideRing(pt, oShell.pts) && !oHoles.some((h) => insideRing(pt, h.pts))) {
        fail(
          'self_intersection',
          `第 ${shell.poly} 个多边形与第 ${oShell.poly} 个多边形重叠。`,
          `Polygon ${shell.poly} lies inside polygon ${oShell.poly}; the parts of a MultiPolygon must not overlap.`,
        );
      }
    }
  }
}

function checkBbox(points: Pt[][][], where: Where, area: ValidityArea): void {
  const [w0, s0, e0, n0] = area.bbox;
  for (const [p, poly] of points.entries()) {
    for (const [r, ring] of poly.entries()) {
      for (const [i, { x: lon, y: lat }] of ring.entries()) {
        if (lon >= w0 && lon <= e0 && lat >= s0 && lat <= n0) continue;
        const w = where(p, r);
        fail(
          'outside_zhongkai',
          `${w.zh}第 ${i} 个点 (${lon}, ${lat}) 不在${area.nameZh}范围内。`,
          `Position ${i} of the ${w.en} (${lon}, ${lat}) lies outside ${area.nameEn} [${area.bbox.join(', ')}].`,
        );
      }
    }
  }
}

/** Planar signed area of a ring in degrees² (shoelace); positive when counter-clockwise. Orientation only. */
export function ringSignedArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i]!;
    const [x2 = 0, y2 = 0] = ring[i + 1]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

const wind = (ring: number[][], ccw: boolean): number[][] =>
  ringSignedArea(ring) > 0 === ccw ? ring.map((p) => [...p]) : ring.map((p) => [...p]).reverse();

/** Copy of the geometry wound as RFC 7946 asks: outer rings counter-clockwise, holes clockwise. */
export function rewindToRfc7946<G extends AreaGeometry>(geom: G): G {
  const poly = (rings: number[][][]) => rings.map((ring, r) => wind(ring, r === 0));
  if (geom.type === 'Polygon') return { ...geom, coordinates: poly(geom.coordinates) };
  return { ...geom, coordinates: geom.coordinates.map(poly) };
}
