/**
 * 分宗: splitting a parcel along a drawn line (a GeoJSON LineString) into two or more parts.
 *
 * The line is noded against the parcel's rings (noding.ts: every meeting point becomes a vertex of both, with
 * identical coordinates), the noded rings and line are polygonised (turf `polygonize`, a port of the GEOS
 * polygonizer: dangling line ends outside the parcel are dropped), and the faces lying inside the parcel are the
 * parts. Holes the line does not touch are given back to the face that contains them (turf's polygonizer does
 * not assign holes). Parts therefore share their cut edges exactly, keep every vertex of the old boundary (so
 * edges shared with neighbours are preserved), and their geodesic areas sum to the parcel's.
 *
 * Refused with a reason: an invalid parcel; a line with fewer than two distinct positions, non-finite or
 * out-of-zone coordinates, or crossing itself; a line ending inside the parcel (it must cross it fully, each
 * end outside or on the boundary); a line that leaves the parcel in one piece; a part that is a sliver
 * (edit-options.ts) or invalid (geometry-validation.ts).
 */
import { featureCollection, lineString, polygonize } from '@turf/turf';
import {
  DEFAULT_VALIDITY_AREA,
  rewindToRfc7946,
  type ValidityArea,
  validateAreaGeometry,
} from '../geometry-validation.ts';
import type { AreaGeometry } from '../schemas.ts';
import { editOptions, type ParcelEditOptions } from './edit-options.ts';
import { type EditRefusal, refuse } from './edit-refusal.ts';
import { interiorPoint, pointInPolygonRings, pointInRing } from './interior-point.ts';
import { nodeLineWithRings, type Pt, pathSelfIntersects } from './noding.ts';
import { geodesicAreaM2, measurePart, sliverReason } from './part-measures.ts';

/** A GeoJSON LineString (lon/lat). */
export interface LineStringGeometry {
  type: 'LineString';
  coordinates: number[][];
}

/** One part of a split: its polygon (RFC 7946 winding), geodesic area (㎡, 亩) and mean width (m). */
export interface SplitPart {
  geometry: { type: 'Polygon'; coordinates: number[][][] };
  areaM2: number;
  areaMu: number;
  meanWidthM: number;
}

/** Parts in order of decreasing area (ties: west to east). */
export type SplitResult = { ok: true; parts: SplitPart[] } | EditRefusal;

/**
 * Largest relative difference allowed between the parts' summed area and the parcel's: turf's area formula is not
 * exactly additive when a vertex is inserted into an oblique edge (≈ 1e-8 of the area for a 3.6 km² parcel), so
 * 1e-6 — far below any lost part, which would be at least a sliver's area.
 */
const AREA_SUM_TOLERANCE = 1e-6;

const key = (p: Pt) => `${p[0]},${p[1]}`;

/** The line's positions, consecutive duplicates dropped, or a refusal naming the fault. */
function parseLine(line: LineStringGeometry, o: ParcelEditOptions, area: ValidityArea): Pt[] | EditRefusal {
  if (line?.type !== 'LineString' || !Array.isArray(line.coordinates)) {
    return refuse(
      'invalid_line',
      '分割线须为 GeoJSON LineString。',
      'The split line must be a GeoJSON LineString.',
    );
  }
  if (line.coordinates.length > o.maxLineVertices) {
    return refuse(
      'invalid_line',
      `分割线最多 ${o.maxLineVertices} 个点（实际 ${line.coordinates.length}）。`,
      `The split line may have at most ${o.maxLineVertices} positions (got ${line.coordinates.length}).`,
    );
  }
  const [w, s, e, n] = area.bbox;
  const pts: Pt[] = [];
  for (const [i, pos] of line.coordinates.entries()) {
    const [x, y] = Array.isArray(pos) ? pos : [];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
      return refuse(
        'invalid_line',
        `分割线第 ${i} 个点不是有限的经纬度。`,
        `Position ${i} of the line is not a finite lon/lat pair.`,
      );
    }
    if (x < w || x > e || y < s || y > n) {
      return refuse(
        'invalid_line',
        `分割线第 ${i} 个点 (${x}, ${y}) 不在${area.nameZh}范围内。`,
        `Position ${i} of the line (${x}, ${y}) lies outside ${area.nameEn}.`,
      );
    }
    const last = pts[pts.length - 1];
    if (!last || last[0] !== x || last[1] !== y) pts.push([x, y]);
  }
  if (pts.length < 2) {
    return refuse(
      'invalid_line',
      '分割线至少需要两个不同的点。',
      'The split line needs at least two distinct positions.',
    );
  }
  if (pathSelfIntersects(pts)) {
    return refuse('line_self_intersects', '分割线自相交。', 'The split line crosses itself.');
  }
  return pts;
}

const polygonsOf = (g: AreaGeometry): Pt[][][] =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((rings) =>
    rings.map((ring) => ring.map((p) => [p[0]!, p[1]!] as Pt)),
  );

/** Faces of the noded arrangement: outer rings from the polygonizer, untouched holes given back. */
function faces(nodedRings: Pt[][], nodedLine: Pt[], untouchedHoles: Pt[][]): Pt[][][] {
  const fc = featureCollection([...nodedRings, nodedLine].map((c) => lineString(c)));
  const holeKeys = new Set(untouchedHoles.map((h) => [...new Set(h.map(key))].sort().join(';')));
  const outers = polygonize(fc)
    .features.map((f) => f.geometry.coordinates[0]!.map((p) => [p[0]!, p[1]!] as Pt))
    .filter((ring) => !holeKeys.has([...new Set(ring.map(key))].sort().join(';')));
  const result: Pt[][][] = outers.map((o) => [o]);
  const sizes = outers.map((o) => geodesicAreaM2({ type: 'Polygon', coordinates: [o] }));
  for (const hole of untouchedHoles) {
    const inside = interiorPoint([hole]);
    if (!inside) continue;
    let best = -1;
    for (const [i, o] of outers.entries()) {
      if (pointInRing(inside, o) && (best < 0 || sizes[i]! < sizes[best]!)) best = i;
    }
    if (best >= 0) result[best]!.push(hole);
  }
  return result;
}

/**
 * Splits `geometry` along `line`; parts or a refusal (see the module doc). `area` is the zone's validity area
 * (box in degrees and names for messages; the server passes the zone settings').
 */
export function splitParcel(
  geometry: AreaGeometry,
  line: LineStringGeometry,
  options: Partial<ParcelEditOptions> = {},
  area: ValidityArea = DEFAULT_VALIDITY_AREA,
): SplitResult {
  const o = editOptions(options);
  const valid = validateAreaGeometry(geometry, area);
  if (!valid.valid) return refuse('invalid_parcel', '原地块几何无效：', valid.message);
  const pts = parseLine(line, o, area);
  if (!Array.isArray(pts)) return pts;
  const polys = polygonsOf(geometry);
  const rings = polys.flat();
  const noded = nodeLineWithRings(pts, rings);
  const boundary = new Set(noded.rings.flat().map(key));
  for (const end of [noded.line[0]!, noded.line[noded.line.length - 1]!]) {
    if (!boundary.has(key(end)) && polys.some((p) => pointInPolygonRings(end, p))) {
      return refuse(
        'line_ends_inside',
        `分割线端点 (${end[0]}, ${end[1]}) 在地块内部：分割线须完整穿过地块。`,
        `The split line ends inside the parcel at (${end[0]}, ${end[1]}); it must cross the parcel fully.`,
      );
    }
  }
  // A hole the line neither crosses nor touches stays a separate cycle: give it back to its face afterwards.
  const lineKeys = new Set(noded.line.map(key));
  const isHole = polys.flatMap((p) => p.map((_, r) => r > 0));
  const untouchedHoles = noded.rings.filter(
    (r, k) => isHole[k] && r.length === rings[k]!.length && !r.some((v) => lineKeys.has(key(v))),
  );
  const inside = faces(noded.rings, noded.line, untouchedHoles).filter((f) => {
    const p = interiorPoint(f);
    return p !== null && polys.some((poly) => pointInPolygonRings(p, poly));
  });
  if (inside.length < 2) {
    return refuse(
      'line_does_not_cross',
      '分割线没有把地块分成两块或更多。',
      'The line does not divide the parcel into two or more parts.',
    );
  }
  return measureParts(inside, geodesicAreaM2(geometry), o, area);
}

/** Orders, validates and measures the parts; refuses slivers, invalid parts and a lost area. */
function measureParts(
  found: Pt[][][],
  parentAreaM2: number,
  o: ParcelEditOptions,
  area: ValidityArea,
): SplitResult {
  const parts = found.map((rings) => {
    const geometry = rewindToRfc7946({
      type: 'Polygon' as const,
      coordinates: rings.map((r) => r.map((p) => [p[0], p[1]])),
    });
    return { geometry, m: measurePart(geometry), west: Math.min(...rings[0]!.map((p) => p[0])) };
  });
  parts.sort((a, b) => b.m.areaM2 - a.m.areaM2 || a.west - b.west);
  for (const [i, part] of parts.entries()) {
    const v = validateAreaGeometry(part.geometry, area);
    if (!v.valid) return refuse('invalid_result', `第 ${i + 1} 块无效：`, v.message, { partIndex: i });
    const sliver = sliverReason(part.m, o);
    if (sliver) {
      return refuse(
        'sliver',
        `第 ${i + 1} 块是碎片：${sliver.zh}。`,
        `Part ${i + 1} is a sliver: ${sliver.en}.`,
        {
          partIndex: i,
        },
      );
    }
  }
  const sum = parts.reduce((s, p) => s + p.m.areaM2, 0);
  if (Math.abs(sum - parentAreaM2) > Math.max(0.01, AREA_SUM_TOLERANCE * parentAreaM2)) {
    return refuse(
      'split_failed',
      `分割后面积之和 ${sum.toFixed(2)} ㎡ 与原面积 ${parentAreaM2.toFixed(2)} ㎡ 不符。`,
      `The parts' areas sum to ${sum.toFixed(2)} m², not the parcel's ${parentAreaM2.toFixed(2)} m².`,
    );
  }
  return {
    ok: true,
    parts: parts.map((p) => ({
      geometry: p.geometry,
      areaM2: p.m.areaM2,
      areaMu: p.m.areaMu,
      meanWidthM: p.m.meanWidthM,
    })),
  };
}
