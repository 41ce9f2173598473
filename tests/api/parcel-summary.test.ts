/**
 * GET /api/parcels/summary against the hand-made fixture: the count and 亩 of the parcels matching the map's
 * filters, per class with `by`, on a past date with `asOf`. Oracle: GET /api/parcels with the same filters
 * (its `total` and its features' properties), and the fixture's event history read by hand.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers/test-app.ts';

const { app, cleanup } = testApp();
afterAll(cleanup);

type Summary = {
  total: number;
  totalMu: number;
  groups: { key: string; count: number; areaMu: number }[];
  bbox: number[] | null;
};
type List = {
  total: number;
  features: { geometry: { coordinates: number[][][] }; properties: { state: string; areaMu: number } }[];
};
const get = async <T>(path: string) => (await (await app.request(path)).json()) as T;

describe('parcel summary', () => {
  it('counts what the parcel list selects, with its area in 亩 and per class', async () => {
    for (const q of ['', 'platform=test-belt', 'state=ready,listed', 'minAreaMu=50', 'industry=laser']) {
      const list = await get<List>(`/api/parcels?${q}`);
      const sum = await get<Summary>(`/api/parcels/summary?${q}&by=state`);
      expect(sum.total, q).toBe(list.total);
      const mu = list.features.reduce((t, f) => t + f.properties.areaMu, 0);
      expect(sum.totalMu, q).toBeCloseTo(mu, 6);
      const byState = new Map<string, number>();
      for (const f of list.features)
        byState.set(f.properties.state, (byState.get(f.properties.state) ?? 0) + 1);
      expect(new Map(sum.groups.map((g) => [g.key, g.count])), q).toEqual(byState);
    }
  });

  it('gives the extent of the matching parcels and null when none match', async () => {
    const list = await get<List>('/api/parcels?platform=test-belt');
    const xs = list.features.flatMap((f) => f.geometry.coordinates.flat().map((c) => c[0]!));
    const sum = await get<Summary>('/api/parcels/summary?platform=test-belt');
    expect(sum.bbox?.[0]).toBeCloseTo(Math.min(...xs), 9);
    expect(sum.bbox?.[2]).toBeCloseTo(Math.max(...xs), 9);
    expect(sum.groups).toEqual([]);
    expect(await get<Summary>('/api/parcels/summary?minAreaMu=1000000')).toEqual({
      total: 0,
      totalMu: 0,
      groups: [],
      bbox: null,
    });
  });

  it('on a past date counts the ledger of that day (P-001 listed on 2016-12-01, P-003 and P-005 not yet in it)', async () => {
    const sum = await get<Summary>('/api/parcels/summary?asOf=2016-12-01&by=state');
    expect(sum.total).toBe(4);
    expect(new Map(sum.groups.map((g) => [g.key, g.count]))).toEqual(
      new Map([
        ['listed', 1],
        ['planned', 1],
        ['reserve', 1],
        ['under_construction', 1],
      ]),
    );
  });

  it('refuses unknown parameters, an unknown grouping, an empty area range and an unknown platform', async () => {
    const cases: [string, number, string][] = [
      ['limit=5', 400, 'limit'],
      ['by=town', 400, 'by'],
      ['minAreaMu=10&maxAreaMu=5', 422, 'minAreaMu'],
      ['platform=nowhere', 400, 'platform'],
      ['asOf=2016-02-30', 400, 'asOf'],
    ];
    for (const [q, status, field] of cases) {
      const res = await app.request(`/api/parcels/summary?${q}`);
      expect(res.status, q).toBe(status);
      expect(((await res.json()) as { error: { field: string } }).error.field, q).toBe(field);
    }
  });
});
