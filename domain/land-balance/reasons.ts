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
  | 'too_large'
  | 'no_size_fit'
  | 'not_ready_in_time'
  | 'sites_taken';

/** Codes of the remarks on a candidate site. */
export type CandidateCode =
  | 'target_platform'
  | 'focus_platform'
  | 'other_platform'
  | 'area_fit'
  | 'merged'
  | 'ready_from';

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

/** Project asks for floor space (㎡) only: it is not placed on land; `supplyFloorM2` = floor space on offer. */
export function floorSpaceOnly(floorM2: number, supplyFloorM2: number): Reason<UnmatchedCode> {
  return {
    code: 'floor_space_only',
    zh: `需厂房 ${formatM2(floorM2, 'zh-CN')}，不需用地，不参与地块匹配；三旧改造可供厂房共 ${formatM2(supplyFloorM2, 'zh-CN')}`,
    en: `Needs ${formatM2(floorM2, 'en')} of factory floor space, not land, so it is not matched to parcels; redevelopment offers ${formatM2(supplyFloorM2, 'en')} of floor space`,
    details: { floorM2, supplyFloorM2 },
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

/** Every suitable site is smaller than the demand; names the largest on focus platforms and overall. */
export function tooLarge(
  demandMu: number,
  industry: Industry,
  largestFocusMu: number | null,
  largestMu: number,
  largestSiteId: string,
): Reason<UnmatchedCode> {
  const focusZh =
    largestFocusMu === null
      ? `聚焦${INDUSTRY_ZH[industry]}的平台中无可供用地`
      : `聚焦${INDUSTRY_ZH[industry]}的平台中最大可供地块 ${zhMu(largestFocusMu)}`;
  const focusEn =
    largestFocusMu === null
      ? `platforms focused on ${INDUSTRY_EN[industry]} have no available land`
      : `the largest available site on platforms focused on ${INDUSTRY_EN[industry]} is ${enMu(largestFocusMu)}`;
  return {
    code: 'too_large',
    zh: `需 ${zhMu(demandMu)}；${focusZh}；全区最大 ${zhMu(largestMu)}（含相邻地块合并）`,
    en: `Needs ${enMu(demandMu)}; ${focusEn}; the largest anywhere is ${enMu(largestMu)} (adjacent parcels merged)`,
    details: { demandMu, largestFocusMu, largestMu, largestSiteId },
  };
}

/** Suitable sites exist on both sides of the window [demand, demand × (1 + slack)], none inside. */
export function noSizeFit(
  demandMu: number,
  maxMu: number,
  belowMu: number | null,
  aboveMu: number | null,
): Reason<UnmatchedCode> {
  const near = [belowMu, aboveMu].filter((x): x is number => x !== null);
  return {
    code: 'no_size_fit',
    zh: `需 ${zhMu(demandMu)}（可接受 ${zhMu(demandMu)}–${zhMu(maxMu)}）；面积最接近的可供用地为 ${near.map(zhMu).join('、')}`,
    en: `Needs ${enMu(demandMu)} (acceptable ${enMu(demandMu)}–${enMu(maxMu)}); the nearest available sites are ${near.map(enMu).join(' and ')}`,
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

/** Why a site suits a project: platform preference (score 0–3). */
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
  if (score === 1) {
    return {
      code: 'focus_platform',
      zh: `${platform.zh}聚焦${INDUSTRY_ZH[industry]}`,
      en: `${platform.en} focuses on ${INDUSTRY_EN[industry]}`,
      details: { platformId: platform.id, score },
    };
  }
  return {
    code: 'other_platform',
    zh: `${platform.zh}既非目标平台，也不聚焦${INDUSTRY_ZH[industry]}`,
    en: `${platform.en} is neither the target platform nor focused on ${INDUSTRY_EN[industry]}`,
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
