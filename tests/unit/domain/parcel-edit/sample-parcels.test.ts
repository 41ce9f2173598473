/**
 * Split and merge on parcels of the bundled sample (geodata/), checked against their real neighbours and
 * platform boundary; areas against turf's area of the original geometry (a second computation, not the code
 * under test).
 */
import { readFileSync } from 'node:fs';
import { area, feature } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { sharedBoundaryM } from '../../../../domain/land-balance/adjacency.ts';
import { mergeParcels } from '../../../../domain/parcel-edit/merge-parcels.ts';
import { mergeCode, splitCodes } from '../../../../domain/parcel-edit/parcel-codes.ts';
import { splitParcel } from '../../../../domain/parcel-edit/split-parcel.ts';
import { checkParcelTopology } from '../../../../domain/parcel-edit/topology-check.ts';
import type { AreaGeometry } from '../../../../domain/schemas.ts';

type F = { properties: { id: string; code: string; platformId: string }; geometry: AreaGeometry };
const read = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../../../geodata/${name}`, import.meta.url), 'utf8')) as {
      features: F[];
    }
  ).features;
const parcels = read('parcels.geojson');
const platforms = read('platforms.geojson');
const byCode = (code: string) => parcels.find((f) => f.properties.code === code)!;
const neighbours = parcels.map((f) => ({
  id: f.properties.id,
  code: f.properties.code,
  geometry: f.geometry,
}));
const platformOf = (f: F) => {
  const p = platforms.find((x) => x.properties.id === f.properties.platformId)!;
  return { id: p.properties.id, nameZh: p.properties.id, geometry: p.geometry };
};
const codes = parcels.map((f) => f.properties.code);

describe('split ZK-ZC-0175 (自创区) through the midpoints of two opposite edges', () => {
  const f = byCode('ZK-ZC-0175');
  const ring = (f.geometry.coordinates as number[][][])[0]!;
  const mid = (a: number[], b: number[]) => [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
  const a = mid(ring[0]!, ring[1]!);
  const b = mid(ring[2]!, ring[3]!);
  const beyond = (p: number[], q: number[]) => [p[0]! + (p[0]! - q[0]!) * 0.1, p[1]! + (p[1]! - q[1]!) * 0.1];
  const r = splitParcel(f.geometry, { type: 'LineString', coordinates: [beyond(a, b), beyond(b, a)] });

  it('gives two parts whose areas sum to the parcel’s (turf area of the original)', () => {
    if (!r.ok) throw new Error(r.message);
    expect(r.parts).toHaveLength(2);
    const whole = area(feature(f.geometry));
    expect(whole).toBeCloseTo(29_313, 0);
    // Within 0.05 ㎡: the cut points are rounded to doubles on the old edges.
    expect(r.parts.reduce((s, p) => s + p.areaM2, 0)).toBeCloseTo(whole, 1);
  });

  it('the parts pass the topology check against all 1,534 sample parcels and stay in 自创区', () => {
    if (!r.ok) throw new Error(r.message);
    const ctx = { neighbours, replaces: [f.properties.id], platform: platformOf(f) };
    expect(
      checkParcelTopology(
        r.parts.map((p) => p.geometry),
        ctx,
      ),
    ).toEqual({ ok: true });
  });

  it('without replacing the parent, a part overlaps it — and the check names ZK-ZC-0175', () => {
    if (!r.ok) throw new Error(r.message);
    const ctx = { neighbours, replaces: [], platform: platformOf(f) };
    const check = checkParcelTopology([r.parts[0]!.geometry], ctx);
    expect(!check.ok && check.parcelCode).toBe('ZK-ZC-0175');
  });

  it('codes: ZK-ZC-0175-1 and ZK-ZC-0175-2', () => {
    expect(splitCodes('ZK-ZC-0175', 2, codes)).toEqual(['ZK-ZC-0175-1', 'ZK-ZC-0175-2']);
  });
});

describe('merge ZK-ZC-0046 and ZK-ZC-0047 (adjacent, both 净地可供 in 自创区)', () => {
  const a = byCode('ZK-ZC-0046');
  const b = byCode('ZK-ZC-0047');
  const input = [a, b].map((f) => ({ id: f.properties.id, code: f.properties.code, geometry: f.geometry }));

  it('one polygon with the summed area, inside the platform, overlapping no other parcel', () => {
    expect(sharedBoundaryM(a.geometry, b.geometry)).toBeGreaterThan(1);
    const r = mergeParcels(input);
    if (!r.ok) throw new Error(r.message);
    expect(r.areaM2).toBeCloseTo(area(feature(a.geometry)) + area(feature(b.geometry)), 2);
    const ctx = { neighbours, replaces: input.map((p) => p.id), platform: platformOf(a) };
    expect(checkParcelTopology([r.geometry], ctx)).toEqual({ ok: true });
    expect(mergeCode(['ZK-ZC-0047', 'ZK-ZC-0046'], codes)).toBe('ZK-ZC-0046-1');
  });
});
