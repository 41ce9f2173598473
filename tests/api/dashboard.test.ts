/**
 * GET /api/dashboard and GET /api/idle-land against a database seeded from geodata/. Expected figures are
 * recomputed here from the geodata files with plain filters and sums, never copied from the implementation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { testClient } from 'hono/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addDays } from '../../domain/dates.ts';
import type { Project, RedevelopmentSite, Target, TechUpgrade } from '../../domain/schemas.ts';
import { createApp } from '../../server/app.ts';
import { openDatabase } from '../../server/db/open.ts';
import { seedDatabase } from '../../server/seed/seed-database.ts';

const GEODATA = join(import.meta.dirname, '../../geodata');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(GEODATA, file), 'utf8')) as T;
type Fc<P> = { features: { properties: P }[] };
type RawParcel = {
  id: string;
  platformId: string;
  state: string;
  contract: { agreedDelivery: string | null; agreedStart: string | null };
  landPriceWan: number | null;
  deliveryActual?: string;
  started?: { date: string };
  amendments?: { date: string; agreedStart: string | null }[];
  development?: { areaPct: number; investmentPct: number; haltedSince: string | null };
};

const projects = readJson<Project[]>('projects.json');
const targets = readJson<Target[]>('targets.json');
const upgrades = readJson<TechUpgrade[]>('tech-upgrades.json');
const sites = readJson<Fc<Omit<RedevelopmentSite, 'areaM2'>>>('redevelopment.geojson').features.map(
  (f) => f.properties,
);
const rawParcels = readJson<Fc<RawParcel>>('parcels.geojson').features.map((f) => f.properties);
const asOf = readJson<{ asOf: string }>('meta.json').asOf;

const SIGNED_OR_LATER = ['signed', 'land_acquired', 'under_construction', 'producing'];
const LANDED = ['land_acquired', 'under_construction', 'producing'];
const STARTED = ['under_construction', 'completed', 'producing'];
const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((a, x) => a + f(x), 0);
const targetOf = (metric: Target['metric']) => {
  const t = targets.find((x) => x.metric === metric);
  if (!t) throw new Error(`geodata/targets.json has no ${metric} target`);
  return t;
};

let db: Database;
let client: ReturnType<typeof testClient<ReturnType<typeof createApp>>>;
type DashQuery = { refDate?: string; platform?: string };
const dashboard = async (query: DashQuery = {}) => {
  const res = await client.api.dashboard.$get({ query });
  expect(res.status).toBe(200);
  return res.json();
};
const idleLand = async (query: DashQuery = {}) => {
  const res = await client.api['idle-land'].$get({ query });
  expect(res.status).toBe(200);
  return res.json();
};
const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
});
/** Status and parsed error body of a request expected to fail. */
const failing = async (res: Response) => ({ status: res.status, body: ErrorBody.parse(await res.json()) });

beforeAll(() => {
  db = openDatabase(':memory:');
  seedDatabase(db, GEODATA);
  client = testClient(createApp({ db }));
});
afterAll(() => db.close());

const FOUR_PLUS_ONE = ['beidou', 'laser', 'semiconductor', 'ai', 'bigdata_iot'];
const inScope = (scope: string, platformId: string | null) => scope === 'zone' || platformId === scope;

describe('GET /api/dashboard', () => {
  it('uses the dataset’s as-of date as the default reference date', async () => {
    const body = await dashboard();
    expect(body.refDate).toBe(asOf);
    expect(body.defaultRefDate).toBe(asOf);
  });

  it('shows the 357 belt’s signed projects and those with land as counted from projects.json', async () => {
    const belt = targetOf('industrial_output').scope;
    const mine = projects.filter((p) => p.targetPlatformId === belt);
    const signed = mine.filter((p) => SIGNED_OR_LATER.includes(p.stage));
    const landed = mine.filter((p) => LANDED.includes(p.stage));
    const status = (await dashboard()).platforms.find((p) => p.platformId === belt);
    expect(status?.signed.count).toBe(signed.length);
    expect(status?.signed.investmentWan).toBeCloseTo(sum(signed, (p) => p.investmentWan));
    expect(status?.withLand.count).toBe(landed.length);
    expect(status?.withLand.investmentWan).toBeCloseTo(sum(landed, (p) => p.investmentWan));
    // The article's figures, which the sample data must reproduce: 20 projects / 156亿元; 11 with land / 39亿元.
    expect([status?.signed.count, (status?.signed.investmentWan ?? 0) / 10_000]).toEqual([20, 156]);
    expect([status?.withLand.count, (status?.withLand.investmentWan ?? 0) / 10_000]).toEqual([11, 39]);
  });

  it('counts the 357 belt as it stood on an earlier reference date, by signing and land dates', async () => {
    const belt = targetOf('industrial_output').scope;
    const mine = projects.filter((p) => p.targetPlatformId === belt);
    const by = (d: string | null, refDate: string) => d == null || d <= refDate;
    for (const refDate of ['2017-01-01', '2017-11-21', '2017-11-22']) {
      const signed = mine.filter((p) => SIGNED_OR_LATER.includes(p.stage) && by(p.keyDates.signed, refDate));
      const landed = signed.filter((p) => LANDED.includes(p.stage) && by(p.keyDates.landAcquired, refDate));
      const status = (await dashboard({ refDate })).platforms.find((p) => p.platformId === belt);
      expect(status?.signed.projectIds.sort(), refDate).toEqual(signed.map((p) => p.id).sort());
      expect(status?.withLand.projectIds.sort(), refDate).toEqual(landed.map((p) => p.id).sort());
      expect(status?.withLand.investmentWan).toBeCloseTo(sum(landed, (p) => p.investmentWan));
    }
    // 佰维 signed on 2017-06-16 and acquired its land on 2017-11-22: neither on 2017-01-01, both a year later.
    const biwin = mine.find((p) => p.enterprise.includes('佰维'))!;
    const ids = async (refDate: string) => {
      const s = (await dashboard({ refDate })).platforms.find((p) => p.platformId === belt);
      return { signed: s?.signed.projectIds ?? [], landed: s?.withLand.projectIds ?? [] };
    };
    expect(await ids('2017-01-01')).not.toMatchObject({ signed: expect.arrayContaining([biwin.id]) });
    expect((await ids('2017-11-21')).landed).not.toContain(biwin.id);
    expect((await ids('2017-11-22')).landed).toContain(biwin.id);
    const early = (await dashboard({ refDate: '2017-01-01' })).platforms.find((p) => p.platformId === belt);
    expect(early?.signed.count).toBeLessThan(20);
    expect(early?.withLand.count).toBeLessThan(11);
    expect(early?.method.zh).toContain('参考日');
  });

  it('agrees with the platform view on the 357 belt’s signed and landed projects', async () => {
    const belt = targetOf('industrial_output').scope;
    const status = (await dashboard()).platforms.find((p) => p.platformId === belt);
    const view = await (await client.api.platforms[':id'].$get({ param: { id: belt } })).json();
    const byStage = view.projects.byStage;
    const tally = (stages: readonly string[]) =>
      Object.entries(byStage)
        .filter(([stage]) => stages.includes(stage))
        .reduce((a, [, t]) => ({ count: a.count + t.count, wan: a.wan + t.investmentWan }), {
          count: 0,
          wan: 0,
        });
    expect(tally(SIGNED_OR_LATER)).toEqual({
      count: status?.signed.count,
      wan: status?.signed.investmentWan,
    });
    expect(tally(LANDED)).toEqual({ count: status?.withLand.count, wan: status?.withLand.investmentWan });
  });

  it('computes each target from the data, with its window, inputs and method', async () => {
    const body = await dashboard({ refDate: '2018-03-09' });
    const card = (metric: Target['metric']) => {
      const c = body.targets.find((t) => t.metric === metric);
      if (!c) throw new Error(`no card for ${metric}`);
      return c;
    };
    const inWindow = (d: string | null) => d != null && d >= '2018-01-01' && d <= '2018-03-09';

    const ent = targetOf('new_4plus1_enterprises');
    const entProjects = projects.filter(
      (p) =>
        p.stage !== 'terminated' &&
        FOUR_PLUS_ONE.includes(p.industry) &&
        inWindow(p.keyDates.signed) &&
        inScope(ent.scope, p.targetPlatformId),
    );
    expect(card('new_4plus1_enterprises')).toMatchObject({
      target: ent.value,
      actual: new Set(entProjects.map((p) => p.enterprise)).size,
      inputs: { window: { from: '2018-01-01', to: '2018-03-09' } },
    });
    expect([...card('new_4plus1_enterprises').inputs.ids].sort()).toEqual(
      entProjects.map((p) => p.id).sort(),
    );

    const inv = targetOf('planned_investment');
    const invProjects = projects.filter(
      (p) =>
        p.stage !== 'terminated' && inWindow(p.keyDates.signed) && inScope(inv.scope, p.targetPlatformId),
    );
    expect(card('planned_investment').actual).toBeCloseTo(sum(invProjects, (p) => p.investmentWan) / 10_000);
    expect(card('planned_investment').target).toBe(240);

    const tu = targetOf('tech_upgrade_investment');
    const tuRows = upgrades.filter((u) => u.year === tu.year && inScope(tu.scope, u.platformId));
    expect(card('tech_upgrade_investment').actual).toBeCloseTo(sum(tuRows, (u) => u.completedWan) / 10_000);
    expect(card('tech_upgrade_investment').planned).toBeCloseTo(sum(tuRows, (u) => u.investmentWan) / 10_000);
    expect(card('tech_upgrade_investment').target).toBe(90);

    const ra = targetOf('redevelopment_area');
    const raSites = sites.filter((s) => s.targetYear === ra.year && inScope(ra.scope, s.platformId));
    expect(card('redevelopment_area').actual).toBeCloseTo(sum(raSites, (s) => s.completedAreaM2));
    expect(card('redevelopment_area').target).toBe(130_000);

    const out = targetOf('industrial_output');
    const producing = projects.filter((p) => p.targetPlatformId === out.scope && p.stage === 'producing');
    expect(card('industrial_output').actual).toBeCloseTo(
      sum(producing, (p) => p.annualOutputWan ?? 0) / 10_000,
    );
    expect(card('industrial_output')).toMatchObject({ year: 2020, target: 200 });

    const sz = targetOf('shenzhen_projects_visited');
    const contacted = projects.filter(
      (p) =>
        p.origin === 'shenzhen' && inWindow(p.keyDates.firstContact) && inScope(sz.scope, p.targetPlatformId),
    );
    expect(card('shenzhen_projects_visited').actual).toBe(contacted.length);
    expect(card('shenzhen_projects_visited').target).toBe(sz.value);

    expect(body.targets).toHaveLength(targets.length);
    for (const t of body.targets) {
      expect(t.method.zh.length).toBeGreaterThan(10);
      expect(t.method.en.length).toBeGreaterThan(10);
    }
  });

  it('land by state per platform agrees with the platform view (亩 per state)', async () => {
    const dash = await dashboard();
    const res = await client.api.platforms.$get();
    const { items } = await res.json();
    expect(items.length).toBeGreaterThan(0);
    for (const p of items) {
      for (const [state, tally] of Object.entries(p.parcels.byState)) {
        const d = dash.charts.landByState.find((x) => x.platformId === p.id && x.state === state);
        expect(d?.areaMu).toBeCloseTo(tally.areaMu, 4);
        expect(d?.count).toBe(tally.count);
      }
    }
  });

  it('follows the platform filter in the charts', async () => {
    const belt = targetOf('industrial_output').scope;
    const body = await dashboard({ platform: belt });
    expect(body.platformId).toBe(belt);
    expect(new Set(body.charts.landByState.map((d) => d.platformId))).toEqual(new Set([belt]));
    const counted = projects.filter(
      (p) => p.targetPlatformId === belt && !['lead', 'terminated'].includes(p.stage),
    );
    expect(sum(body.charts.investmentByIndustry, (d) => d.investmentWan)).toBeCloseTo(
      sum(counted, (p) => p.investmentWan),
    );
  });

  it('answers 400 naming the field for a bad refDate or an unknown platform', async () => {
    for (const refDate of ['2018-02-30', 'yesterday', '2018-3-9']) {
      const { status, body } = await failing(await client.api.dashboard.$get({ query: { refDate } }));
      expect(status).toBe(400);
      expect(body.error.field).toBe('refDate');
    }
    const { status, body } = await failing(
      await client.api.dashboard.$get({ query: { platform: 'no-such' } }),
    );
    expect(status).toBe(400);
    expect(body.error.field).toBe('platform');
  });
});

describe('GET /api/idle-land', () => {
  /**
   * The watch list's rule restated independently (国土资源部令第53号): a granted parcel is listed when it has not
   * started (第三十条 evidence, or 竣工 and later) and its effective start — the latest 补充协议's start, else the
   * contract's, pushed back by the days the government delivered late unless an amendment came after the
   * delivery — is at most 180 days away or past; or when the government still owes the land past the agreed
   * date (第八条); or when it started but is partially developed and halted for a year (第二条).
   */
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
  const listedOn = (p: RawParcel, ref: string) => {
    if (!['transferred', 'delivered', 'under_construction', 'completed', 'producing'].includes(p.state))
      return false;
    if (!p.contract.agreedStart) return false;
    const started =
      ['completed', 'producing'].includes(p.state) || (p.started != null && p.started.date <= ref);
    if (started) {
      const d = p.development;
      return d != null && (d.areaPct < 100 / 3 || d.investmentPct < 25) && days(d.haltedSince!, ref) >= 365;
    }
    const agreed = p.contract.agreedDelivery;
    if (p.state === 'transferred' && !p.deliveryActual && agreed && agreed < ref) return true;
    const amendments = (p.amendments ?? []).filter((a) => a.date <= ref);
    const last = amendments.at(-1);
    let start = [...amendments].reverse().find((a) => a.agreedStart)?.agreedStart ?? p.contract.agreedStart;
    if (agreed && p.deliveryActual && p.deliveryActual > agreed && !(last && last.date >= p.deliveryActual))
      start = addDays(start, days(agreed, p.deliveryActual));
    return start <= addDays(ref, 180);
  };

  it('lists the granted parcels whose clock needs attention, by the rule restated above', async () => {
    for (const refDate of [asOf, '2019-06-30']) {
      const body = await idleLand({ refDate });
      const expected = rawParcels.filter((p) => listedOn(p, refDate));
      expect(expected.length).toBeGreaterThan(0);
      expect(body.items.map((r) => r.parcelId).sort()).toEqual(expected.map((p) => p.id).sort());
      expect(body.total).toBe(expected.length);
      expect(body.items.every((r) => r.bbox?.length === 4)).toBe(true);
    }
  });

  it('no government-delayed parcel (第八条) carries fee exposure; exposure sums the suspected rows', async () => {
    const body = await idleLand({ refDate: asOf });
    const delayed = body.items.filter((r) => r.status === 'government_delay');
    expect(delayed.map((r) => r.parcelId).length).toBe(3);
    for (const r of delayed)
      expect([r.feeWan, r.compliance.exposureWan, r.compliance.owedWan]).toEqual([null, 0, 0]);
    expect(body.summary.feeExposureWan).toBeCloseTo(
      sum(body.items, (r) => r.compliance.exposureWan),
      6,
    );
    expect(body.summary.feeExposureWan).toBeCloseTo(3851.56, 2);
    expect(body.summary.feeOwedWan).toBeCloseTo(979.1, 2);
  });

  it('turns a parcel idle at exactly 365 days and reclaimable at exactly 730, with the 20% fee', async () => {
    // ZK-ZC-0053, delivered before its agreed delivery (no delay), no 补充协议, agreed start 2018-06-30; the dates
    // below are counted by hand (2019-06-30 is day 365; 2020 is a leap year, so day 730 is 2020-06-29).
    const p = rawParcels.find((x) => x.id === 'p-0850')!;
    expect(p.contract.agreedStart).toBe('2018-06-30');
    expect(p.landPriceWan).toBe(4135);
    const at = async (refDate: string) =>
      (await idleLand({ refDate })).items.find((r) => r.parcelId === p.id);
    expect((await at('2019-06-29'))?.status).toBe('overdue');
    const idle = await at('2019-06-30');
    expect(idle).toMatchObject({
      status: 'idle',
      daysOverdue: 365,
      daysUntilReclaim: 365,
      reclaimDate: '2020-06-29',
    });
    expect(idle?.feeWan).toBeCloseTo(827);
    expect((await at('2020-06-28'))?.status).toBe('idle');
    expect(await at('2020-06-29')).toMatchObject({ status: 'reclaimable', daysUntilReclaim: 0 });
    expect((await at('2018-01-01'))?.status).toBe('due_soon');
    expect(await at('2017-12-31')).toBeUndefined();
  });

  it('lists 批而未供 land on its own, oldest approval first, flagged after two years', async () => {
    const body = await idleLand({ refDate: asOf });
    const u = body.approvedUnsupplied;
    expect(u.summary).toMatchObject({ count: 382, warnings: 103 });
    const ages = u.items.map((r) => r.readiness.approvedUnsuppliedDays ?? 0);
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
    expect(
      u.items
        .filter((r) => r.readiness.approvedUnsuppliedWarning)
        .every((r) => (r.readiness.approvedUnsuppliedDays ?? 0) >= 730),
    ).toBe(true);
  });

  it('agrees with the parcel view’s idle clock for every listed parcel (same reference date)', async () => {
    const body = await idleLand();
    for (const r of body.items) {
      const res = await client.api.parcels[':id'].$get({ param: { id: r.parcelId }, query: {} });
      const parcel = await res.json();
      expect(parcel.referenceDate).toBe(body.refDate);
      expect(parcel.idle).toMatchObject({
        status: r.status,
        daysToStart: r.daysToStart,
        reclaimDate: r.reclaimDate,
        feeWan: r.feeWan,
      });
    }
  });

  it('never lists parcels whose start is proven (第三十条) unless partially developed and halted (第二条)', async () => {
    const body = await idleLand({ refDate: '2030-01-01' });
    const started = new Set(
      rawParcels
        .filter(
          (p) => (STARTED.includes(p.state) && p.started) || ['completed', 'producing'].includes(p.state),
        )
        .filter((p) => !p.development)
        .map((p) => p.id),
    );
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.some((r) => started.has(r.parcelId))).toBe(false);
    expect(body.items.filter((r) => r.status === 'partial_idle').length).toBe(4);
  });

  it('answers 400 naming refDate when it is not a real date', async () => {
    const { status, body } = await failing(
      await client.api['idle-land'].$get({ query: { refDate: '2018-13-01' } }),
    );
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'invalid_input', field: 'refDate' });
  });
});
