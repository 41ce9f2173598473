/**
 * 三旧改造 sites, drawn inside blocks left free of parcels (existing built-up land). The 自创区 sites with
 * target year 2018 are sized so that their geodesic areas sum to the article's 13万㎡ (tolerance ±0.5%; the
 * generator hits it far closer).
 */
import * as turf from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import type { RedevelopmentMode, RedevelopmentStage, RedevelopmentType } from '../../domain/enums.ts';
import type { RedevelopmentProps } from '../../domain/geodata-files.ts';
import { type Block, rectFeature } from './blocks.ts';
import type { Rng } from './prng.ts';

interface SiteSpec {
  name: string;
  type: RedevelopmentType;
  mode: RedevelopmentMode;
  platformId: string;
  targetYear: number;
  stage: RedevelopmentStage;
  areaM2: number;
  expectedCompletion: string;
}

const s = (
  name: string,
  type: RedevelopmentType,
  mode: RedevelopmentMode,
  platformId: string,
  targetYear: number,
  stage: RedevelopmentStage,
  areaM2: number,
  expectedCompletion: string,
): SiteSpec => ({ name, type, mode, platformId, targetYear, stage, areaM2, expectedCompletion });

/** The article's 2018 三旧改造 target for 自创区, ㎡. */
export const ZICHUANG_2018_AREA_M2 = 130_000;

const SITES: readonly SiteSpec[] = [
  s(
    '西坑旧厂房工改工项目',
    'old_factory',
    'industrial_to_industrial',
    'zichuang',
    2018,
    'construction',
    26_000,
    '2018-10-31',
  ),
  s(
    '平南工业区工改科项目',
    'old_factory',
    'industrial_to_tech',
    'zichuang',
    2018,
    'demolition',
    22_000,
    '2018-12-31',
  ),
  s(
    '江北旧厂房工改工项目',
    'old_factory',
    'industrial_to_industrial',
    'zichuang',
    2018,
    'completed',
    19_000,
    '2018-01-31',
  ),
  s('新华村旧村庄改造项目', 'old_village', 'other', 'zichuang', 2018, 'planning', 17_500, '2018-12-31'),
  s(
    '惠环工业城工改科项目',
    'old_factory',
    'industrial_to_tech',
    'zichuang',
    2018,
    'construction',
    16_000,
    '2018-09-30',
  ),
  s('石湖旧城镇更新项目', 'old_town', 'other', 'zichuang', 2018, 'planning', 15_500, '2018-12-31'),
  s(
    '红岭旧厂房工改工项目',
    'old_factory',
    'industrial_to_industrial',
    'zichuang',
    2018,
    'demolition',
    14_000,
    '2018-11-30',
  ),
  s(
    '上霞旧厂房工改科项目',
    'old_factory',
    'industrial_to_tech',
    'zichuang',
    2019,
    'planning',
    32_000,
    '2019-12-31',
  ),
  s(
    '沥榕工业区工改工项目',
    'old_factory',
    'industrial_to_industrial',
    'zichuang',
    2019,
    'mapped',
    28_000,
    '2019-12-31',
  ),
  s('东升村旧村庄改造项目', 'old_village', 'other', 'zichuang', 2019, 'mapped', 40_000, '2020-06-30'),
  s(
    '仲恺大道旧厂房工改科项目',
    'old_factory',
    'industrial_to_tech',
    'zichuang',
    2020,
    'mapped',
    24_000,
    '2020-12-31',
  ),
  s('惠风旧城镇更新项目', 'old_town', 'other', 'zichuang', 2020, 'mapped', 21_000, '2020-12-31'),
  s(
    '陈江甲子旧厂房工改工项目',
    'old_factory',
    'industrial_to_industrial',
    'chenjiang',
    2018,
    'planning',
    18_000,
    '2018-12-31',
  ),
  s('惠环水北旧村庄改造项目', 'old_village', 'other', 'huihuan', 2019, 'mapped', 20_000, '2019-12-31'),
];

const INSET = 12;

/** A rectangle of geodesic area `area` centred in a block, or null when the block is too small. */
function siteIn(b: Block, area: number): Feature<Polygon> | null {
  const maxS = b.s1 - b.s0 - 2 * INSET;
  const maxT = b.t1 - b.t0 - 2 * INSET;
  const len = Math.min(maxS, Math.sqrt(area * 1.3));
  let dep = area / len;
  if (dep > maxT) return null;
  const cs = (b.s0 + b.s1) / 2;
  const ct = (b.t0 + b.t1) / 2;
  let f = rectFeature(b.frame, cs - len / 2, cs + len / 2, ct - dep / 2, ct + dep / 2);
  for (let i = 0; i < 4; i++) {
    // Correct planar → geodesic by scaling the depth; converges to well under 1 ㎡.
    dep *= area / turf.area(f);
    if (dep > maxT) return null;
    f = rectFeature(b.frame, cs - len / 2, cs + len / 2, ct - dep / 2, ct + dep / 2);
  }
  return f;
}

/** Builds the sites from the free blocks of each platform. */
export function buildRedevelopment(
  rng: Rng,
  freeBlocks: Map<string, Block[]>,
): Feature<Polygon, RedevelopmentProps>[] {
  const used = new Set<string>();
  const counters = new Map<string, number>();
  return SITES.map((spec) => {
    const blocks = freeBlocks.get(spec.platformId) ?? [];
    let geom: Feature<Polygon> | null = null;
    for (const b of blocks) {
      if (used.has(b.id)) continue;
      geom = siteIn(b, spec.areaM2);
      if (geom) {
        used.add(b.id);
        break;
      }
    }
    if (!geom) throw new Error(`no free block for 三旧 site ${spec.name}`);
    const n = (counters.get(spec.platformId) ?? 0) + 1;
    counters.set(spec.platformId, n);
    const yearKey = `${spec.platformId}-${spec.targetYear}`;
    const m = (counters.get(yearKey) ?? 0) + 1;
    counters.set(yearKey, m);
    const area = turf.area(geom);
    const done =
      spec.stage === 'completed' ? area : spec.stage === 'construction' ? area * rng.range(0.3, 0.7) : 0;
    const pr = spec.mode === 'industrial_to_tech' ? rng.range(3.5, 4.5) : rng.range(2.5, 3.5);
    const props: RedevelopmentProps = {
      id: `rd-${spec.platformId}-${String(n).padStart(2, '0')}`,
      code: `SJ-${spec.platformId === 'zichuang' ? 'ZC' : spec.platformId === 'chenjiang' ? 'CJ' : 'HH'}-${spec.targetYear}-${String(m).padStart(2, '0')}`,
      name: spec.name,
      type: spec.type,
      mode: spec.mode,
      platformId: spec.platformId,
      targetYear: spec.targetYear,
      stage: spec.stage,
      completedAreaM2: Math.floor(done),
      floorSpaceM2: spec.mode === 'other' ? 0 : Math.round(area * pr),
      landOutputM2:
        spec.mode === 'industrial_to_industrial' && rng.chance(0.7)
          ? Math.round(area * rng.range(0.2, 0.4))
          : 0,
      expectedCompletion: spec.expectedCompletion,
      parcelId: null,
    };
    return { type: 'Feature', geometry: geom.geometry, properties: props };
  });
}
