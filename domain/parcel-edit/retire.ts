/**
 * 退出台账 — retiring a parcel with a reason: the record leaves the current map, search, lists and totals and
 * stays in the history (GET /api/parcels/:id, past dates), as the parcels a split or merge replaced do. For a
 * record entered by mistake, a duplicate, or land the cadastre no longer counts (a road widening took it).
 *
 * Only for land not yet offered: 规划, 储备, 净地可供. Land 挂牌 is in a public procedure, and land from 已出让 on is
 * held under a grant or allocation — its record changes by 分宗/合宗, by a state change or its 更正, never by
 * dropping it (this project's rule; the bureau's practice for withdrawn grants, 收回, goes through the idle-land
 * procedure and a state change). A parcel that holds projects or a 三旧 site must lose those links first, so no
 * project or site points at history. The date is the day it stopped counting: not in the future, not before the
 * parcel's own last recorded event.
 */
import type { LandState } from '../enums.ts';
import { LAND_STATE_ZH } from '../enums.ts';
import { stateIndex } from '../land-states.ts';

/** Audit action of a retirement. */
export const RETIRE_ACTION = 'parcel.retire';
/** Longest reason, characters. */
export const RETIRE_REASON_MAX = 200;
/** The stored `retired_reason` of a parcel retired this way (beside split, merge, undo). */
export const RETIRED_BY_EDITOR = 'retired';

/** What the rule reads of the parcel. */
export interface RetireFacts {
  state: LandState;
  retiredOn: string | null;
  /** The parcel's last recorded event date (ISO), null without events. */
  lastEventDate: string | null;
  /** Names of the projects holding it, and codes of the 三旧 site on it. */
  projectNames: readonly string[];
  siteCodes: readonly string[];
}

/** Why a retirement is refused (422 `code` on `field`, message in Chinese then English). */
export interface RetireRefusal {
  code:
    | 'already_retired'
    | 'offered_or_granted'
    | 'has_projects'
    | 'has_site'
    | 'date_in_future'
    | 'date_too_early';
  field: 'id' | 'date';
  message: string;
}

/** The refusal of retiring a parcel with `facts` on `date` (ISO) when today is `today`; null when allowed. */
export function retireRefusal(facts: RetireFacts, date: string, today: string): RetireRefusal | null {
  const { state, retiredOn, lastEventDate, projectNames, siteCodes } = facts;
  if (retiredOn)
    return {
      code: 'already_retired',
      field: 'id',
      message: `已于 ${retiredOn} 退出台账。 Retired on ${retiredOn} already.`,
    };
  if (stateIndex(state) >= stateIndex('listed'))
    return {
      code: 'offered_or_granted',
      field: 'id',
      message: `${LAND_STATE_ZH[state]}的地块不能退出台账（挂牌或已供应的土地以分宗、合宗或状态变更更正）。 A parcel in state ${state} cannot be retired: land offered or supplied changes by split, merge or a state change.`,
    };
  if (projectNames.length)
    return {
      code: 'has_projects',
      field: 'id',
      message: `地块关联项目 ${projectNames.join('、')}，请先解除关联。 Unlink its projects first: ${projectNames.join(', ')}.`,
    };
  if (siteCodes.length)
    return {
      code: 'has_site',
      field: 'id',
      message: `地块关联三旧改造项目 ${siteCodes.join('、')}，请先解除关联。 Unlink its 三旧 site first: ${siteCodes.join(', ')}.`,
    };
  if (date > today)
    return {
      code: 'date_in_future',
      field: 'date',
      message: `日期 ${date} 晚于今天。 ${date} is in the future.`,
    };
  if (lastEventDate && date < lastEventDate)
    return {
      code: 'date_too_early',
      field: 'date',
      message: `日期 ${date} 早于地块最后一条记录（${lastEventDate}）。 ${date} is before the parcel's last record (${lastEventDate}).`,
    };
  return null;
}
