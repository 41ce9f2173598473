/**
 * Per-platform generation parameters: code prefix, when land work began, the land-use mix and the
 * land-state mix of its blocks (mature platforms are mostly built up; the 357 belt, proposed in 2016, mostly
 * planned and reserve land with little ready supply).
 */
import type { LandState, LandUse } from '../../domain/enums.ts';
import { dayOf } from './prng.ts';

/** Generation parameters of one platform. */
export interface PlatformInfo {
  prefix: string;
  /** First day of land work on the platform: no event is earlier. */
  startDay: number;
  /**
   * Dates the platform's 控规 (regulatory detailed plans) were approved: a parcel enters the records as 规划
   * on one of these dates (plans are approved in batches, not parcel by parcel).
   */
  planDates: readonly string[];
  landUse: Partial<Record<LandUse, number>>;
  states: Partial<Record<LandState, number>>;
}

const MATURE: Partial<Record<LandState, number>> = {
  producing: 45,
  completed: 3,
  under_construction: 6,
  delivered: 5,
  transferred: 4,
  listed: 2,
  ready: 5,
  reserve: 5,
  planned: 25,
};
const GROWING: Partial<Record<LandState, number>> = {
  producing: 22,
  completed: 3,
  under_construction: 9,
  delivered: 6,
  transferred: 5,
  listed: 2,
  ready: 5,
  reserve: 8,
  planned: 40,
};

export const PLATFORM_INFO: Record<string, PlatformInfo> = {
  'belt-357': {
    prefix: '357',
    // The belt was proposed in 2016: no belt event is earlier.
    startDay: dayOf('2016-04-01'),
    planDates: ['2016-06-28', '2016-12-20', '2017-08-15'],
    landUse: { '100101': 40, '1001': 25, '100102': 15, M0: 12, '0802': 5, '1101': 3 },
    states: { planned: 84, reserve: 3, ready: 4, listed: 2 },
  },
  'sino-korea': {
    prefix: 'ZH',
    planDates: ['2012-09-14', '2014-06-20', '2016-05-17'],
    startDay: dayOf('2012-06-01'),
    landUse: { '100101': 35, '100102': 30, '1001': 15, M0: 8, '1101': 10, '0802': 2 },
    states: GROWING,
  },
  zichuang: {
    prefix: 'ZC',
    planDates: ['2008-03-28', '2011-11-15', '2015-04-24'],
    startDay: dayOf('2008-01-01'),
    landUse: { '100101': 30, '1001': 25, '100102': 15, M0: 15, '0802': 8, '0901': 7 },
    states: MATURE,
  },
  dongjiang: {
    prefix: 'DJ',
    planDates: ['2011-08-19', '2013-12-06', '2016-09-23'],
    startDay: dayOf('2011-06-01'),
    landUse: { '100101': 30, '1001': 20, M0: 20, '0802': 15, '0901': 5, '1101': 10 },
    states: GROWING,
  },
  huinan: {
    prefix: 'HN',
    planDates: ['2010-09-10', '2013-04-19', '2016-03-25'],
    startDay: dayOf('2010-06-01'),
    landUse: { '100101': 35, '1001': 20, M0: 20, '0802': 15, '0901': 10 },
    states: GROWING,
  },
  huihuan: {
    prefix: 'HH',
    planDates: ['2007-05-18', '2010-10-22', '2014-08-29'],
    startDay: dayOf('2007-01-01'),
    landUse: { '100101': 35, '100102': 25, '1001': 20, '1101': 10, '0901': 10 },
    states: MATURE,
  },
  chenjiang: {
    prefix: 'CJ',
    planDates: ['2007-06-29', '2011-03-18', '2015-07-10'],
    startDay: dayOf('2007-01-01'),
    landUse: { '100101': 30, '100102': 30, '1001': 25, '1101': 15 },
    states: MATURE,
  },
};

/** Plot-ratio range (容积率上限) by land use. */
export const PLOT_RATIO: Record<LandUse, [number, number]> = {
  '1001': [1.2, 3.5],
  '100101': [1.5, 4.0],
  '100102': [1.2, 3.0],
  '100103': [1.2, 2.0],
  M0: [3.0, 5.0],
  '1101': [1.2, 2.0],
  '110101': [1.2, 2.0],
  '110102': [1.2, 2.0],
  '110103': [1.2, 2.0],
  '0901': [2.0, 4.0],
  '0802': [1.5, 3.0],
};

/** Land price range, 万元/亩, by land use (industrial land here ~20–60 万元/亩). */
export const PRICE_PER_MU: Record<LandUse, [number, number]> = {
  '1001': [22, 45],
  '100101': [25, 55],
  '100102': [20, 40],
  '100103': [20, 30],
  M0: [60, 120],
  '1101': [25, 45],
  '110101': [25, 45],
  '110102': [25, 45],
  '110103': [25, 45],
  '0901': [180, 320],
  '0802': [30, 60],
};
