/**
 * The steps of loading geodata (server/seed/load-geodata.ts) on hand-made raw files: what each keeps and
 * computes (bbox, geodesic area, 亩, version) and the SeedError each raises, as literal values. The expected
 * area of the 0.01° × 0.01° cell is R²·Δλ·(sin φ₂ − sin φ₁) on the sphere of radius 6,371,008.8 m (turf's),
 * worked out apart from turf.
 */
import { describe, expect, it } from 'vitest';
import {
  loadContextLayer,
  loadParcels,
  loadPlatforms,
  loadProjects,
  loadRedevelopment,
  loadTargetsAndUpgrades,
} from '../../../../server/seed/load-geodata.ts';
import { pipelineProject } from '../../../fixtures/pipeline-project.ts';

const CELL_M2 = 1138354.7263659032;
const CELL_MU = 1707.5320895488549;
const cell = {
  type: 'Polygon',
  coordinates: [
    [
      [114.2, 22.97],
      [114.21, 22.97],
      [114.21, 22.98],
      [114.2, 22.98],
      [114.2, 22.97],
    ],
  ],
};
const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const platform = (id: string) => ({
  type: 'Feature',
  geometry: cell,
  properties: {
    id,
    nameZh: '测试平台',
    nameEn: 'Test',
    kind: 'industrial_park',
    focusIndustries: ['laser'],
    towns: ['沥林'],
  },
});
const parcel = (id: string, code: string, platformId = 'pa') => ({
  type: 'Feature',
  geometry: cell,
  properties: {
    id,
    code,
    platformId,
    town: '沥林',
    landUse: '100101',
    plotRatioMax: 2,
    state: 'ready',
    stateSince: '2017-06-30',
    expectedReadyDate: null,
    contract: { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null },
    landPriceWan: null,
    events: [{ from: null, to: 'ready', date: '2017-06-30', note: '净地', who: '国土分局' }],
  },
});
const raw = (files: Record<string, unknown>) => new Map(Object.entries(files));

describe('loadPlatforms', () => {
  it('measures the boundary: bbox and geodesic area (㎡)', () => {
    const [p] = loadPlatforms(raw({ 'platforms.geojson': fc([platform('pa')]) }));
    expect(p!.id).toBe('pa');
    expect(p!.bbox).toEqual([114.2, 22.97, 114.21, 22.98]);
    expect(p!.areaM2 / CELL_M2).toBeCloseTo(1, 9);
  });

  it('refuses a duplicate id, naming file and record', () => {
    expect(() => loadPlatforms(raw({ 'platforms.geojson': fc([platform('pa'), platform('pa')]) }))).toThrow(
      'platforms.geojson [pa]: duplicate platform id',
    );
  });
});

describe('loadParcels', () => {
  const files = (...ps: unknown[]) => raw({ 'parcels.geojson': fc(ps) });
  it('computes ㎡ and 亩 from the geometry and starts at version 1', () => {
    const [p] = loadParcels(files(parcel('P1', 'C1')), new Set(['pa']));
    expect(p!.areaMu / CELL_MU).toBeCloseTo(1, 9);
    expect(p!.areaM2 / CELL_M2).toBeCloseTo(1, 9);
    expect(p!.version).toBe(1);
    expect(p!.bbox).toEqual([114.2, 22.97, 114.21, 22.98]);
  });

  it('refuses an unknown platform and a repeated code', () => {
    expect(() => loadParcels(files(parcel('P1', 'C1', 'nope')), new Set(['pa']))).toThrow(
      'parcels.geojson [P1]: unknown platformId nope',
    );
    expect(() => loadParcels(files(parcel('P1', 'C1'), parcel('P2', 'C1')), new Set(['pa']))).toThrow(
      'parcels.geojson [C1]: duplicate parcel code',
    );
  });
});

describe('loadProjects', () => {
  const project = (parcelIds: string[], targetPlatformId: string | null) =>
    pipelineProject({
      id: 'J1',
      name: '项目',
      enterprise: '企业',
      industry: 'laser',
      stage: 'signed',
      investmentWan: 1000,
      landDemandMu: 10,
      parcelIds,
      targetPlatformId,
    });
  it('keeps valid projects and refuses unknown parcels and platforms', () => {
    expect(
      loadProjects(raw({ 'projects.json': [project(['P1'], 'pa')] }), new Set(['pa']), new Set(['P1'])).map(
        (p) => p.id,
      ),
    ).toEqual(['J1']);
    expect(() =>
      loadProjects(raw({ 'projects.json': [project(['P9'], 'pa')] }), new Set(['pa']), new Set(['P1'])),
    ).toThrow('projects.json [J1]: unknown parcelId P9');
    expect(() =>
      loadProjects(raw({ 'projects.json': [project([], 'pb')] }), new Set(['pa']), new Set(['P1'])),
    ).toThrow('projects.json [J1]: unknown targetPlatformId pb');
  });
});

describe('loadRedevelopment', () => {
  const site = (parcelId: string | null) => ({
    type: 'Feature',
    geometry: cell,
    properties: {
      id: 'R1',
      code: 'SJ-1',
      name: '旧厂房',
      type: 'old_factory',
      mode: 'industrial_to_industrial',
      platformId: 'pa',
      targetYear: 2018,
      stage: 'planning',
      completedAreaM2: 0,
      floorSpaceM2: 1000,
      landOutputM2: 0,
      expectedCompletion: '2019-12-31',
      parcelId,
    },
  });
  it('measures the site and refuses an unknown parcel', () => {
    const files = raw({ 'redevelopment.geojson': fc([site(null)]) });
    const [r] = loadRedevelopment(files, new Set(['pa']), new Set());
    expect(r!.areaM2 / CELL_M2).toBeCloseTo(1, 9);
    expect(() =>
      loadRedevelopment(raw({ 'redevelopment.geojson': fc([site('P9')]) }), new Set(['pa']), new Set()),
    ).toThrow('redevelopment.geojson [R1]: unknown parcelId P9');
  });
});

describe('loadTargetsAndUpgrades', () => {
  const target = (scope: string) => ({
    id: 'T1',
    scope,
    year: 2018,
    metric: 'planned_investment',
    value: 240,
    unit: 'yuan_yi',
    source: '2018年工作目标',
  });
  it('accepts zone and platform scopes, no upgrade file, and refuses an unknown scope', () => {
    expect(loadTargetsAndUpgrades(raw({ 'targets.json': [target('zone')] }), new Set(['pa']))).toMatchObject({
      targets: [{ id: 'T1', scope: 'zone' }],
      techUpgrades: [],
    });
    expect(() => loadTargetsAndUpgrades(raw({ 'targets.json': [target('pb')] }), new Set(['pa']))).toThrow(
      'targets.json [T1]: unknown scope pb',
    );
  });
});

describe('loadContextLayer', () => {
  it('keys features by their id and gives an empty layer for an absent file', () => {
    const road = {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [114.15, 22.966],
          [114.185, 22.975],
        ],
      },
      properties: { id: 'road-s357', nameZh: '省道S357', nameEn: 'S357', kind: 'provincial', ref: 'S357' },
    };
    const [f] = loadContextLayer(raw({ 'roads.geojson': fc([road]) }), 'roads');
    expect(f).toMatchObject({ type: 'Feature', id: 'road-s357', properties: { ref: 'S357' } });
    expect(loadContextLayer(raw({}), 'water')).toEqual([]);
  });
});
