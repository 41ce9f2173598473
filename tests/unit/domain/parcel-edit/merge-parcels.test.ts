import { describe, expect, it } from 'vitest';
import { validateAreaGeometry } from '../../../../domain/geometry-validation.ts';
import { mergeParcels } from '../../../../domain/parcel-edit/merge-parcels.ts';
import { splitParcel } from '../../../../domain/parcel-edit/split-parcel.ts';
import { line, rect, rectAreaM2 } from './spherical-rectangle.ts';

const W = 114.295;
const S = 23.015;
const d = 0.001; // ≈ 102 m east–west, 111 m north–south
const cell = (i: number, j: number, id = `p-${i}${j}`) => ({
  id,
  code: `ZK-CJ-00${i}${j}`,
  geometry: rect(W + i * d, S + j * d, W + (i + 1) * d, S + (j + 1) * d),
});

const ok = (r: ReturnType<typeof mergeParcels>) => {
  if (!r.ok) throw new Error(`expected a merge, got ${r.reason}: ${r.message}`);
  return r;
};

describe('mergeParcels (合宗)', () => {
  it('two side-by-side parcels become one polygon with the area of the combined rectangle', () => {
    const r = ok(mergeParcels([cell(0, 0), cell(1, 0)]));
    expect(r.geometry.type).toBe('Polygon');
    expect(r.geometry.coordinates).toHaveLength(1);
    expect(r.areaM2 / rectAreaM2(W, S, W + 2 * d, S + d)).toBeCloseTo(1, 9);
    const xs = r.geometry.coordinates[0]!.map((p) => p[0]!);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([W, W + 2 * d]);
    expect(validateAreaGeometry(r.geometry)).toEqual({ valid: true });
  });

  it('three parcels in an L, connected through the corner one, merge into one L', () => {
    const r = ok(mergeParcels([cell(0, 1), cell(1, 0), cell(0, 0)]));
    expect(r.areaM2 / (3 * rectAreaM2(W, S, W + d, S + d))).toBeCloseTo(1, 3);
    expect(r.geometry.coordinates).toHaveLength(1);
  });

  it('a ring of parcels around a courtyard keeps the courtyard as a hole', () => {
    const ring = [
      cell(0, 0),
      cell(1, 0),
      cell(2, 0),
      cell(2, 1),
      cell(2, 2),
      cell(1, 2),
      cell(0, 2),
      cell(0, 1),
    ];
    const r = ok(mergeParcels(ring));
    expect(r.geometry.coordinates).toHaveLength(2);
    const outer = rectAreaM2(W, S, W + 3 * d, S + 3 * d);
    const court = rectAreaM2(W + d, S + d, W + 2 * d, S + 2 * d);
    expect(r.areaM2 / (outer - court)).toBeCloseTo(1, 9);
    expect(r.droppedGapM2).toBe(0);
  });

  it('split then merge gives back the parcel’s area and extent', () => {
    const whole = rect(W, S, W + 2 * d, S + d);
    const split = splitParcel(whole, line([W + 0.0007, S - 0.0005], [W + 0.0013, S + d + 0.0005]));
    if (!split.ok) throw new Error(split.message);
    const r = ok(
      mergeParcels(split.parts.map((p, i) => ({ id: `s${i}`, code: `S-${i}`, geometry: p.geometry }))),
    );
    expect(r.areaM2 / rectAreaM2(W, S, W + 2 * d, S + d)).toBeCloseTo(1, 9);
    expect(r.geometry.coordinates).toHaveLength(1);
  });

  it('parcels touching at a corner only are refused as not adjacent, naming the parcel', () => {
    const r = mergeParcels([cell(0, 0), cell(1, 1)]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('not_adjacent');
    expect(r.parcelCode).toBe('ZK-CJ-0011');
    expect(r.message).toContain('Parcel ZK-CJ-0011 shares no edge of at least 1 m');
  });

  it('parcels far apart are refused; a third one does not bridge a gap it does not touch', () => {
    expect(mergeParcels([cell(0, 0), cell(3, 0)]).ok).toBe(false);
    const r = mergeParcels([cell(0, 0), cell(1, 0), cell(3, 0)]);
    expect(!r.ok && r.parcelCode).toBe('ZK-CJ-0030');
  });

  it('a shared edge shorter than 1 m is not adjacency (0.5 m overlap of two offset parcels)', () => {
    // 0.0000045° of latitude ≈ 0.5 m.
    const a = { id: 'a', code: 'A', geometry: rect(W, S, W + d, S + d) };
    const b = { id: 'b', code: 'B', geometry: rect(W + d, S + d - 0.0000045, W + 2 * d, S + 2 * d) };
    expect(mergeParcels([a, b]).ok).toBe(false);
    expect(mergeParcels([a, b], { minSharedEdgeM: 0.4 }).ok).toBe(true);
  });

  it('one parcel is too few', () => {
    const r = mergeParcels([cell(0, 0)]);
    expect(!r.ok && r.reason).toBe('too_few_parcels');
  });
});
