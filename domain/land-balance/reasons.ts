/**
 * Planner-language explanations of matching, in Chinese and English: why a project got no site, and why a
 * site is a candidate. Each is `{ code, zh, en, details }`: the UI shows `zh` or `en`, tests and exports use
 * `code` and `details` (numbers unrounded: areas 亩, floor space ㎡, dates ISO).
 */
import { INDUSTRY_ZH, type Industry, PROJECT_STAGE_ZH, type ProjectStage } from '../enums.ts';
import { formatDate, formatM2, formatMu } from '../format.ts';
import { INDUSTRY_EN, PROJECT_STAGE_EN } from '../labels-en.ts';

/** Codes of the reasons a project has no site. */
export type UnmatchedCode =
  | 'floor_space_only'
  | 'no_suitable_land'
  | 'no_suitable_platform'
  | 'too_large'
  | 'no_size_fit'
  | 'not_ready_in_time'
  | 'sites_taken'
  | 'excluded_by_planner'
  | 'only_off_target';

/** Codes of why a matched project sits off its target platform. */
export type CrossCode = 'target_no_fit' | 'target_taken';

/** Codes of the remarks on a candidate site. */
export type CandidateCode = 'target_platform' | 'focus_platform' | 'area_fit' | 'merged' | 'ready_from';

/** A bilingual reason with machine-readable details. */
export interface Reason<C extends string = string> {
  code: C;
  zh: string;
  en: string;
  details: Record<string, string | number | boolean | null | string[]>;
}

const zhMu = (mu: number): string => formatMu(mu, 'zh-CN');
const enMu = (mu: number): string => formatMu(mu, 'en');

/** A platform's display names. */
export interface PlatformName {
  id: string;
  zh: string;
  en: string;
}

/**
 * Project asks for factory floor space (㎡) only, never placed on land (matching assigns land parcels only).
 * `platformFloorM2` = 三旧改造 floor space its target platform offers within the horizon, or null when
 * redevelopment is not counted (the option is off) — then the reason says how to count it.
 */
export function floorSpaceOnly(
  floorM2: number,
  platform: PlatformName | null,
  platformFloorM2: number | null,
): Reason<UnmatchedCode> {
  const need = { zh: formatM2(floorM2, 'zh-CN'), en: formatM2(floorM2, 'en') };
  const head = {
    zh: `需厂房 ${need.zh}，不需用地；用地匹配只分配地块，不分配厂房`,
    en: `Needs ${need.en} of factory floor space, not land; matching assigns land parcels only, not floor space`,
  };
  if (platformFloorM2 === null) {
    return {
      code: 'floor_space_only',
      zh: `${head.zh}。三旧改造厂房未计入供给，勾选“计入三旧改造”可查看可供厂房`,
      en: `${head.en}. Redevelopment (三旧) floor space is not counted; tick “Count redevelopment” to see it`,
      details: { floorM2, redevelopmentCounted: false, platformId: platform?.id ?? null, platformFloorM2 },
    };
  }
  const where = {
    zh: platform ? `目标平台${platform.zh}` : '未定目标平台，全区',
    en: platform ? `Its target platform ${platform.en}` : 'With no target platform, the whole zone',
  };
  return {
    code: 'floor_space_only',
    zh: `${head.zh}。${where.zh}三旧改造可供厂房 ${formatM2(platformFloorM2, 'zh-CN')}`,
    en: `${head.en}. ${where.en} offers ${formatM2(platformFloorM2, 'en')} of redevelopment floor space`,
    details: { floorM2, redevelopmentCounted: true, platformId: platform?.id ?? null, platformFloorM2 },
  };
}

/** No available land of a use the project may build on (by the horizon). */
export function noSuitableLand(
  demandMu: number,
  landUsesZh: string,
  landUsesEn: string,
): Reason<UnmatchedCode> {
  return {
    code: 'no_suitable_land',
    zh: `需 ${zhMu(demandMu)}；可供用地中没有${landUsesZh}`,
    en: `Needs ${enMu(demandMu)}; no available land is zoned ${landUsesEn}`,
    details: { demandMu },
  };
}

/** "目标平台X及聚焦Y的平台" — the platforms that suit a project (target, or focus includes its industry). */
function suitedPlatforms(target: PlatformName | null, industry: Industry): { zh: string; en: string } {
  return {
    zh: `${target ? `目标平台${target.zh}及` : ''}聚焦${INDUSTRY_ZH[industry]}的平台`,
    en: `${target ? `the target platform ${target.en} and ` : ''}platforms focused on ${INDUSTRY_EN[industry]}`,
  };
}

/**
 * Land of a usable use exists, but none on a platform that suits the project (neither its target nor focused
 * on its industry); `otherLargestMu` = the largest such site elsewhere, 亩.
 */
export function noSuitablePlatform(
  demandMu: number,
  industry: Industry,
  target: PlatformName | null,
  otherLargestMu: number,
): Reason<UnmatchedCode> {
  const pl = suitedPlatforms(target, industry);
  return {
    code: 'no_suitable_platform',
    zh: `需 ${zhMu(demandMu)}；${pl.zh}中无用途合适的可供用地；其他平台虽有（最大 ${zhMu(otherLargestMu)}），但平台产业定位不符`,
    en: `Needs ${enMu(demandMu)}; ${pl.en} have no available land of a suitable use; other platforms do (largest ${enMu(otherLargestMu)}) but their focus does not suit the industry`,
    details: { demandMu, targetPlatformId: target?.id ?? null, otherLargestMu },
  };
}

/**
 * Every suitable site (use and platform) is smaller than the demand; `largestSuitedMu` = the largest on the
 * target/focus platforms, `largestMu` = the largest of a suitable use anywhere (亩).
 */
export function tooLarge(
  demandMu: number,
  industry: Industry,
  target: PlatformName | null,
  largestSuitedMu: number,
  largestSiteId: string,
  largestMu: number,
): Reason<UnmatchedCode> {
  const pl = suitedPlatforms(target, industry);
  const elseZh = largestMu > largestSuitedMu ? `；其他平台最大 ${zhMu(largestMu)}，但平台产业定位不符` : '';
  const elseEn =
    largestMu > largestSuitedMu
      ? `; other platforms have up to ${enMu(largestMu)} but their focus does not suit the industry`
      : '';
  return {
    code: 'too_large',
    zh: `需 ${zhMu(demandMu)}；${pl.zh}中无足够大的地块，最大可供 ${zhMu(largestSuitedMu)}（含相邻地块合并）${elseZh}`,
    en: `Needs ${enMu(demandMu)}; ${pl.en} have no site large enough, the largest is ${enMu(largestSuitedMu)} (adjacent parcels merged)${elseEn}`,
    details: { demandMu, largestSuitedMu, largestSiteId, largestMu },
  };
}

/**
 * Suitable sites (use and platform) exist on both sides of the window [demand, demand × (1 + slack)], none
 * inside; `belowMu`/`aboveMu` = the nearest below and above (亩).
 */
export function noSizeFit(
  demandMu: number,
  maxMu: number,
  industry: Industry,
  target: PlatformName | null,
  belowMu: number | null,
  aboveMu: number | null,
): Reason<UnmatchedCode> {
  const near = [belowMu, aboveMu].filter((x): x is number => x !== null);
  const pl = suitedPlatforms(target, industry);
  return {
    code: 'no_size_fit',
    zh: `需 ${zhMu(demandMu)}（可接受 ${zhMu(demandMu)}–${zhMu(maxMu)}）；${pl.zh}中面积最接近的可供用地为 ${near.map(zhMu).join('、')}`,
    en: `Needs ${enMu(demandMu)} (acceptable ${enMu(demandMu)}–${enMu(maxMu)}); on ${pl.en} the nearest available sites are ${near.map(enMu).join(' and ')}`,
    details: { demandMu, maxMu, belowMu, aboveMu },
  };
}

/** Sites of the right size and use exist but become available after the project's needed-by date. */
export function notReadyInTime(neededBy: string, earliest: string, siteId: string): Reason<UnmatchedCode> {
  return {
    code: 'not_ready_in_time',
    zh: `需 ${formatDate(neededBy, 'zh-CN')} 前供地；面积和用途合适的用地最早 ${formatDate(earliest, 'zh-CN')} 才可供（${siteId}）`,
    en: `Needs land by ${formatDate(neededBy, 'en')}; the earliest fitting site (${siteId}) is available from ${formatDate(earliest, 'en')}`,
    details: { neededBy, earliest, siteId },
  };
}

/** A holder of a site the project could have used. */
export interface Holder {
  projectId: string;
  name: string;
  stage: ProjectStage;
}

/** Fitting sites exist but every one overlaps a site assigned to another, higher-priority project. */
export function sitesTaken(
  fitting: number,
  holders: readonly Holder[],
  optimal: boolean,
): Reason<UnmatchedCode> {
  const shown = holders.slice(0, 3);
  const more = holders.length > shown.length ? ` 等 ${holders.length} 个项目` : '';
  const moreEn = holders.length > shown.length ? ` and ${holders.length - shown.length} more` : '';
  const zhNote = optimal ? '' : '（求解在时限内未证明最优）';
  const enNote = optimal ? '' : ' (the solver stopped at its time limit before proving optimality)';
  return {
    code: 'sites_taken',
    zh: `有 ${fitting} 处合适用地，但均已分配给优先级更高的项目：${shown.map((h) => `${h.name}（${PROJECT_STAGE_ZH[h.stage]}）`).join('、')}${more}${zhNote}`,
    en: `${fitting} fitting site(s) exist but went to higher-priority projects: ${shown.map((h) => `${h.name} (${PROJECT_STAGE_EN[h.stage]})`).join(', ')}${moreEn}${enNote}`,
    details: { fitting, holders: holders.map((h) => h.projectId), optimal },
  };
}

/** Why a site suits a project: platform preference (score 1–3). */
export function platformRemark(
  score: number,
  platform: PlatformName,
  industry: Industry,
): Reason<CandidateCode> {
  if (score >= 2) {
    return {
      code: 'target_platform',
      zh: `位于目标平台${platform.zh}${score === 3 ? `（聚焦${INDUSTRY_ZH[industry]}）` : ''}`,
      en: `On the target platform ${platform.en}${score === 3 ? ` (focused on ${INDUSTRY_EN[industry]})` : ''}`,
      details: { platformId: platform.id, score },
    };
  }
  // Only suitable platforms (score ≥ 1, platformSuits) reach the candidate list.
  return {
    code: 'focus_platform',
    zh: `${platform.zh}聚焦${INDUSTRY_ZH[industry]}`,
    en: `${platform.en} focuses on ${INDUSTRY_EN[industry]}`,
    details: { platformId: platform.id, score },
  };
}

/** Area fit of a site: its area and what the project leaves unused. */
export function areaRemark(areaMu: number, demandMu: number): Reason<CandidateCode> {
  return {
    code: 'area_fit',
    zh: `面积 ${zhMu(areaMu)}，需 ${zhMu(demandMu)}，余 ${zhMu(areaMu - demandMu)}`,
    en: `${enMu(areaMu)} for a demand of ${enMu(demandMu)}, ${enMu(areaMu - demandMu)} left over`,
    details: { areaMu, demandMu, unusedMu: areaMu - demandMu },
  };
}

/** The site merges adjacent parcels. */
export function mergedRemark(parcelIds: readonly string[]): Reason<CandidateCode> {
  return {
    code: 'merged',
    zh: `由 ${parcelIds.length} 块相邻地块合并：${parcelIds.join('、')}`,
    en: `${parcelIds.length} adjacent parcels merged: ${parcelIds.join(', ')}`,
    details: { parcelIds: [...parcelIds] },
  };
}

/** When the site can be supplied. */
export function readyRemark(availableFrom: string, asOf: string): Reason<CandidateCode> {
  const now = availableFrom <= asOf;
  return {
    code: 'ready_from',
    zh: now ? '现可供地' : `${formatDate(availableFrom, 'zh-CN')} 起可供`,
    en: now ? 'Available now' : `Available from ${formatDate(availableFrom, 'en')}`,
    details: { availableFrom },
  };
}

/** The planner excluded the project from matching (an override). */
export function excludedByPlanner(): Reason<UnmatchedCode> {
  return {
    code: 'excluded_by_planner',
    zh: '规划人员已将该项目排除出匹配',
    en: 'Excluded from matching by a planner',
    details: {},
  };
}

/** Placed off its target platform because no site there fits it (area, land use or date). */
export function targetNoFit(target: PlatformName, placed: PlatformName): Reason<CrossCode> {
  return {
    code: 'target_no_fit',
    zh: `目标平台${target.zh}没有面积、用途和时间都合适的用地，改配${placed.zh}`,
    en: `No site on the target platform ${target.en} fits (area, land use, date); placed on ${placed.en}`,
    details: { targetPlatformId: target.id, platformId: placed.id },
  };
}

/** Placed off its target platform because its fitting sites there went to `holders`. */
export function targetTaken(
  target: PlatformName,
  placed: PlatformName,
  fitting: number,
  holders: readonly Holder[],
): Reason<CrossCode> {
  const shown = holders.slice(0, 3);
  const more = holders.length > shown.length ? ` 等 ${holders.length} 个项目` : '';
  const moreEn = holders.length > shown.length ? ` and ${holders.length - shown.length} more` : '';
  return {
    code: 'target_taken',
    zh: `目标平台${target.zh}的 ${fitting} 处合适用地已分配给 ${shown.map((h) => `${h.name}（${PROJECT_STAGE_ZH[h.stage]}）`).join('、')}${more}，改配${placed.zh}`,
    en: `The ${fitting} fitting site(s) on the target platform ${target.en} went to ${shown.map((h) => `${h.name} (${PROJECT_STAGE_EN[h.stage]})`).join(', ')}${moreEn}; placed on ${placed.en}`,
    details: {
      targetPlatformId: target.id,
      platformId: placed.id,
      fitting,
      holders: holders.map((h) => h.projectId),
    },
  };
}

/** Fitting sites exist only off the target platform, and `keepTarget` keeps the project on its target. */
export function onlyOffTarget(fitting: number, target: PlatformName): Reason<UnmatchedCode> {
  return {
    code: 'only_off_target',
    zh: `目标平台${target.zh}没有合适用地；其他平台有 ${fitting} 处，但已设定“只在目标平台配地”`,
    en: `No site fits on the target platform ${target.en}; ${fitting} fit elsewhere, but projects are kept on their target platform`,
    details: { fitting, targetPlatformId: target.id },
  };
}
