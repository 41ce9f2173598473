/**
 * Totals that do not net, the placement policy and the truth of the pipeline list, on the bundled sample
 * (geodata/): gross figures are recomputed here from the files (per platform demand of the pipeline by target
 * vs land in hand), and each assignment's platform is read from the parcel files, never from the answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area } from '@turf/turf';
import type { Geometry } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import type { Project } from '../../domain/schemas.ts';
import { m2ToMu } from '../../domain/units.ts';
import { REAL_GEODATA, testApp } from './helpers/test-app.ts';

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(REAL_GEODATA, file), 'utf8')) as T;
type RawParcel = { id: string; platformId: string; landUse: string; state: string };
const projects = readJson<Project[]>('projects.json');
const parcels = readJson<{ features: { properties: RawParcel; geometry: Geometry }[] }>(
  'parcels.geojson',
).features.map((f) => ({ ...f.properties, areaMu: m2ToMu(area(f.geometry)) }));
const platformOf = new Map(parcels.map((p) => [p.id, p.platformId]));
const held = new Set(projects.flatMap((p) => p.parcelIds));
const USES = ['1001', '100101', '100102', '100103', 'M0', '0802'];
const pipeline = projects.filter(
  (p) =>
    p.stage === 'negotiating' || p.stage === 'approved' || (p.stage === 'signed' && p.parcelIds.length === 0),
);
const inHand = parcels.filter(
  (p) => ['ready', 'listed'].includes(p.state) && !held.has(p.id) && USES.includes(p.landUse),
);
const projectById = new Map(projects.map((p) => [p.id, p]));

const { client, cleanup } = testApp({ geodataDir: REAL_GEODATA });
afterAll(cleanup);

type Query = Record<string, string>;
const balance = async (query: Query = {}) => {
  const res = await client.api['land-balance'].$get({ query });
  expect(res.status).toBe(200);
  return res.json();
};
const matches = async (query: Query = {}) => {
  const res = await client.api['land-balance'].matches.$get({ query });
  expect(res.status).toBe(200);
  return res.json();
};
type Matches = Awaited<ReturnType<typeof matches>>;
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-6 * Math.max(1, b));

describe('zone totals do not net', () => {
  it('gross shortage, gross surplus and net from the files', async () => {
    const body = await balance();
    const ids = new Set([
      ...pipeline.map((p) => p.targetPlatformId ?? 'unassigned'),
      ...inHand.map((p) => p.platformId),
    ]);
    let short = 0;
    let surplus = 0;
    for (const id of ids) {
      const d = pipeline
        .filter((p) => (p.targetPlatformId ?? 'unassigned') === id)
        .reduce((t, p) => t + (p.landDemandMu ?? 0), 0);
      const s = inHand.filter((p) => p.platformId === id).reduce((t, p) => t + p.areaMu, 0);
      if (d > s) short += d - s;
      else surplus += s - d;
    }
    const t = body.shortfall.total;
    close(t.grossShortageMu, short);
    close(t.grossSurplusMu, surplus);
    close(t.netMu, short - surplus);
    expect(t.grossShortageMu).toBeGreaterThan(t.netMu);
  });

  it('with the industry filter 激光 the zone line still shows the platforms short for 激光', async () => {
    const body = await balance({ industry: 'laser' });
    const short = body.shortfall.byPlatform.filter((r) => r.shortageMu > 0);
    expect(short.length).toBeGreaterThan(0);
    close(
      body.shortfall.total.grossShortageMu,
      short.reduce((t, r) => t + r.shortageMu, 0),
    );
  });

  it('each platform row is either short or in surplus', async () => {
    const body = await balance();
    for (const r of body.shortfall.byPlatform) {
      expect(r.shortageMu * r.surplusMu).toBe(0);
      close(r.shortageMu - r.surplusMu, r.demandMu - r.supplyMu);
    }
    expect(body.shortfall.industryTotals.grossShortageMu).toBeGreaterThan(0);
    expect(body.shortfall.quarterTotals).toHaveProperty('netMu');
  });
});

describe('the pipeline list tells where each project is placed', () => {
  it('assignedPlatformId is the platform of the assigned parcels; crossPlatform when it is not the target', async () => {
    const body = await matches();
    let cross = 0;
    for (const r of body.projects.filter((x) => x.status === 'matched')) {
      const onPlatform = platformOf.get(r.assignment!.parcelIds[0] ?? '') ?? r.assignment!.platformId;
      expect(r.assignedPlatformId).toBe(onPlatform);
      const target = projectById.get(r.projectId)!.targetPlatformId;
      expect(r.crossPlatform).toBe(target != null && target !== onPlatform);
      if (r.crossPlatform) {
        cross++;
        expect(['target_no_fit', 'target_taken']).toContain(r.assignment!.crossReason?.code);
      } else expect(r.assignment!.crossReason).toBeNull();
    }
    expect(body.summary.crossPlatform).toBe(cross);
    expect(cross).toBeGreaterThan(0);
  });

  it('keepTarget=true places no project off its target platform and is echoed', async () => {
    const body = await matches({ keepTarget: 'true' });
    expect(body.options).toMatchObject({ keepTarget: true, policy: 'area_first' });
    for (const r of body.projects.filter((x) => x.status === 'matched')) {
      const target = projectById.get(r.projectId)!.targetPlatformId;
      if (target)
        expect(platformOf.get(r.assignment!.parcelIds[0] ?? '') ?? r.assignedPlatformId).toBe(target);
    }
    expect(body.summary.crossPlatform).toBe(0);
  });

  it('policy=target_first places at least as much demand on target platforms, area_first at least as much signed demand', async () => {
    const onTarget = (b: Matches) =>
      b.projects
        .filter(
          (r) => r.status === 'matched' && !r.crossPlatform && projectById.get(r.projectId)?.targetPlatformId,
        )
        .reduce((t, r) => t + r.landDemandMu, 0);
    const signed = (b: Matches) =>
      b.projects
        .filter((r) => r.status === 'matched' && r.stage === 'signed')
        .reduce((t, r) => t + r.landDemandMu, 0);
    const area = await matches();
    const target = await matches({ policy: 'target_first' });
    expect(target.options.policy).toBe('target_first');
    expect(onTarget(target)).toBeGreaterThanOrEqual(onTarget(area) - 1e-6);
    expect(signed(area)).toBeGreaterThanOrEqual(signed(target) - 1e-6);
  });

  it('answers 400 naming the field for bad keepTarget and policy', async () => {
    for (const [query, field] of [
      [{ keepTarget: 'yes' }, 'keepTarget'],
      [{ policy: 'closest' }, 'policy'],
    ] as [Query, string][]) {
      for (const ep of [client.api['land-balance'], client.api['land-balance'].matches]) {
        const res = await ep.$get({ query });
        expect(res.status).toBe(400);
        expect(((await res.json()) as unknown as { error: { field: string } }).error.field).toBe(field);
      }
    }
  });
});

describe('trade-offs', () => {
  it('a project placed below its first choice names who holds it and what giving it would cost', async () => {
    const body = await matches();
    const row = body.projects.find((r) => r.status === 'matched' && (r.assignment?.rank ?? 1) > 1)!;
    expect(row).toBeDefined();
    const res = await client.api.projects[':id'].candidates.$get({ param: { id: row.projectId }, query: {} });
    const d = await res.json();
    expect(d.tradeOff).not.toBeNull();
    expect(d.tradeOff!.siteId).toBe(d.candidates[0]!.siteId);
    expect(d.tradeOff!.heldBy.length).toBeGreaterThan(0);
    expect(d.tradeOff!.reason.zh).toMatch(/^首选 /);
    // Everyone the trade-off says would lose land is matched now.
    for (const l of d.tradeOff!.lost) {
      expect(body.projects.find((r) => r.projectId === l.projectId)?.status).toBe('matched');
    }
  });
});
