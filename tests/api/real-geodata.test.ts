/**
 * Smoke test on the bundled sample (geodata/): it seeds cleanly and the API shows the article's facts (geodata/README.md)
 * (357 belt ≈30 km²; 20 signed projects worth 156亿元, 11 of them with land worth 39亿元).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { FOUR_PLUS_ONE } from '../../domain/enums.ts';
import { REAL_GEODATA, testApp } from './helpers/test-app.ts';

const { client, cleanup } = testApp({ geodataDir: REAL_GEODATA });
afterAll(cleanup);

const SIGNED_OR_LATER = ['signed', 'land_acquired', 'under_construction', 'producing'] as const;

describe('the bundled sample through the API', () => {
  it('has the seven platforms, the 357 belt measuring 29–31 km² geodesically', async () => {
    const { items } = await (await client.api.platforms.$get()).json();
    expect(items).toHaveLength(7);
    const belt = items.find((p) => p.nameZh === '357创新产业带')!;
    expect(belt.areaM2 / 1e6).toBeGreaterThan(29);
    expect(belt.areaM2 / 1e6).toBeLessThan(31);
    expect([...belt.focusIndustries].sort()).toEqual([...FOUR_PLUS_ONE].sort());
  });

  it('shows 20 signed projects on the 357 belt worth 156亿元, 11 with land worth 39亿元', async () => {
    const { items: platforms } = await (await client.api.platforms.$get()).json();
    const beltId = platforms.find((p) => p.nameZh === '357创新产业带')!.id;
    const { items } = await (
      await client.api.projects.$get({ query: { stage: [...SIGNED_OR_LATER] } })
    ).json();
    const signed = items.filter((p) => p.targetPlatformId === beltId);
    expect(signed).toHaveLength(20);
    expect(signed.reduce((s, p) => s + p.investmentWan, 0)).toBe(1_560_000);
    const landed = signed.filter((p) => p.stage !== 'signed');
    expect(landed).toHaveLength(11);
    expect(landed.reduce((s, p) => s + p.investmentWan, 0)).toBe(390_000);
  });

  it('serves every parcel with a positive area and finds named enterprises', async () => {
    const all = await (await client.api.parcels.$get({ query: { limit: '100000' } })).json();
    expect(all.total).toBe(all.features.length);
    expect(all.total).toBeGreaterThan(100);
    expect(all.features.every((f) => f.properties.areaMu > 0)).toBe(true);
    const hits = await (await client.api.search.$get({ query: { q: '佰维' } })).json();
    expect(hits.projects.length).toBeGreaterThan(0);
    // 深圳佰维存储… holds p-0379 and p-0380: its land is listed with the parcel hits.
    expect(hits.parcels.map((p) => p.id)).toEqual(expect.arrayContaining(['p-0379', 'p-0380']));
    expect(hits.parcels.map((p) => p.id)).toEqual(hits.enterprises.flatMap((e) => e.parcelIds).sort());
    for (const layer of ['towns', 'roads', 'water'] as const) {
      const fc = await (await client.api.layers[':name'].$get({ param: { name: layer } })).json();
      expect(fc.features.length, layer).toBeGreaterThan(0);
    }
  });
});
