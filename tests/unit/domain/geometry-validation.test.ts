import { readFileSync } from 'node:fs';
import { booleanClockwise } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import {
  GEOMETRY_PROBLEMS,
  rewindToRfc7946,
  ringSignedArea,
  validateAreaGeometry,
  ZHONGKAI_BBOX,
} from '../../../domain/geometry-validation.ts';
import type { AreaGeometry } from '../../../domain/schemas.ts';

const fixture = (name: string): unknown =>
  (
    JSON.parse(readFileSync(new URL(`../../fixtures/geometry/${name}.geojson`, import.meta.url), 'utf8')) as {
      geometry: unknown;
    }
  ).geometry;

// A 0.0012° × 0.0010° square near 陈江 (≈ 123 m × 111 m ≈ 20 亩), counter-clockwise.
const X = 114.295;
const Y = 23.015;
const sq = (x = X, y = Y, w = 0.0012, h = 0.001): number[][] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
  [x, y],
];
const poly = (...rings: number[][][]) => ({ type: 'Polygon', coordinates: rings });
const reasonOf = (g: unknown) => {
  const r = validateAreaGeometry(g);
  return r.valid ? 'valid' : r.reason;
};

describe('fixtures: one per reason', () => {
  it('accepts the valid fixture', () => {
    expect(validateAreaGeometry(fixture('valid'))).toEqual({ valid: true });
  });

  for (const reason of GEOMETRY_PROBLEMS) {
    it(`rejects ${reason}.geojson with reason ${reason}`, () => {
      expect(reasonOf(fixture(reason))).toBe(reason);
    });
  }
});

describe('messages name the place of the fault', () => {
  it('bowtie names both crossing edges', () => {
    const r = validateAreaGeometry(fixture('self_intersection'));
    expect(r).toEqual({
      valid: false,
      reason: 'self_intersection',
      message:
        '外环的边 0–1 与同一环的边 2–3 相交或接触。 Edge 0–1 of the outer ring touches or crosses edge 2–3 of the same ring (position indices).',
    });
  });

  it('unclosed ring shows first and last positions', () => {
    const r = validateAreaGeometry(fixture('unclosed_ring'));
    expect(!r.valid && r.message).toContain('first position (114.295, 23.015) differs from last position 4');
  });

  it('swapped axes are hinted at', () => {
    const r = validateAreaGeometry(fixture('out_of_range'));
    expect(!r.valid && r.message).toContain('Position 0 of the outer ring (23.015, 114.295)');
    expect(!r.valid && r.message).toContain('swapped');
  });

  it('MultiPolygon faults name the polygon', () => {
    const g = { type: 'MultiPolygon', coordinates: [[sq()], [[...sq(X + 0.01).slice(0, 4), [X, Y + 1]]]] };
    const r = validateAreaGeometry(g);
    expect(r.valid).toBe(false);
    expect(!r.valid && r.message).toContain('polygon 1, outer ring is not closed');
  });
});

describe('structure and numbers', () => {
  it('rejects non-area inputs', () => {
    expect(reasonOf(null)).toBe('not_polygon');
    expect(reasonOf('POLYGON((0 0))')).toBe('not_polygon');
    expect(reasonOf({ type: 'Feature', geometry: poly(sq()) })).toBe('not_polygon');
    expect(reasonOf({ type: 'Polygon', coordinates: [] })).toBe('not_polygon');
    expect(reasonOf({ type: 'MultiPolygon', coordinates: [[]] })).toBe('not_polygon');
    expect(reasonOf({ type: 'Polygon', coordinates: [[[X, Y], [X + 1]]] })).toBe('not_polygon');
  });

  it('rejects NaN, Infinity and non-numbers anywhere', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '114.3', null]) {
      const ring = sq();
      ring[2] = [X + 0.0012, bad as number];
      expect(reasonOf(poly(ring))).toBe('non_finite_coordinate');
    }
  });

  it('tells projected metres from plain out-of-range degrees', () => {
    expect(reasonOf(poly(sq(12_725_000, 2_632_000, 100, 100)))).toBe('projected_coordinates'); // Web Mercator
    expect(reasonOf(poly(sq(200, 23)))).toBe('out_of_range');
    expect(reasonOf(poly(sq(114.3, -95)))).toBe('out_of_range');
  });
});

describe('rings', () => {
  it('needs three distinct positions; repeated consecutive points are tolerated', () => {
    const dup = [
      [X, Y],
      [X, Y],
      [X + 0.001, Y],
      [X, Y],
    ];
    expect(reasonOf(poly(dup))).toBe('too_few_positions');
    const withRepeat = sq();
    withRepeat.splice(2, 0, withRepeat[1]!);
    expect(reasonOf(poly(withRepeat))).toBe('valid');
  });

  it('rejects a spike (edge folding back) and a zero-area ring', () => {
    const spike = [
      [X, Y],
      [X + 0.001, Y],
      [X + 0.002, Y],
      [X + 0.001, Y],
      [X + 0.001, Y + 0.001],
      [X, Y],
    ];
    expect(reasonOf(poly(spike))).toBe('self_intersection');
    const flat = [
      [X, Y],
      [X + 0.002, Y],
      [X + 0.001, Y],
      [X, Y],
    ];
    expect(reasonOf(poly(flat))).toBe('self_intersection');
  });

  it('rejects a ring touching itself at a vertex', () => {
    // A figure eight whose two lobes meet at one vertex.
    const eight = [
      [X, Y],
      [X + 0.001, Y + 0.001],
      [X + 0.002, Y],
      [X + 0.002, Y + 0.002],
      [X + 0.001, Y + 0.001],
      [X, Y + 0.002],
      [X, Y],
    ];
    expect(reasonOf(poly(eight))).toBe('self_intersection');
  });

  it('accepts a concave outline with many vertices, in either winding', () => {
    const n = 200;
    const star = Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      const rad = i % 2 === 0 ? 0.004 : 0.002;
      return [X + rad * Math.cos(a), Y + rad * Math.sin(a)];
    });
    star.push(star[0]!);
    expect(reasonOf(poly(star))).toBe('valid');
    expect(reasonOf(poly([...star].reverse()))).toBe('valid');
  });
});

describe('holes and parts', () => {
  const hole = sq(X + 0.0004, Y + 0.0003, 0.0003, 0.0003).reverse();

  it('accepts a hole inside its shell', () => {
    expect(reasonOf(poly(sq(), hole))).toBe('valid');
  });

  it('rejects a hole crossing or touching the shell', () => {
    expect(reasonOf(poly(sq(), sq(X + 0.001, Y + 0.0003, 0.0005, 0.0003)))).toBe('self_intersection');
    expect(reasonOf(poly(sq(), sq(X, Y + 0.0003, 0.0003, 0.0003)))).toBe('self_intersection');
  });

  it('rejects a hole inside another hole', () => {
    const big = sq(X + 0.0002, Y + 0.0002, 0.0008, 0.0006);
    const small = sq(X + 0.0004, Y + 0.0004, 0.0002, 0.0002);
    const r = validateAreaGeometry(poly(sq(), big, small));
    expect(r).toMatchObject({ valid: false, reason: 'hole_outside_shell' });
    expect(!r.valid && r.message).toContain('hole 2 lies inside hole 1');
  });

  it('rejects MultiPolygon parts that overlap, cross or touch; accepts an island in a hole', () => {
    const multi = (...polys: number[][][][]) => ({ type: 'MultiPolygon', coordinates: polys });
    expect(reasonOf(multi([sq()], [sq(X + 0.0005)]))).toBe('self_intersection');
    expect(reasonOf(multi([sq()], [sq(X + 0.0012)]))).toBe('self_intersection'); // shared edge
    expect(reasonOf(multi([sq()], [sq(X + 0.0002, Y + 0.0002, 0.0002, 0.0002)]))).toBe('self_intersection');
    expect(reasonOf(multi([sq(), hole], [sq(X + 0.00045, Y + 0.00035, 0.0001, 0.0001)]))).toBe('valid');
  });
});

describe('Zhongkai box', () => {
  it('covers the platforms named in the design (惠南, 东江科技园, 沥林)', () => {
    for (const [x, y] of [
      [114.44, 22.995],
      [114.49, 23.12],
      [114.2, 22.965],
    ] as const) {
      expect(reasonOf(poly(sq(x, y)))).toBe('valid');
    }
    const [w, s, e, n] = ZHONGKAI_BBOX;
    expect(reasonOf(poly(sq(w - 0.01, s + 0.1)))).toBe('outside_zhongkai');
    expect(reasonOf(poly(sq(e - 0.001, n - 0.1, 0.002)))).toBe('outside_zhongkai');
  });
});

describe('ringSignedArea', () => {
  it('is the shoelace area in degrees², positive counter-clockwise', () => {
    expect(ringSignedArea(sq(0, 0, 2, 1))).toBe(2);
    expect(ringSignedArea([...sq(0, 0, 2, 1)].reverse())).toBe(-2);
  });
});

describe('rewindToRfc7946', () => {
  // turf's booleanClockwise is the independent check of the winding.
  const ccw = (ring: number[][]) => !booleanClockwise(ring);
  it('winds outer rings counter-clockwise and holes clockwise, without mutating the input', () => {
    const cwOuter = [...sq()].reverse();
    const ccwHole = sq(X + 0.0004, Y + 0.0003, 0.0003, 0.0003);
    const g: AreaGeometry = { type: 'Polygon', coordinates: [cwOuter, ccwHole] };
    const out = rewindToRfc7946(g);
    expect(ccw(out.coordinates[0]!)).toBe(true);
    expect(ccw(out.coordinates[1]!)).toBe(false);
    expect(g.coordinates[0]).toEqual(cwOuter);
    const m: AreaGeometry = { type: 'MultiPolygon', coordinates: [[cwOuter, ccwHole]] };
    const mo = rewindToRfc7946(m);
    expect(mo.type).toBe('MultiPolygon');
    expect(ccw(mo.coordinates[0]![0]!)).toBe(true);
    expect(ccw(mo.coordinates[0]![1]!)).toBe(false);
    expect(validateAreaGeometry(out)).toEqual({ valid: true });
  });
});
