/** Small builders for dashboard tests: complete records with overridable fields (no mocks of domain logic). */
import type { Parcel, Project, RedevelopmentSite, Target, TechUpgrade } from '../../../../domain/schemas.ts';

/** A project with neutral defaults; `keyDates` entries override individually. */
export function project(
  id: string,
  over: Partial<Omit<Project, 'keyDates'>> & { keyDates?: Partial<Project['keyDates']> } = {},
): Project {
  const { keyDates, ...rest } = over;
  return {
    id,
    name: `项目${id}`,
    enterprise: `企业${id}`,
    industry: 'laser',
    origin: 'local',
    investmentWan: 10_000,
    landDemandMu: 50,
    floorDemandM2: null,
    stage: 'signed',
    targetPlatformId: 'belt-357',
    rdOriented: false,
    neededBy: null,
    annualOutputWan: null,
    parcelIds: [],
    ...rest,
    keyDates: {
      firstContact: null,
      approved: null,
      signed: null,
      landAcquired: null,
      started: null,
      producing: null,
      ...keyDates,
    },
  };
}

/** A transferred parcel of 30 亩 with a contract; override state, dates and price as needed. */
export function parcel(
  id: string,
  over: Partial<Omit<Parcel, 'contract'>> & { contract?: Partial<Parcel['contract']> } = {},
): Parcel {
  const { contract, ...rest } = over;
  return {
    id,
    code: `ZK-${id}`,
    platformId: 'belt-357',
    town: '陈江',
    landUse: '100101',
    areaM2: 20_000,
    areaMu: 30,
    plotRatioMax: 2,
    state: 'transferred',
    stateSince: '2016-01-01',
    expectedReadyDate: null,
    landPriceWan: 1_000,
    projectIds: [],
    version: 1,
    ...rest,
    contract: {
      signed: '2016-01-01',
      agreedDelivery: null,
      agreedStart: null,
      agreedCompletion: null,
      ...contract,
    },
  };
}

/** A 三旧 site of 10,000 ㎡ for 2018 in the 自创区. */
export function site(id: string, over: Partial<RedevelopmentSite> = {}): RedevelopmentSite {
  return {
    id,
    code: `SJ-${id}`,
    name: `旧厂房${id}`,
    type: 'old_factory',
    mode: 'industrial_to_industrial',
    platformId: 'zichuang',
    areaM2: 10_000,
    targetYear: 2018,
    stage: 'planning',
    completedAreaM2: 0,
    floorSpaceM2: 25_000,
    landOutputM2: 0,
    expectedCompletion: '2018-09-30',
    parcelId: null,
    ...over,
  };
}

/** A 技改 record. */
export function upgrade(id: string, over: Partial<TechUpgrade> = {}): TechUpgrade {
  return {
    id,
    enterprise: `企业${id}`,
    platformId: 'zichuang',
    year: 2018,
    investmentWan: 5_000,
    completedWan: 1_000,
    ...over,
  };
}

/** A target. */
export function target(
  id: string,
  over: Partial<Target> & Pick<Target, 'metric' | 'value' | 'unit'>,
): Target {
  return { id, scope: 'zone', year: 2018, source: 'test', ...over };
}
