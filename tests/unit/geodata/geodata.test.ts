/**
 * The bundled sample (geodata/) re-checked from the written files: every record against the contract's zod
 * schemas, the seed article's figures (geodata/README.md), geometry validity and topology, land histories, and that
 * the generator reproduces the files byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LAND_STATES, PROJECT_STAGES } from '../../../domain/enums.ts';
import {
  areaFeature,
  ContextLineFeature,
  ContextPointFeature,
  ContextProps,
  featureCollection,
  GEODATA_FILES,
  ParcelProps,
  PlatformProps,
  RedevelopmentProps,
} from '../../../domain/geodata-files.ts';
import { validateAreaGeometry } from '../../../domain/geometry-validation.ts';
import { DatasetMeta, Project, Target, TechUpgrade } from '../../../domain/schemas.ts';

const DIR = join(import.meta.dirname, '../../../geodata');
/** RFC 7946 winding of an outer ring, by turf (an implementation independent of ours). */
const isCounterClockwise = (ring: number[][]): boolean => !turf.booleanClockwise(ring);
const AS_OF = '2018-03-09';
const M2_PER_MU = 10000 / 15;
const read = (name: string): unknown => JSON.parse(readFileSync(join(DIR, name), 'utf8'));
const rank = (s: (typeof LAND_STATES)[number]) => LAND_STATES.indexOf(s);
const stageRank = (s: (typeof PROJECT_STAGES)[number]) => PROJECT_STAGES.indexOf(s);
const days = (a: string, b: string) =>
  (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

const platforms = featureCollection(areaFeature(PlatformProps)).parse(read('platforms.geojson')).features;
const parcels = featureCollection(areaFeature(ParcelProps)).parse(read('parcels.geojson')).features;
const sites = featureCollection(areaFeature(RedevelopmentProps)).parse(
  read('redevelopment.geojson'),
).features;
const projects = z.array(Project).parse(read('projects.json'));
const targets = z.array(Target).parse(read('targets.json'));
const techUpgrades = z.array(TechUpgrade).parse(read('tech-upgrades.json'));
const meta = DatasetMeta.parse(read('meta.json'));
const towns = featureCollection(ContextPointFeature).parse(read('towns.geojson')).features;
const roads = featureCollection(ContextLineFeature).parse(read('roads.geojson')).features;
const water = featureCollection(areaFeature(ContextProps)).parse(read('water.geojson')).features;

type AreaFeature = Feature<Polygon | MultiPolygon>;
const asFeature = (f: { geometry: unknown }): AreaFeature => f as AreaFeature;
const areaMu = (f: { geometry: unknown }) => turf.area(asFeature(f)) / M2_PER_MU;
const parcelById = new Map(parcels.map((p) => [p.properties.id, p]));
const platformById = new Map(platforms.map((p) => [p.properties.id, p]));
const live = projects.filter((p) => p.stage !== 'terminated');
const beltProjects = live.filter((p) => p.targetPlatformId === 'belt-357');
const pipeline = live.filter(
  (p) => ['negotiating', 'approved', 'signed'].includes(p.stage) && p.parcelIds.length === 0,
);
const holderOf = new Map<string, string[]>();
for (const p of projects) for (const id of p.parcelIds) holderOf.set(id, [...(holderOf.get(id) ?? []), p.id]);

/** Pairs of features whose bounding boxes overlap (sort and sweep on west edge). */
function bboxPairs<T extends { geometry: unknown }>(items: readonly T[]): [T, T][] {
  const boxes = items.map((f) => ({ f, b: turf.bbox(asFeature(f)) })).sort((a, b) => a.b[0] - b.b[0]);
  const out: [T, T][] = [];
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.b[0] <= a.b[2]; j++) {
      const b = boxes[j]!;
      if (b.b[1] <= a.b[3] && b.b[3] >= a.b[1]) out.push([a.f, b.f]);
    }
  }
  return out;
}
/** Pairs (one of `as`, one of `bs`) whose bounding boxes overlap. */
function crossPairs<A extends { geometry: unknown }, B extends { geometry: unknown }>(
  as: readonly A[],
  bs: readonly B[],
): [A, B][] {
  const boxes = bs.map((f) => ({ f, b: turf.bbox(asFeature(f)) }));
  const out: [A, B][] = [];
  for (const a of as) {
    const [w, s, e, n] = turf.bbox(asFeature(a));
    for (const { f, b } of boxes) if (b[0] <= e && b[2] >= w && b[1] <= n && b[3] >= s) out.push([a, f]);
  }
  return out;
}
const overlapM2 = (a: { geometry: unknown }, b: { geometry: unknown }) => {
  const x = turf.intersect(turf.featureCollection([asFeature(a), asFeature(b)]));
  return x ? turf.area(x) : 0;
};

describe('geodata: files and article figures', { timeout: 60_000 }, () => {
  it('has the as-of date and marks geometry as illustrative', () => {
    expect(meta.asOf).toBe(AS_OF);
    expect(meta.illustrativeGeometry).toBe(true);
    expect(towns.map((t) => t.properties.nameZh)).toEqual(
      expect.arrayContaining(['惠环', '陈江', '沥林', '潼湖镇', '潼侨']),
    );
    expect(roads.find((r) => r.properties.ref === 'S357')?.properties.kind).toBe('provincial');
    expect(water.map((w) => w.properties.nameZh)).toEqual(expect.arrayContaining(['潼湖', '东江']));
  });

  it('has the seven platforms, disjoint, the belt 29–31 km² geodesic', () => {
    expect(platforms.map((p) => p.properties.id).sort()).toEqual(
      ['belt-357', 'chenjiang', 'dongjiang', 'huihuan', 'huinan', 'sino-korea', 'zichuang'].sort(),
    );
    const beltKm2 = turf.area(asFeature(platformById.get('belt-357')!)) / 1e6;
    expect(beltKm2).toBeGreaterThanOrEqual(29);
    expect(beltKm2).toBeLessThanOrEqual(31);
    for (const [a, b] of bboxPairs(platforms))
      expect(overlapM2(a, b), `${a.properties.id}/${b.properties.id}`).toBe(0);
    for (const p of platforms) {
      expect(validateAreaGeometry(p.geometry)).toEqual({ valid: true });
      if (p.geometry.type === 'Polygon') expect(isCounterClockwise(p.geometry.coordinates[0]!)).toBe(true);
      for (const w of water)
        expect(overlapM2(p, w), `${p.properties.id} in ${w.properties.nameZh}`).toBeLessThan(1);
    }
  });

  it('has ≥ 1,000 parcels, several hundred in the belt, some on every platform', () => {
    expect(parcels.length).toBeGreaterThanOrEqual(1000);
    const count = (id: string) => parcels.filter((p) => p.properties.platformId === id).length;
    expect(count('belt-357')).toBeGreaterThanOrEqual(400);
    expect(count('belt-357')).toBeLessThanOrEqual(650);
    for (const p of platforms) expect(count(p.properties.id), p.properties.id).toBeGreaterThanOrEqual(20);
    expect(new Set(parcels.map((p) => p.properties.code)).size).toBe(parcels.length);
  });

  it('357 belt: 20 signed projects with 156亿元, 11 of them with land and 39亿元', () => {
    const signed = beltProjects.filter((p) => stageRank(p.stage) >= stageRank('signed'));
    const landed = beltProjects.filter((p) => stageRank(p.stage) >= stageRank('land_acquired'));
    const sum = (ps: Project[]) => ps.reduce((s, p) => s + p.investmentWan, 0);
    expect(signed).toHaveLength(20);
    expect(sum(signed)).toBe(1_560_000);
    expect(landed).toHaveLength(11);
    expect(sum(landed)).toBe(390_000);
    for (const p of landed) {
      expect(p.parcelIds.length, p.name).toBeGreaterThan(0);
      for (const id of p.parcelIds) {
        const parcel = parcelById.get(id)!;
        expect(parcel.properties.platformId).toBe('belt-357');
        expect(rank(parcel.properties.state)).toBeGreaterThanOrEqual(rank('transferred'));
      }
    }
    for (const p of signed.filter((x) => x.stage === 'signed')) expect(p.parcelIds).toEqual([]);
    // Belt land is held only by those 11 (the article: earliest production 2019, so none producing yet).
    const beltHeld = parcels.filter(
      (p) => p.properties.platformId === 'belt-357' && rank(p.properties.state) >= rank('transferred'),
    );
    const landedIds = new Set(landed.map((p) => p.id));
    for (const p of beltHeld)
      expect(holderOf.get(p.properties.id)?.every((h) => landedIds.has(h))).toBe(true);
    expect(landed.some((p) => p.stage === 'producing')).toBe(false);
  });

  it('names the article enterprises: four landed key projects due to start in 2018, 康凯斯 and 赢合科技', () => {
    const find = (name: string) => projects.find((p) => p.name.includes(name) || p.enterprise.includes(name));
    for (const name of ['佰维', '杰普特', '联赢', '博实结二期']) {
      const p = find(name)!;
      expect(p, name).toBeDefined();
      expect(p.stage).toBe('land_acquired');
      expect(p.targetPlatformId).toBe('belt-357');
      for (const id of p.parcelIds)
        expect(parcelById.get(id)!.properties.contract.agreedStart?.slice(0, 4)).toBe('2018');
    }
    expect(find('佰维')!.industry).toBe('semiconductor');
    expect(find('杰普特')!.industry).toBe('laser');
    expect(find('联赢')!.industry).toBe('laser');
    expect(find('康凯斯')!.origin).toBe('shenzhen');
    expect(find('康凯斯')!.keyDates.approved?.slice(0, 4)).toBe('2017');
    expect(find('佰维')!.keyDates.approved?.slice(0, 4)).toBe('2017');
    const yinghe = find('赢合')!;
    expect([yinghe.industry, yinghe.origin]).toEqual(['new_energy', 'shenzhen']);
  });

  it('Shenzhen pipeline: ≥ 60 incoming projects, 12 过会 in 2017, 50-odd first contacts in 2017', () => {
    const sz = projects.filter((p) => p.origin === 'shenzhen');
    expect(pipeline.filter((p) => p.origin === 'shenzhen').length).toBeGreaterThanOrEqual(60);
    expect(sz.filter((p) => p.keyDates.approved?.startsWith('2017'))).toHaveLength(12);
    const contacted = sz.filter((p) => p.keyDates.firstContact?.startsWith('2017')).length;
    expect(contacted).toBeGreaterThanOrEqual(50);
    expect(contacted).toBeLessThan(60);
    for (const p of pipeline) {
      expect(p.targetPlatformId && platformById.has(p.targetPlatformId)).toBe(true);
      expect(p.landDemandMu !== null || p.floorDemandM2 !== null, p.id).toBe(true);
      if (p.landDemandMu !== null) expect(p.landDemandMu).toBeGreaterThanOrEqual(20);
      if (p.landDemandMu !== null) expect(p.landDemandMu).toBeLessThanOrEqual(300);
    }
  });

  it('land demand of the pipeline exceeds the ready supply, overall and clearly in the belt', () => {
    const free = (pid: string) =>
      parcels
        .filter((p) => p.properties.platformId === pid && ['ready', 'listed'].includes(p.properties.state))
        .filter((p) => !holderOf.has(p.properties.id))
        .reduce((s, p) => s + areaMu(p), 0);
    const demand = (pid: string | null) =>
      pipeline
        .filter((p) => pid === null || p.targetPlatformId === pid)
        .reduce((s, p) => s + (p.landDemandMu ?? 0), 0);
    const targeted = [...new Set(pipeline.map((p) => p.targetPlatformId!))];
    expect(demand(null)).toBeGreaterThan(targeted.reduce((s, pid) => s + free(pid), 0));
    expect(demand('belt-357')).toBeGreaterThan(1.5 * free('belt-357'));
    // Matching stays interesting: some demands fit one available parcel of their platform, some do not.
    const fitsOne = pipeline.filter((p) =>
      parcels.some(
        (x) =>
          x.properties.platformId === p.targetPlatformId &&
          ['ready', 'listed'].includes(x.properties.state) &&
          p.landDemandMu !== null &&
          areaMu(x) >= p.landDemandMu,
      ),
    ).length;
    expect(fitsOne).toBeGreaterThan(10);
    expect(fitsOne).toBeLessThan(pipeline.length - 10);
  });

  it('projects link to existing parcels, and every transferred-or-later parcel has a holder', () => {
    for (const p of projects) {
      for (const id of p.parcelIds) expect(parcelById.has(id), `${p.id} → ${id}`).toBe(true);
      if (p.parcelIds.length > 0)
        expect(stageRank(p.stage)).toBeGreaterThanOrEqual(stageRank('land_acquired'));
      const k = p.keyDates;
      const chain = [k.firstContact, k.approved, k.signed, k.landAcquired, k.started, k.producing].filter(
        Boolean,
      );
      expect([...chain].sort(), p.id).toEqual(chain);
      expect(chain.every((d) => d! <= AS_OF)).toBe(true);
    }
    for (const p of parcels) {
      const held = holderOf.has(p.properties.id);
      expect(held, p.properties.id).toBe(rank(p.properties.state) >= rank('transferred'));
    }
  });
});

describe('geodata: parcel geometry', { timeout: 60_000 }, () => {
  it('every parcel is valid, counter-clockwise, 20–400 亩 geodesic, inside its platform and out of the water', () => {
    for (const p of parcels) {
      const id = p.properties.id;
      expect(validateAreaGeometry(p.geometry), id).toEqual({ valid: true });
      expect(p.geometry.type).toBe('Polygon');
      if (p.geometry.type === 'Polygon')
        expect(isCounterClockwise(p.geometry.coordinates[0]!), id).toBe(true);
      const mu = areaMu(p);
      expect(mu, id).toBeGreaterThanOrEqual(20);
      expect(mu, id).toBeLessThanOrEqual(400);
      expect(
        turf.booleanWithin(asFeature(p), asFeature(platformById.get(p.properties.platformId)!)),
        id,
      ).toBe(true);
      for (const c of turf.coordAll(asFeature(p)).flat()) expect(Math.round(c * 1e6) / 1e6).toBe(c);
    }
    for (const [a, b] of crossPairs(parcels, water))
      expect(overlapM2(a, b), 'parcel in water').toBeLessThan(1);
  });

  it('no two parcels overlap, and neighbours in a block share identical edge vertices', () => {
    const pairs = bboxPairs(parcels);
    for (const [a, b] of pairs)
      expect(overlapM2(a, b), `${a.properties.id}/${b.properties.id}`).toBeLessThan(1);
    // Edge keys: a shared side appears in both rings with identical end vertices.
    const edgeCount = new Map<string, number>();
    const edgesOf = (p: (typeof parcels)[number]) => {
      const ring = (p.geometry.coordinates[0] ?? []) as number[][];
      return ring.slice(1).map((q, i) => [ring[i]!.join(','), q.join(',')].sort().join('|'));
    };
    for (const p of parcels) for (const e of edgesOf(p)) edgeCount.set(e, (edgeCount.get(e) ?? 0) + 1);
    const withNeighbour = parcels.filter((p) => edgesOf(p).some((e) => edgeCount.get(e) === 2)).length;
    expect(withNeighbour / parcels.length).toBeGreaterThan(0.8);
    expect([...edgeCount.values()].every((n) => n <= 2)).toBe(true);
  });

  it('redevelopment sites: 自创区 2018 sites total 130,000 ㎡ ± 0.5 %, inside platforms, off parcels', () => {
    const zc2018 = sites.filter(
      (s) => s.properties.platformId === 'zichuang' && s.properties.targetYear === 2018,
    );
    const total = zc2018.reduce((s, f) => s + turf.area(asFeature(f)), 0);
    expect(Math.abs(total - 130_000)).toBeLessThanOrEqual(650);
    expect(new Set(zc2018.map((s) => s.properties.mode))).toEqual(
      new Set(['industrial_to_industrial', 'industrial_to_tech', 'other']),
    );
    for (const s of sites) {
      const area = turf.area(asFeature(s));
      expect(validateAreaGeometry(s.geometry)).toEqual({ valid: true });
      if (s.geometry.type === 'Polygon') expect(isCounterClockwise(s.geometry.coordinates[0]!)).toBe(true);
      expect(s.properties.completedAreaM2).toBeLessThanOrEqual(area);
      if (s.properties.stage === 'completed') expect(s.properties.completedAreaM2).toBeGreaterThan(area - 1);
      if (['mapped', 'planning'].includes(s.properties.stage)) expect(s.properties.completedAreaM2).toBe(0);
      expect(turf.booleanWithin(asFeature(s), asFeature(platformById.get(s.properties.platformId)!))).toBe(
        true,
      );
      expect(s.properties.parcelId).toBeNull();
    }
    for (const [a, b] of crossPairs(sites, parcels))
      expect(overlapM2(a, b), 'site on a parcel').toBeLessThan(1);
  });
});

describe('geodata: land histories and contracts', { timeout: 60_000 }, () => {
  it('every parcel has a consistent event chain ending in its state', () => {
    for (const p of parcels) {
      const { events, state, stateSince } = p.properties;
      const id = p.properties.id;
      expect(events[0]!.from, id).toBeNull();
      for (let i = 1; i < events.length; i++) {
        expect(events[i]!.from, id).toBe(events[i - 1]!.to);
        expect(events[i]!.date >= events[i - 1]!.date, id).toBe(true);
        expect(rank(events[i]!.to)).toBeGreaterThan(rank(events[i - 1]!.to));
      }
      const last = events[events.length - 1]!;
      expect([last.to, last.date]).toEqual([state, stateSince]);
      expect(stateSince <= AS_OF).toBe(true);
      expect(events.every((e) => e.note.length > 0 && e.who.length > 0)).toBe(true);
    }
  });

  it('contracts, prices and ready dates follow the state', () => {
    for (const p of parcels) {
      const { state, contract: c, landPriceWan, expectedReadyDate, landUse, plotRatioMax } = p.properties;
      const id = p.properties.id;
      if (rank(state) >= rank('transferred')) {
        expect(c.signed! <= c.agreedDelivery! && c.agreedDelivery! <= c.agreedStart!, id).toBe(true);
        expect(c.agreedStart! < c.agreedCompletion!, id).toBe(true);
        expect(c.signed! <= AS_OF).toBe(true);
        expect(p.properties.events.find((e) => e.to === 'transferred')?.date).toBe(c.signed);
        expect(landPriceWan! / areaMu(p), id).toBeGreaterThan(15);
      } else {
        expect(
          Object.values(c).every((v) => v === null),
          id,
        ).toBe(true);
        expect(landPriceWan).toBeNull();
      }
      if (state === 'planned' || state === 'reserve') {
        expect(expectedReadyDate! > AS_OF && expectedReadyDate! <= '2020-12-31', id).toBe(true);
      } else expect(expectedReadyDate).toBeNull();
      const [lo, hi] = landUse === 'M0' ? [3, 5] : [1.2, 4];
      expect(plotRatioMax >= lo && plotRatioMax <= hi, id).toBe(true);
    }
  });

  it('shows every position of the idle-land clock among transferred and delivered parcels', () => {
    const past = parcels
      .filter((p) => ['transferred', 'delivered'].includes(p.properties.state))
      .map((p) => days(p.properties.contract.agreedStart!, AS_OF));
    expect(past.filter((d) => d > -180 && d <= 0).length).toBeGreaterThanOrEqual(3); // due within 180 days
    expect(past.filter((d) => d > 0 && d < 365).length).toBeGreaterThanOrEqual(2); // overdue
    expect(past.filter((d) => d >= 365 && d < 730).length).toBeGreaterThanOrEqual(2); // idle: 20 % fee
    expect(past.filter((d) => d >= 730).length).toBeGreaterThanOrEqual(1); // reclaimable
    expect(past.filter((d) => d >= 365).length).toBeLessThan(past.length / 4);
  });
});

describe('geodata: land rules and realism', () => {
  const props = parcels.map((p) => p.properties);
  const granted = props.filter((p) => rank(p.state) >= rank('transferred'));

  it('M0 新型产业用地 is only planned land before the 2018 工改科 pilot', () => {
    const m0 = props.filter((p) => p.landUse === 'M0');
    expect(m0.length).toBeGreaterThan(50);
    expect(new Set(m0.map((p) => p.state))).toEqual(new Set(['planned']));
  });

  it('控规 on at most three dates per platform; no 357 belt event before 2016', () => {
    for (const pl of platforms) {
      const dates = new Set(
        props
          .filter((p) => p.platformId === pl.properties.id && p.events[0]!.to === 'planned')
          .map((p) => p.events[0]!.date),
      );
      expect(dates.size, pl.properties.id).toBeGreaterThan(0);
      expect(dates.size, pl.properties.id).toBeLessThanOrEqual(3);
    }
    const beltDates = props
      .filter((p) => p.platformId === 'belt-357')
      .flatMap((p) => p.events.map((e) => e.date));
    expect(beltDates.every((d) => d >= '2016-01-01')).toBe(true);
  });

  it('净地 ready for at most three years, reserve land held for at most five', () => {
    for (const p of props) {
      if (p.state === 'ready') expect(days(p.stateSince, AS_OF), p.id).toBeLessThanOrEqual(3 * 365);
      if (p.state === 'reserve') expect(days(p.stateSince, AS_OF), p.id).toBeLessThanOrEqual(5 * 365);
    }
  });

  it('holders sit on land whose use fits their industry, except the one misfit kept to show the check', () => {
    // Independent statement of the rule: industrial land fits all; M0 R&D or 4+1; 0802 R&D; 1101/0901 none.
    const fp1 = ['beidou', 'laser', 'semiconductor', 'ai', 'bigdata_iot'];
    const fits = (lu: string, industry: string, rd: boolean) =>
      lu.startsWith('1001') || (lu === 'M0' && (rd || fp1.includes(industry))) || (lu === '0802' && rd);
    const misfits = projects.flatMap((pr) =>
      pr.parcelIds
        .map((id) => parcelById.get(id)!.properties)
        .filter((p) => !fits(p.landUse, pr.industry, pr.rdOriented))
        .map((p) => [p.code, p.landUse, pr.industry]),
    );
    expect(misfits).toEqual([['ZK-ZC-0057', '0901', 'laser']]);
  });

  it('every project has a fixed-asset investment within its total; 博实结二期 expands its enterprise', () => {
    for (const p of projects) {
      expect(p.fixedInvestmentWan, p.id).toBeGreaterThan(0);
      expect(p.fixedInvestmentWan!, p.id).toBeLessThanOrEqual(p.investmentWan);
    }
    const expansions = projects.filter((p) => p.expansionOf != null);
    expect(expansions.map((p) => p.name)).toEqual(['博实结二期物联网终端生产基地']);
    expect(expansions[0]!.expansionOf).toBe(expansions[0]!.enterprise);
  });

  it('government delivery delays (国土资源部令第53号 第八条): undelivered parcels past the agreed date are > 180 days late and carry no idle procedure', () => {
    const late = props.filter((p) => p.state === 'transferred' && p.contract.agreedDelivery! < AS_OF);
    expect(late.map((p) => p.code).sort()).toEqual(['ZK-357-0378', 'ZK-ZC-0175', 'ZK-ZH-0041']);
    for (const p of late) {
      expect(days(p.contract.agreedDelivery!, AS_OF)).toBeGreaterThan(180);
      expect(p.complianceSteps ?? []).toEqual([]);
      expect(p.deliveryActual ?? null).toBeNull();
    }
    // Delivered parcels record the 交地 date of their history.
    for (const p of props.filter(
      (x) => rank(x.state) >= rank('delivered') && x.events.some((e) => e.to === 'delivered'),
    ))
      expect(p.deliveryActual, p.id).toBe(p.events.find((e) => e.to === 'delivered')!.date);
  });

  it('grants: 挂牌 after a listing, one 三旧 自行改造 by 协议 straight from 规划; terms within 50 years', () => {
    for (const p of granted) {
      const g = p.grant!;
      const from = p.events.find((e) => e.to === 'transferred')!.from;
      if (g.mode === 'listing') expect(from, p.id).toBe('listed');
      if (g.mode === 'agreement') {
        expect([from, g.legalBasis], p.id).toEqual(['planned', 'sanjiu_self_redevelopment']);
        expect(p.events.some((e) => ['reserve', 'ready', 'listed'].includes(e.to))).toBe(false);
      }
      expect(g.termYears!).toBeLessThanOrEqual(p.landUse === '0901' ? 40 : 50);
      expect(p.conditions!.plotRatioMin! <= p.conditions!.plotRatioMax!, p.id).toBe(true);
    }
    expect(granted.filter((p) => p.grant!.mode === 'agreement').map((p) => p.code)).toEqual(['ZK-ZC-0195']);
    expect(granted.filter((p) => p.grant!.termYears! < 50 && p.landUse !== '0901').length).toBeGreaterThan(3);
  });

  it('动工 evidence (第三十条) follows the permit; partial development below 1/3 area or 25 % investment, halted ≥ 1 year', () => {
    for (const p of props.filter((x) => x.started)) {
      expect(p.started!.date >= p.events.find((e) => e.to === 'under_construction')!.date, p.id).toBe(true);
    }
    const permitOnly = props.filter((p) => p.state === 'under_construction' && !p.started);
    expect(permitOnly.length).toBeGreaterThan(0);
    const partial = props.filter(
      (p) =>
        p.development &&
        (p.development.areaPct < 100 / 3 || p.development.investmentPct < 25) &&
        days(p.development.haltedSince!, AS_OF) >= 365,
    );
    expect(partial.length).toBeGreaterThanOrEqual(2);
  });

  it('补充协议 move the start by at most one year (第十二条) and are dated within the contract', () => {
    const amended = props.filter((p) => (p.amendments ?? []).length > 0);
    expect(amended.length).toBeGreaterThanOrEqual(4);
    for (const p of amended) {
      for (const a of p.amendments!) {
        expect(a.date >= p.contract.signed! && a.date <= AS_OF, p.id).toBe(true);
        expect(a.agreedStart! < a.agreedCompletion!, p.id).toBe(true);
      }
    }
  });

  it('the idle-land procedure stands at every stage, each step in order with its decision number', () => {
    const last = new Set<string>();
    for (const p of props.filter((x) => (x.complianceSteps ?? []).length > 0)) {
      const steps = p.complianceSteps!;
      last.add(steps.at(-1)!.step);
      expect(steps[0]!.step).toBe('investigated');
      // Not before one year past the agreed start.
      expect(days(p.contract.agreedStart!, steps[0]!.date), p.id).toBeGreaterThanOrEqual(365);
      for (let i = 1; i < steps.length; i++) expect(steps[i]!.date >= steps[i - 1]!.date).toBe(true);
      for (const s of steps)
        if (s.step !== 'investigated') expect(s.decisionNo, p.id).toMatch(/〔\d{4}〕\d+号$/);
      const reclaim = steps.find((s) => s.step === 'reclaimed');
      if (reclaim) {
        expect(reclaim.hearingDate! <= reclaim.date).toBe(true);
        expect(days(p.contract.agreedStart!, reclaim.date)).toBeGreaterThanOrEqual(730);
      }
    }
    expect(last).toEqual(new Set(['investigated', 'confirmed_idle', 'fee_levied', 'reclaimed']));
  });

  it('unsupplied land has its readiness; 批而未供 over two years shows', () => {
    const unsupplied = props.filter((p) => rank(p.state) < rank('transferred'));
    expect(unsupplied.every((p) => p.readiness != null)).toBe(true);
    const approved = unsupplied.filter((p) => p.readiness!.conversionApproved != null);
    const old = approved.filter((p) => days(p.readiness!.conversionApproved!, AS_OF) >= 730);
    expect([approved.length, old.length]).toEqual([382, 103]);
    for (const p of unsupplied.filter((x) => ['ready', 'listed'].includes(x.state)))
      expect([p.readiness!.demolitionPct, p.readiness!.siteLevelled]).toEqual([100, true]);
  });

  it("the README's figures are what the data gives (2018 signings, 批而未供)", () => {
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    const signed2018 = live.filter((p) => p.keyDates.signed?.startsWith('2018'));
    const fp1 = signed2018.filter((p) =>
      ['beidou', 'laser', 'semiconductor', 'ai', 'bigdata_iot'].includes(p.industry),
    );
    const yi = signed2018.reduce((s, p) => s + p.investmentWan, 0) / 10_000;
    expect(readme).toContain(`${signed2018.length} projects (${fp1.length} in 4+1), ${yi.toFixed(1)}亿元`);
    const sz2017 = projects.filter(
      (p) => p.origin === 'shenzhen' && p.keyDates.firstContact?.startsWith('2017'),
    );
    expect(readme).toContain(`| Shenzhen contacts in 2017 | ${sz2017.length} ("50多个") |`);
    const tech = techUpgrades.reduce((s, r) => s + r.investmentWan, 0) / 10_000;
    expect(readme).toContain(`| 技改 2018 | ${tech.toFixed(1)}亿元 planned`);
  });
});

describe('geodata: targets and records', () => {
  it('holds the article targets', () => {
    const t = (scope: string, metric: string) =>
      targets.find((x) => x.scope === scope && x.metric === metric);
    expect(t('zone', 'new_4plus1_enterprises')).toMatchObject({ year: 2018, value: 60, unit: 'count' });
    expect(t('zone', 'planned_investment')).toMatchObject({ year: 2018, value: 240, unit: 'yuan_yi' });
    expect(t('zichuang', 'tech_upgrade_investment')).toMatchObject({
      year: 2018,
      value: 90,
      unit: 'yuan_yi',
    });
    expect(t('zichuang', 'redevelopment_area')).toMatchObject({ year: 2018, value: 130_000, unit: 'm2' });
    expect(t('belt-357', 'industrial_output')).toMatchObject({ year: 2020, value: 200, unit: 'yuan_yi' });
    expect(t('zone', 'shenzhen_projects_visited')).toMatchObject({ year: 2018, value: 60, unit: 'count' });
    for (const x of targets) expect(x.source).toContain('南方日报 2018-03-09');
  });

  it('技改 records belong to 自创区 2018 and plan less than the 90亿元 target', () => {
    expect(techUpgrades.length).toBeGreaterThan(10);
    expect(techUpgrades.every((r) => r.platformId === 'zichuang' && r.year === 2018)).toBe(true);
    expect(techUpgrades.every((r) => r.completedWan <= r.investmentWan)).toBe(true);
    expect(techUpgrades.reduce((s, r) => s + r.investmentWan, 0)).toBeLessThan(900_000);
  });

  it('2018 signings so far stay below the zone targets (60 enterprises, 240亿元)', () => {
    const signed2018 = live.filter((p) => p.keyDates.signed?.startsWith('2018'));
    expect(signed2018.length).toBeGreaterThan(0);
    expect(new Set(signed2018.map((p) => p.enterprise)).size).toBeLessThan(60);
    expect(signed2018.reduce((s, p) => s + p.investmentWan, 0)).toBeLessThan(2_400_000);
  });
});

describe('geodata: reproducible', () => {
  let out = '';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'geodata-'));
  });

  it('running the generator again writes identical bytes', { timeout: 60_000 }, () => {
    const script = join(DIR, 'scripts/generate.ts');
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    for (const name of GEODATA_FILES)
      expect(readFileSync(join(out, name)).equals(readFileSync(join(DIR, name))), name).toBe(true);
    rmSync(out, { recursive: true, force: true });
  });
});
