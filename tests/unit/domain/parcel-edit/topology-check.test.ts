import { describe, expect, it } from 'vitest';
import { checkParcelTopology } from '../../../../domain/parcel-edit/topology-check.ts';
import { rect, rectAreaM2 } from './spherical-rectangle.ts';

const W = 114.295;
const S = 23.015;
const d = 0.001;
const platform = {
  id: 'chenjiang',
  nameZh: '陈江街道产业平台',
  geometry: rect(W - 0.01, S - 0.01, W + 0.01, S + 0.01),
};
const neighbours = [
  { id: 'n1', code: 'ZK-CJ-0101', geometry: rect(W + d, S, W + 2 * d, S + d) },
  { id: 'n2', code: 'ZK-CJ-0102', geometry: rect(W, S + d, W + d, S + 2 * d) },
  { id: 'far', code: 'ZK-CJ-0900', geometry: rect(W + 0.005, S + 0.005, W + 0.006, S + 0.006) },
];
const ctx = { neighbours, replaces: ['self'], platform };

describe('checkParcelTopology', () => {
  it('a parcel sharing edges with its neighbours passes', () => {
    expect(checkParcelTopology([rect(W, S, W + d, S + d)], ctx)).toEqual({ ok: true });
  });

  it('a vertex moved 10 m into the east neighbour is refused, naming it and the overlap area', () => {
    const moved = rect(W, S, W + d + 0.0001, S + d); // 0.0001° ≈ 10.2 m into ZK-CJ-0101
    const r = checkParcelTopology([moved], ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('overlaps_parcel');
    expect(r.parcelCode).toBe('ZK-CJ-0101');
    const overlap = rectAreaM2(W + d, S, W + d + 0.0001, S + d);
    expect(overlap).toBeCloseTo(1138, 0);
    expect(r.message).toContain(`overlaps parcel ZK-CJ-0101 by ${overlap.toFixed(1)} m²`);
  });

  it('an overlap under the 1 ㎡ tolerance is digitising noise and passes', () => {
    const nudged = rect(W, S, W + d + 0.00000005, S + d); // ≈ 5 mm × 111 m ≈ 0.57 ㎡
    expect(checkParcelTopology([nudged], ctx)).toEqual({ ok: true });
    expect(checkParcelTopology([nudged], ctx, { overlapToleranceM2: 0.1 }).ok).toBe(false);
  });

  it('the parcels an edit replaces never count as overlapping', () => {
    const over = rect(W + d, S, W + 2 * d, S + d);
    expect(checkParcelTopology([over], ctx).ok).toBe(false);
    expect(checkParcelTopology([over], { ...ctx, replaces: ['n1'] })).toEqual({ ok: true });
  });

  it('a parcel reaching out of its platform is refused with the area outside', () => {
    const out = rect(W - 0.0105, S, W - 0.0095, S + d);
    const r = checkParcelTopology([out], ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('outside_platform');
    const outside = rectAreaM2(W - 0.0105, S, W - 0.01, S + d);
    expect(r.message).toContain(
      `${outside.toFixed(1)} m² of it lies outside the boundary of platform chenjiang`,
    );
    expect(checkParcelTopology([out], { ...ctx, platform: null })).toEqual({ ok: true });
  });

  it('the part index of the offending part is given', () => {
    const r = checkParcelTopology([rect(W, S, W + d, S + d), rect(W, S + d, W + d, S + 2 * d)], ctx);
    expect(!r.ok && [r.partIndex, r.parcelCode]).toEqual([1, 'ZK-CJ-0102']);
  });
});
