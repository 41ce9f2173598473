/**
 * Hand-authored illustrative geography (approximate WGS84 positions, geodata/README.md): towns, intercity stations, roads, water, and the seven
 * platform outlines. Coordinates are approximate WGS84 lon/lat sketches, not survey data.
 */
import type { Industry, PlatformKind } from '../../domain/enums.ts';

type LonLat = readonly [number, number];

/** A context point (town centre or station). */
export interface PlacePoint {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: 'town' | 'station';
  at: LonLat;
}

export const TOWNS: readonly PlacePoint[] = [
  { id: 'town-huihuan', nameZh: '惠环', nameEn: 'Huihuan', kind: 'town', at: [114.36, 23.06] },
  { id: 'town-chenjiang', nameZh: '陈江', nameEn: 'Chenjiang', kind: 'town', at: [114.295, 23.015] },
  { id: 'town-lilin', nameZh: '沥林', nameEn: 'Lilin', kind: 'town', at: [114.2, 22.965] },
  { id: 'town-tonghu', nameZh: '潼湖镇', nameEn: 'Tonghu', kind: 'town', at: [114.155, 23.045] },
  { id: 'town-tongqiao', nameZh: '潼侨', nameEn: 'Tongqiao', kind: 'town', at: [114.245, 23.08] },
];

export const STATIONS: readonly PlacePoint[] = [
  {
    id: 'station-lilin-north',
    nameZh: '沥林北站',
    nameEn: 'Lilin North',
    kind: 'station',
    at: [114.225, 22.982],
  },
  {
    id: 'station-zhongkai',
    nameZh: '仲恺站（陈江南）',
    nameEn: 'Zhongkai (Chenjiang South)',
    kind: 'station',
    at: [114.322, 23.008],
  },
];

/** S357 sketch, south-west to north-east (approximate). */
export const S357: readonly LonLat[] = [
  [114.15, 22.966],
  [114.185, 22.975],
  [114.222, 22.986],
  [114.262, 22.996],
  [114.3, 23.008],
  [114.33, 23.024],
  [114.352, 23.042],
  [114.378, 23.064],
];

/** How many S357 vertices the 357 belt follows: it stops short of 自创区, which the road then crosses. */
export const BELT_ROAD_POINTS = 6;

/** A context line. */
export interface RoadLine {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: 'expressway' | 'provincial' | 'main' | 'railway';
  ref: string;
  line: readonly LonLat[];
}

export const ROADS: readonly RoadLine[] = [
  {
    id: 'road-s357',
    nameZh: 'S357省道',
    nameEn: 'Provincial Road S357',
    kind: 'provincial',
    ref: 'S357',
    line: S357,
  },
  {
    id: 'road-guanghui',
    nameZh: '广惠高速',
    nameEn: 'Guangzhou–Huizhou Expressway',
    kind: 'expressway',
    ref: '',
    line: [
      [114.12, 22.952],
      [114.25, 22.972],
      [114.33, 22.992],
      [114.42, 23.02],
      [114.5, 23.06],
    ],
  },
  {
    id: 'rail-guanhui',
    nameZh: '莞惠城际铁路',
    nameEn: 'Dongguan–Huizhou Intercity Railway',
    kind: 'railway',
    ref: '',
    line: [
      [114.13, 22.949],
      [114.225, 22.982],
      [114.322, 23.008],
      [114.39, 23.028],
      [114.45, 23.04],
    ],
  },
  {
    id: 'road-huizhou-avenue',
    nameZh: '惠州大道',
    nameEn: 'Huizhou Avenue',
    kind: 'main',
    ref: '',
    line: [
      [114.41, 23.1],
      [114.385, 23.07],
      [114.343, 23.036],
      [114.31, 22.985],
      [114.3, 22.94],
    ],
  },
  {
    id: 'road-huinan-avenue',
    nameZh: '惠南大道',
    nameEn: 'Huinan Avenue',
    kind: 'main',
    ref: '',
    line: [
      [114.36, 23.038],
      [114.4, 23.012],
      [114.424, 22.99],
      [114.432, 22.95],
    ],
  },
  {
    id: 'road-tongqiao',
    nameZh: '潼侨大道',
    nameEn: 'Tongqiao Avenue',
    kind: 'main',
    ref: '',
    line: [
      [114.2, 23.075],
      [114.245, 23.072],
      [114.29, 23.06],
      [114.34, 23.052],
    ],
  },
];

/** 东江 centre line (north edge of the zone), extended east past the 东江科技园. */
export const DONGJIANG_RIVER: readonly LonLat[] = [
  [114.15, 23.09],
  [114.22, 23.115],
  [114.3, 23.13],
  [114.36, 23.112],
  [114.41, 23.09],
  [114.46, 23.094],
  [114.53, 23.102],
];

/** 潼湖 centre and half-axes (m): ≈ 11 × 2 km, east–west. */
export const TONGHU_LAKE = { at: [114.2, 23.017] as LonLat, rx: 5500, ry: 1000 };

/** A platform's hand-drawn outline (the belt's is computed from S357) and its target geodesic area, if any. */
export interface PlatformSketch {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: PlatformKind;
  focusIndustries: Industry[];
  /** Grid angle of the street blocks, degrees from east. */
  gridAngle: number;
  outline: readonly LonLat[];
  /** When set, the outline is scaled about its centroid to this geodesic area (㎡). */
  targetAreaM2: number | null;
}

export const PLATFORM_SKETCHES: readonly PlatformSketch[] = [
  {
    id: 'sino-korea',
    nameZh: '中韩（惠州）产业园',
    nameEn: 'China–Korea (Huizhou) Industrial Park',
    kind: 'industrial_park',
    focusIndustries: ['semiconductor', 'ai', 'bigdata_iot'],
    gridAngle: 8,
    outline: [
      [114.214, 23.036],
      [114.236, 23.034],
      [114.256, 23.038],
      [114.257, 23.052],
      [114.252, 23.064],
      [114.232, 23.066],
      [114.215, 23.061],
      [114.212, 23.048],
    ],
    targetAreaM2: 12_700_000,
  },
  {
    id: 'zichuang',
    nameZh: '国家自主创新示范区',
    nameEn: 'National Independent Innovation Demonstration Zone',
    kind: 'demonstration_zone',
    focusIndustries: ['ai', 'bigdata_iot', 'laser', 'semiconductor'],
    gridAngle: 38,
    outline: [
      [114.345, 23.04],
      [114.372, 23.042],
      [114.398, 23.048],
      [114.4, 23.066],
      [114.392, 23.08],
      [114.365, 23.081],
      [114.344, 23.072],
      [114.338, 23.055],
    ],
    targetAreaM2: null,
  },
  {
    id: 'dongjiang',
    nameZh: '东江科技园科技新城',
    nameEn: 'Dongjiang Science Park New Town',
    kind: 'science_park',
    focusIndustries: ['ai', 'bigdata_iot', 'beidou'],
    gridAngle: 12,
    outline: [
      [114.474, 23.108],
      [114.506, 23.11],
      [114.508, 23.126],
      [114.5, 23.134],
      [114.476, 23.132],
    ],
    targetAreaM2: null,
  },
  {
    id: 'huinan',
    nameZh: '惠南科技园',
    nameEn: 'Huinan Science Park',
    kind: 'science_park',
    focusIndustries: ['ai', 'bigdata_iot', 'beidou', 'laser'],
    gridAngle: 20,
    outline: [
      [114.428, 22.985],
      [114.452, 22.986],
      [114.454, 23.0],
      [114.446, 23.006],
      [114.43, 23.005],
    ],
    targetAreaM2: 5_900_000,
  },
  {
    id: 'huihuan',
    nameZh: '惠环街道产业平台',
    nameEn: 'Huihuan Subdistrict Industrial Platform',
    kind: 'town_platform',
    focusIndustries: ['laser', 'bigdata_iot'],
    gridAngle: 30,
    outline: [
      [114.406, 23.046],
      [114.428, 23.044],
      [114.432, 23.062],
      [114.41, 23.068],
    ],
    targetAreaM2: null,
  },
  {
    id: 'chenjiang',
    nameZh: '陈江街道产业平台',
    nameEn: 'Chenjiang Subdistrict Industrial Platform',
    kind: 'town_platform',
    focusIndustries: ['new_energy', 'semiconductor', 'beidou'],
    gridAngle: 22,
    outline: [
      [114.276, 23.029],
      [114.31, 23.031],
      [114.313, 23.046],
      [114.28, 23.047],
    ],
    targetAreaM2: null,
  },
];

/** The 357 belt (its outline is a band around S357, tuned to 30 km²). */
export const BELT_SKETCH = {
  id: 'belt-357',
  nameZh: '357创新产业带',
  nameEn: '357 Innovation Industry Belt',
  kind: 'industry_belt' as PlatformKind,
  focusIndustries: ['beidou', 'laser', 'semiconductor', 'ai', 'bigdata_iot'] as Industry[],
  targetAreaM2: 30_000_000,
};
