import { area, feature } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { validateAreaGeometry, ZHONGKAI_BBOX } from '../../../../domain/geometry-validation.ts';
import { sharedBoundaryM } from '../../../../domain/land-balance/adjacency.ts';
import { splitParcel } from '../../../../domain/parcel-edit/split-parcel.ts';
import { line, rect, rectAreaM2, rectRing } from './spherical-rectangle.ts';

// A 0.002° × 0.001° parcel near 陈江 (≈ 205 m × 111 m ≈ 22,760 ㎡ ≈ 34 亩).
const W = 114.295;
const S = 23.015;
const E = 114.297;
const N = 23.016;
const M = 114.296; // mid longitude
const parcel = rect(W, S, E, N);
const WHOLE = rectAreaM2(W, S, E, N);
// 0.001° of latitude at 23° N on the WGS84 ellipsoid (the adjacency test's frame): 110.744 m (meridian-degree
// tables give 110,744 m per degree at 23°).
const CUT_M = 110.744;

const ok = (r: ReturnType<typeof splitParcel>) => {
  if (!r.ok) throw new Error(`expected a split, got ${r.reason}: ${r.message}`);
  return r.parts;
};

describe('splitParcel (分宗) — areas, shared edges, validity', () => {
  it('a north–south line through the middle gives two halves of equal area that sum to the parcel', () => {
    const parts = ok(splitParcel(parcel, line([M, S - 0.0005], [M, N + 0.0005])));
    expect(parts).toHaveLength(2);
    expect(WHOLE).toBeCloseTo(22_760, -1); // sanity of the oracle: 204.7 m × 111.2 m on the sphere
    for (const p of parts) expect(p.areaM2 / (WHOLE / 2)).toBeCloseTo(1, 6);
    expect((parts[0]!.areaM2 + parts[1]!.areaM2) / WHOLE).toBeCloseTo(1, 9);
    expect(parts[0]!.areaMu).toBeCloseTo(parts[0]!.areaM2 / (10000 / 15), 9);
    // West part first on equal areas.
    expect(Math.min(...parts[0]!.geometry.coordinates[0]!.map((p) => p[0]!))).toBe(W);
    for (const p of parts) expect(validateAreaGeometry(p.geometry)).toEqual({ valid: true });
  });

  it('the two parts share the whole cut edge (111 m) with identical coordinates', () => {
    const [a, b] = ok(splitParcel(parcel, line([M, S - 0.0005], [M, N + 0.0005])));
    expect(sharedBoundaryM(a!.geometry, b!.geometry)).toBeCloseTo(CUT_M, 1);
    // Vertices on the cut (the closing position dropped): both ends, exactly.
    const onCut = (g: { coordinates: number[][][] }) =>
      g.coordinates[0]!.slice(0, -1)
        .filter((p) => p[0] === M)
        .map((p) => p[1])
        .sort();
    expect(onCut(a!.geometry)).toEqual([S, N]);
    expect(onCut(b!.geometry)).toEqual([S, N]);
  });

  it("keeps the edge shared with a neighbour: the east part still shares the parcel's east edge in full", () => {
    const neighbour = rect(E, S, E + 0.001, N);
    const before = sharedBoundaryM(parcel, neighbour);
    const parts = ok(splitParcel(parcel, line([M, S - 0.0005], [M, N + 0.0005])));
    const east = parts.find((p) => p.geometry.coordinates[0]!.some((q) => q[0] === E))!;
    expect(sharedBoundaryM(east.geometry, neighbour)).toBeCloseTo(before, 6);
    expect(before).toBeCloseTo(CUT_M, 1);
  });

  it('a zig-zag line across a U-shaped parcel gives three parts with the rectangles’ areas', () => {
    // U: 0.003° wide, 0.003° tall, a 0.001° × 0.002° notch cut from the top middle.
    const u = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [W, S],
          [W + 0.003, S],
          [W + 0.003, S + 0.003],
          [W + 0.002, S + 0.003],
          [W + 0.002, S + 0.001],
          [W + 0.001, S + 0.001],
          [W + 0.001, S + 0.003],
          [W, S + 0.003],
          [W, S],
        ],
      ],
    };
    const parts = ok(splitParcel(u, line([W - 0.0005, S + 0.002], [W + 0.0035, S + 0.002])));
    expect(parts).toHaveLength(3);
    const bottom =
      rectAreaM2(W, S, W + 0.003, S + 0.002) - rectAreaM2(W + 0.001, S + 0.001, W + 0.002, S + 0.002);
    const arm = rectAreaM2(W, S + 0.002, W + 0.001, S + 0.003);
    expect(parts[0]!.areaM2 / bottom).toBeCloseTo(1, 6);
    expect(parts[1]!.areaM2 / arm).toBeCloseTo(1, 6);
    expect(parts[2]!.areaM2 / arm).toBeCloseTo(1, 6);
  });

  it('a hole the line does not touch stays in the part that contains it', () => {
    const holed = {
      type: 'Polygon' as const,
      coordinates: [rectRing(W, S, E, N), rectRing(W + 0.0002, S + 0.0002, W + 0.0006, S + 0.0006).reverse()],
    };
    const parts = ok(splitParcel(holed, line([M, S - 0.0005], [M, N + 0.0005])));
    const west = parts.find((p) => p.geometry.coordinates.length === 2)!;
    expect(
      west.areaM2 / (rectAreaM2(W, S, M, N) - rectAreaM2(W + 0.0002, S + 0.0002, W + 0.0006, S + 0.0006)),
    ).toBeCloseTo(1, 6);
    expect(parts.filter((p) => p.geometry.coordinates.length === 2)).toHaveLength(1);
    expect(validateAreaGeometry(west.geometry)).toEqual({ valid: true });
  });

  it('a line through a hole splits around it; the areas sum to the parcel minus the hole', () => {
    const hole = [W + 0.0008, S + 0.0003, W + 0.0012, S + 0.0007] as const;
    const holed = {
      type: 'Polygon' as const,
      coordinates: [rectRing(W, S, E, N), rectRing(...hole).reverse()],
    };
    const parts = ok(splitParcel(holed, line([M, S - 0.0005], [M, N + 0.0005])));
    expect(parts).toHaveLength(2);
    const sum = parts.reduce((s, p) => s + p.areaM2, 0);
    expect(sum / (WHOLE - rectAreaM2(...hole))).toBeCloseTo(1, 9);
    for (const p of parts) expect(p.areaM2 / ((WHOLE - rectAreaM2(...hole)) / 2)).toBeCloseTo(1, 6);
  });

  it('a diagonal drawn exactly through two corners (snapped to the vertices) gives two valid triangles', () => {
    const parts = ok(splitParcel(parcel, line([W, S], [E, N])));
    expect(parts).toHaveLength(2);
    for (const p of parts) {
      expect(p.geometry.coordinates[0]).toHaveLength(4);
      expect(validateAreaGeometry(p.geometry)).toEqual({ valid: true });
    }
    expect((parts[0]!.areaM2 + parts[1]!.areaM2) / WHOLE).toBeCloseTo(1, 9);
  });

  it('a 3.6 km² oblique parcel split obliquely: accepted, areas summing to within a millionth', () => {
    const k = 0.02;
    const big = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [W, S],
          [W + k, S + k * 0.3],
          [W + k * 0.7, S + k],
          [W - k * 0.3, S + k * 0.7],
          [W, S],
        ],
      ],
    };
    const parts = ok(splitParcel(big, line([W - k * 0.4, S + k * 0.31], [W + k * 1.1, S + k * 0.77])));
    const whole = area(feature(big));
    expect(whole / 1e6).toBeCloseTo(3.6, 1); // km²
    expect(Math.abs(parts[0]!.areaM2 + parts[1]!.areaM2 - whole) / whole).toBeLessThan(1e-6);
  });

  it('a MultiPolygon parcel: the component the line misses becomes a part of its own', () => {
    // Areas relative to the first component: the second is as large (0.002° × 0.001°); the first is cut in halves.
    const multi = {
      type: 'MultiPolygon' as const,
      coordinates: [[rectRing(W, S, E, N)], [rectRing(E + 0.001, S, E + 0.003, N)]],
    };
    const parts = ok(splitParcel(multi, line([M, S - 0.0005], [M, N + 0.0005])));
    expect(parts.map((p) => p.areaM2 / WHOLE)).toEqual([
      expect.closeTo(1, 6),
      expect.closeTo(0.5, 6),
      expect.closeTo(0.5, 6),
    ]);
  });

  it('a line ending exactly on the boundary is accepted', () => {
    const parts = ok(splitParcel(parcel, line([M, S], [M, N])));
    expect(parts).toHaveLength(2);
  });
});

describe('splitParcel refusals', () => {
  it('a line ending inside the parcel: line_ends_inside, with the position', () => {
    const r = splitParcel(parcel, line([M, S - 0.0005], [M, S + 0.0005]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('line_ends_inside');
    expect(!r.ok && r.message).toContain('(114.296, 23.0155)');
  });

  it('a line that misses the parcel: line_does_not_cross', () => {
    const r = splitParcel(parcel, line([W - 0.001, S], [W - 0.001, N]));
    expect(!r.ok && r.reason).toBe('line_does_not_cross');
  });

  it('a line along an edge only: line_does_not_cross', () => {
    const r = splitParcel(parcel, line([W, S - 0.0005], [W, N + 0.0005]));
    expect(!r.ok && r.reason).toBe('line_does_not_cross');
  });

  it('a line that crosses itself: line_self_intersects', () => {
    const r = splitParcel(
      parcel,
      line(
        [W - 0.001, S + 0.0002],
        [E + 0.001, N - 0.0002],
        [E + 0.001, S + 0.0002],
        [W - 0.001, N - 0.0002],
      ),
    );
    expect(!r.ok && r.reason).toBe('line_self_intersects');
  });

  it('a line 2 m inside the west edge leaves a sliver: refused with the part and its mean width', () => {
    // 0.00002° of longitude at 23° N ≈ 2.05 m; the strip is 2.05 m × 111 m ≈ 227 ㎡ — above the area minimum,
    // below the 5 m width minimum.
    const x = W + 0.00002;
    const r = splitParcel(parcel, line([x, S - 0.0005], [x, N + 0.0005]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('sliver');
    expect(r.partIndex).toBe(1);
    expect(r.message).toContain('mean width 2.01 m');
  });

  it('a corner cut of under 200 ㎡ is a sliver by area', () => {
    const r = splitParcel(parcel, line([W - 0.0001, S + 0.0002], [W + 0.0002, S - 0.0001]));
    expect(!r.ok && r.reason).toBe('sliver');
    expect(!r.ok && r.message).toContain('below the minimum 200 m²');
  });

  it('the minimums are options: a lower width accepts the 2 m strip', () => {
    const x = W + 0.00002;
    const r = splitParcel(parcel, line([x, S - 0.0005], [x, N + 0.0005]), { minPartWidthM: 1 });
    expect(r.ok).toBe(true);
  });

  it('bad lines: one position, non-finite, outside the zone, not a LineString', () => {
    expect(splitParcel(parcel, line([M, S])).ok).toBe(false);
    const nan = splitParcel(parcel, line([M, Number.NaN], [M, N + 1]));
    expect(!nan.ok && nan.reason).toBe('invalid_line');
    const far = splitParcel(parcel, line([M, 40], [M, 41]));
    expect(!far.ok && far.message).toContain('lies outside the zone');
    const zone = { bbox: ZHONGKAI_BBOX, nameZh: '新湖区', nameEn: 'the Xinhu zone' };
    const named = splitParcel(parcel, line([M, 40], [M, 41]), {}, zone);
    expect(!named.ok && named.message).toContain('不在新湖区范围内');
    expect(!named.ok && named.message).toContain('lies outside the Xinhu zone');
    const notLine = splitParcel(parcel, { type: 'Point', coordinates: [[M, S]] } as never);
    expect(!notLine.ok && notLine.reason).toBe('invalid_line');
  });

  it('an invalid parcel (bowtie) is refused before splitting', () => {
    const bowtie = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [W, S],
          [E, N],
          [E, S],
          [W, N],
          [W, S],
        ],
      ],
    };
    const r = splitParcel(bowtie, line([M, S - 0.001], [M, N + 0.001]));
    expect(!r.ok && r.reason).toBe('invalid_parcel');
  });
});
