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
  startDay: number;
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
    startDay: dayOf('2015-01-01'),
    landUse: { '100101': 40, '1001': 25, '100102': 15, M0: 12, '0802': 5, '1101': 3 },
    states: { planned: 84, reserve: 3, ready: 4, listed: 2 },
  },
  'sino-korea': {
    prefix: 'ZH',
    startDay: dayOf('2012-06-01'),
    landUse: { '100101': 35, '100102': 30, '1001': 15, M0: 8, '1101': 10, '0802': 2 },
    states: GROWING,
  },
  zichuang: {
    prefix: 'ZC',
    startDay: dayOf('2008-01-01'),
    landUse: { '100101': 30, '1001': 25, '100102': 15, M0: 15, '0802': 8, '0901': 7 },
    states: MATURE,
  },
  dongjiang: {
    prefix: 'DJ',
    startDay: dayOf('2011-06-01'),
    landUse: { '100101': 30, '1001': 20, M0: 20, '0802': 15, '0901': 5, '1101': 10 },
    states: GROWING,
  },
  huinan: {
    prefix: 'HN',
    startDay: dayOf('2010-06-01'),
    landUse: { '100101': 35, '1001': 20, M0: 20, '0802': 15, '0901': 10 },
    states: GROWING,
  },
  huihuan: {
    prefix: 'HH',
    startDay: dayOf('2007-01-01'),
    landUse: { '100101': 35, '100102': 25, '1001': 20, '1101': 10, '0901': 10 },
    states: MATURE,
  },
  chenjiang: {
    prefix: 'CJ',
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
  '0901': [180, 320],
  '0802': [30, 60],
};
