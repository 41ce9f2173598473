/**
 * Report models for the writer tests: a small piece of the 357 belt along S357 with a grid of parcels,
 * projects (one with a formula-injection enterprise name) and a state history. Areas are computed with turf,
 * as the seed does, so ㎡/亩 figures are consistent with the geometry.
 */
import { area } from '@turf/turf';
import type { Polygon } from 'geojson';
import { boundaryPoints } from '../../../../domain/boundary-points.ts';
import type { LandState } from '../../../../domain/enums.ts';
import { fourSides } from '../../../../domain/four-sides.ts';
import { type GrantRecords, NO_GRANT_RECORDS } from '../../../../domain/grant-records.ts';
import { parcelSupervision } from '../../../../domain/parcel-supervision.ts';
import type { LandEvent, Parcel, Project } from '../../../../domain/schemas.ts';
import { m2ToMu } from '../../../../domain/units.ts';
import type {
  ContextLine,
  ParcelDossierModel,
  ParcelListModel,
  ParcelRow,
  PlatformReportModel,
} from '../../../../server/reports/models.ts';

/** Axis-aligned rectangle polygon (counter-clockwise), lon/lat. */
export function rect(lon: number, lat: number, dLon: number, dLat: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + dLon, lat],
        [lon + dLon, lat + dLat],
        [lon, lat + dLat],
        [lon, lat],
      ],
    ],
  };
}

const STATES: LandState[] = [
  'ready',
  'listed',
  'transferred',
  'delivered',
  'under_construction',
  'producing',
  'reserve',
  'planned',
  'completed',
];

function parcel(i: number, state: LandState, geometry: Polygon, projectIds: string[]): Parcel {
  const m2 = area({ type: 'Feature', properties: {}, geometry });
  const transferred = ['transferred', 'delivered', 'under_construction', 'completed', 'producing'].includes(
    state,
  );
  return {
    id: `p-${i}`,
    code: `ZK357-${String(i).padStart(3, '0')}`,
    platformId: 'belt-357',
    town: i % 2 === 0 ? '陈江街道' : '沥林镇',
    landUse: i % 3 === 0 ? 'M0' : '100101',
    areaM2: m2,
    areaMu: m2ToMu(m2),
    plotRatioMax: 2.5,
    state,
    stateSince: '2017-06-30',
    expectedReadyDate: state === 'reserve' || state === 'planned' ? '2019-06-30' : null,
    contract: transferred
      ? {
          signed: '2016-11-20',
          agreedDelivery: '2016-12-31',
          agreedStart: '2017-03-31',
          agreedCompletion: '2019-03-31',
        }
      : { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null },
    landPriceWan: transferred ? 4200 : null,
    projectIds,
    version: 1,
  };
}

// A 4 × 3 grid of ~30–60 亩 parcels just north of S357 near 沥林北.
const cells: { geometry: Polygon; state: LandState }[] = [];
for (let r = 0; r < 3; r++) {
  for (let c = 0; c < 4; c++) {
    cells.push({
      geometry: rect(114.255 + c * 0.0032, 22.998 + r * 0.0026, 0.0028, 0.0022),
      state: STATES[(r * 4 + c) % STATES.length] ?? 'ready',
    });
  }
}

export const projects: Project[] = [
  {
    id: 'pr-1',
    name: '佰维存储芯片封测基地',
    enterprise: '深圳佰维存储科技股份有限公司',
    industry: 'semiconductor',
    origin: 'shenzhen',
    investmentWan: 100000,
    landDemandMu: 200,
    floorDemandM2: null,
    stage: 'land_acquired',
    targetPlatformId: 'belt-357',
    rdOriented: false,
    neededBy: null,
    annualOutputWan: 500000,
    keyDates: {
      firstContact: '2016-05-01',
      approved: '2016-09-01',
      signed: '2016-10-15',
      landAcquired: '2016-11-20',
      started: null,
      producing: null,
    },
    parcelIds: ['p-2'],
  },
  {
    id: 'pr-2',
    name: '激光装备项目',
    enterprise: '=HYPERLINK("http://evil.example","点击")',
    industry: 'laser',
    origin: 'shenzhen',
    investmentWan: 35000,
    landDemandMu: 60,
    floorDemandM2: 20000,
    stage: 'signed',
    targetPlatformId: 'belt-357',
    rdOriented: false,
    neededBy: '2018-09-30',
    annualOutputWan: null,
    keyDates: {
      firstContact: '2017-03-01',
      approved: '2017-08-01',
      signed: '2017-12-01',
      landAcquired: null,
      started: null,
      producing: null,
    },
    parcelIds: ['p-2'],
  },
];

const parcels: Parcel[] = cells.map((c, i) =>
  parcel(
    i,
    c.state,
    c.geometry,
    projects.filter((p) => p.parcelIds.includes(`p-${i}`)).map((p) => p.id),
  ),
);

export const roads: ContextLine[] = [
  {
    nameZh: '惠州大道',
    ref: 'S357',
    kind: 'provincial',
    geometry: {
      type: 'LineString',
      coordinates: [
        [114.15, 22.966],
        [114.185, 22.975],
        [114.222, 22.986],
        [114.262, 22.996],
        [114.3, 23.008],
        [114.33, 23.024],
      ],
    },
  },
  {
    nameZh: '沥林大道',
    ref: '',
    kind: 'main',
    geometry: {
      type: 'LineString',
      coordinates: [
        [114.2535, 22.99],
        [114.2535, 23.02],
      ],
    },
  },
];

const boundary = rect(114.2, 22.975, 0.12, 0.05);

export const events: LandEvent[] = [
  {
    parcelId: 'p-2',
    from: null,
    to: 'reserve',
    date: '2014-05-01',
    note: '纳入土地储备',
    who: '区土地储备中心',
  },
  {
    parcelId: 'p-2',
    from: 'reserve',
    to: 'ready',
    date: '2015-12-20',
    note: '完成征拆，净地',
    who: '沥林镇',
  },
  { parcelId: 'p-2', from: 'ready', to: 'listed', date: '2016-10-08', note: '挂牌出让', who: '国土分局' },
  {
    parcelId: 'p-2',
    from: 'listed',
    to: 'transferred',
    date: '2016-11-20',
    note: '签订出让合同',
    who: '国土分局',
  },
];

const target = parcels[2]!;

/**
 * Grant records of the dossier's parcel: 挂牌 for 50 years, its conditions, delivered on 2017-02-20 (51 days late —
 * the government's delay pushes the start back), one 补充协议 moving the start to 2017-12-31.
 */
export const dossierRecords: GrantRecords = {
  ...NO_GRANT_RECORDS,
  grant: { mode: 'listing', legalBasis: null, termYears: 50, leaseFirst: false },
  conditions: {
    plotRatioMin: 1.2,
    plotRatioMax: 2.5,
    buildingCoverageMin: 35,
    greenRatioMax: 15,
    heightLimitM: 50,
    termYears: 50,
    startPriceWan: 3800,
    penaltyPermillePerDay: 1,
    investmentIntensityWanPerMu: 300,
    outputPerMuWan: 500,
    taxPerMuWan: 25,
  },
  deliveryActual: '2017-02-20',
  amendments: [
    {
      date: '2017-03-20',
      agreedStart: '2017-12-31',
      agreedCompletion: null,
      reason: '配套道路未建成，经协商延期动工',
      documentNo: '惠仲国土补〔2017〕7号',
    },
  ],
};
const dossierParcel: Parcel = { ...target, state: 'delivered', stateSince: '2017-02-20' };

/** Dossier of ZK357-002 (delivered to 佰维存储, amended start passed). */
export const dossierModel: ParcelDossierModel = {
  parcel: dossierParcel,
  supervision: parcelSupervision(dossierParcel, dossierRecords, '2018-03-09'),
  boundaryPoints: boundaryPoints(cells[2]!.geometry),
  fourSides: fourSides(
    cells[2]!.geometry,
    cells
      .map((c, i) => ({ code: parcels[i]!.code, geometry: c.geometry }))
      .filter((n) => n.code !== target.code),
    roads,
  ),
  geometry: cells[2]!.geometry,
  platform: { id: 'belt-357', nameZh: '357创新产业带', boundary },
  projects: projects.map((p) => ({ ...p, intensityWanPerMu: p.investmentWan / target.areaMu })),
  events,
  redevelopment: [],
  idle: {
    labelZh: '已超约定开工日期 343 天',
    detailZh: '满1年未动工将征收出让价款20%的闲置费。',
    warning: true,
  },
  neighbours: parcels.map((p, i) => ({ code: p.code, state: p.state, geometry: cells[i]!.geometry })),
  roads,
  asOf: '2018-03-09',
  dataVersion: '3f9a2c1d',
  generatedAt: '2018-03-09T02:00:00.000Z',
  illustrativeGeometry: true,
};

export const rows: ParcelRow[] = parcels.map((p, i) => ({
  parcel: p,
  geometry: cells[i]!.geometry,
  platformNameZh: '357创新产业带',
  projects: projects.filter((pr) => pr.parcelIds.includes(p.id)),
}));

/** Platform report of the fixture belt. */
export const platformModel: PlatformReportModel = {
  platform: {
    id: 'belt-357',
    nameZh: '357创新产业带',
    nameEn: 'S357 Innovation Industry Belt',
    kind: 'industry_belt',
    focusIndustries: ['beidou', 'laser', 'semiconductor', 'ai', 'bigdata_iot'],
    towns: ['陈江街道', '沥林镇'],
    areaM2: area({ type: 'Feature', properties: {}, geometry: boundary }),
  },
  boundary,
  rows,
  projects,
  targets: [
    {
      labelZh: '2020年 规上工业总产值',
      unitZh: '亿元',
      target: 200,
      actual: 50,
      planned: 212.6,
      plannedLabelZh: '预期',
    },
  ],
  byIndustry: [
    { key: 'laser', count: 1, investmentWan: 8000 },
    { key: 'semiconductor', count: 2, investmentWan: 150000 },
  ],
  roads,
  landBalance: {
    options: {
      refDate: '2018-03-09',
      horizon: null,
      platform: null,
      industry: null,
      includeReserve: false,
      includeRedevelopment: false,
      slack: 0.3,
      keepTarget: false,
      policy: 'area_first',
    },
    policyZh: '先配足面积（任意合适平台，签约优先）',
    platform: { supplyMu: 120, demandMu: 150.5, shortageMu: 30.5, surplusMu: 0 },
    industries: [],
    quarters: [],
    placedHere: [],
    placedElsewhere: [],
    unmatched: [],
    zone: { pipeline: 0, matched: 0, crossPlatform: 0 },
  },
  idle: { rows: [], total: 0, summary: { byStatus: {}, feeExposureWan: 0, feeOwedWan: 0, areaMu: 0 } },
  redevelopmentSites: [],
  redevelopmentTargets: [],
  asOf: '2018-03-09',
  dataVersion: '3f9a2c1d',
  generatedAt: '2018-03-09T02:00:00.000Z',
  illustrativeGeometry: true,
};

/** All fixture parcels as an export list. */
export const listModel: ParcelListModel = {
  filterLabelZh: '357创新产业带',
  zoneNameZh: '仲恺',
  asOf: '2018-03-09',
  generatedAt: '2018-03-09T02:00:00.000Z',
  rows,
  projects,
  platformNames: { 'belt-357': '357创新产业带' },
};
