/**
 * What a click on an overview chart bar does to the parcel filters: it sets exactly what the bar describes and
 * clears every other parcel filter, so successive clicks replace each other instead of piling up (北斗 then
 * 357 规划 used to AND into an empty map). The charts follow the platform filter, so a bar of a platform-scoped
 * chart still describes that platform.
 */
import type { Industry, LandState } from '../../../domain/enums.ts';
import type { Filters } from '../../state/url-state.ts';
import { EMPTY_FILTERS } from '../../state/url-state.ts';

/** Filters for a bar of 各产业计划投资: the industry, within the chart's platform scope (null = whole zone). */
export function investmentBarFilters(scopePlatform: string | null, industry: Industry): Filters {
  return { ...EMPTY_FILTERS, platform: scopePlatform, industry };
}

/** Filters for a bar of 各平台土地供应状态: that platform and that land state only. */
export function landBarFilters(platformId: string, state: LandState): Filters {
  return { ...EMPTY_FILTERS, platform: platformId, states: [state] };
}
