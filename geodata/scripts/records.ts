/**
 * Non-spatial records: the 2018 targets (facts from the seed article), 自创区 技改 records (invented) and the
 * dataset metadata.
 */
import type { DatasetMeta, Target, TechUpgrade } from '../../domain/schemas.ts';
import type { NameMaker } from './names.ts';
import { AS_OF, type Rng } from './prng.ts';

/** The seed article. */
export const SOURCE =
  '南方日报 2018-03-09《仲恺357创新产业带已签约20个项目 计划投资156亿元》（记者 刘光明宝）';

/** The targets the article states. */
export function buildTargets(): Target[] {
  const t = (
    id: string,
    scope: string,
    year: number,
    metric: Target['metric'],
    value: number,
    unit: Target['unit'],
    quote: string,
  ): Target => ({
    id,
    scope,
    year,
    metric,
    value,
    unit,
    source: `${SOURCE}：“${quote}”`,
  });
  return [
    t(
      't-zone-2018-enterprises',
      'zone',
      2018,
      'new_4plus1_enterprises',
      60,
      'count',
      '全年仲恺计划引进新“4+1”战略性新兴产业相关企业不少于60家',
    ),
    t(
      't-zone-2018-investment',
      'zone',
      2018,
      'planned_investment',
      240,
      'yuan_yi',
      '计划投资额不低于240亿元',
    ),
    t(
      't-zichuang-2018-tech-upgrade',
      'zichuang',
      2018,
      'tech_upgrade_investment',
      90,
      'yuan_yi',
      '争取使这些企业全年完成技改投入90亿元',
    ),
    t(
      't-zichuang-2018-redevelopment',
      'zichuang',
      2018,
      'redevelopment_area',
      130_000,
      'm2',
      '争取完成三旧改造面积13万平方米',
    ),
    t(
      't-belt-2020-output',
      'belt-357',
      2020,
      'industrial_output',
      200,
      'yuan_yi',
      '到2020年，规模以上工业总产值预计可达200亿元',
    ),
    t(
      't-zone-2018-shenzhen-visits',
      'zone',
      2018,
      'shenzhen_projects_visited',
      60,
      'count',
      '今年在深圳接洽走访的优质项目不少于60个',
    ),
  ];
}

/** 技改 records of 自创区 enterprises for 2018 (invented); their plans stay below the 90亿元 target. */
export function buildTechUpgrades(rng: Rng, names: NameMaker): TechUpgrade[] {
  const out: TechUpgrade[] = [];
  for (let i = 0; i < 36; i++) {
    const big = i < 6;
    const investmentWan =
      Math.round((big ? rng.range(25_000, 55_000) : rng.range(3_000, 18_000)) / 100) * 100;
    const industry = rng.pick(['other', 'bigdata_iot', 'laser', 'new_energy', 'ai'] as const);
    out.push({
      id: `tu-2018-${String(i + 1).padStart(3, '0')}`,
      enterprise: names.enterprise(industry, rng.chance(0.7) ? 'local' : 'shenzhen').enterprise,
      platformId: 'zichuang',
      year: 2018,
      investmentWan,
      // Early March: a small share of the year's plan is done.
      completedWan: Math.round((investmentWan * rng.range(0.05, 0.3)) / 100) * 100,
    });
  }
  return out;
}

/** meta.json. */
export function buildMeta(): DatasetMeta {
  return {
    asOf: AS_OF,
    title: '仲恺高新区土地与产业平台示例数据（示意）',
    illustrativeGeometry: true,
    source: `${SOURCE}。文中数字为事实；几何、企业名称（文中点名者除外）与其余数字均为示意生成（npm run geodata）。`,
    // The zone's settings the seed writes (the app's header, map view, validity box of imported geometry).
    zone: {
      nameZh: '仲恺',
      nameEn: 'Zhongkai',
      mapView: { mode: 'fit' },
      validityBox: [113.95, 22.8, 114.65, 23.25],
    },
  };
}
