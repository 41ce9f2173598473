/**
 * The land-balance part of the URL state (the tab itself is `tab=land-balance`):
 *
 *   reserve=1             count 储备 reserve land (default off: supply is the land in hand)
 *   redev=1               count 三旧改造 output (default off)
 *   slack=0.5             largest site surplus over the demand, fraction 0–2 (default 0.3)
 *   hz=2018-12-31         horizon: supply and demand after it are left out (default none)
 *   lbp=prj-0053          pipeline project selected in the list (its candidate sites on the map)
 *   keep=1                keep projects on their target platform (hard constraint; default off)
 *   policy=target_first   placement policy: target platform before area (default area_first)
 * Defaults are omitted; malformed values fall back to them.
 */

import { isIsoDate } from '../../../domain/dates.ts';
import { URL_ID_PATTERN } from '../../../domain/ids.ts';
import {
  DEFAULT_INCLUDE_REDEVELOPMENT,
  DEFAULT_INCLUDE_RESERVE,
  DEFAULT_KEEP_TARGET,
  DEFAULT_POLICY,
  DEFAULT_SLACK,
  MAX_SLACK,
  PLACEMENT_POLICIES,
  type PlacementPolicy,
} from '../../../domain/land-balance/option-defaults.ts';

/** Left-panel tab id of the land balance. */
export const LAND_BALANCE_TAB = 'land-balance';
export { DEFAULT_SLACK, MAX_SLACK };

/** What-if options and the selected project of the land-balance panel. */
export interface LandBalanceView {
  reserve: boolean;
  redev: boolean;
  slack: number;
  horizon: string | null;
  project: string | null;
  keepTarget: boolean;
  policy: PlacementPolicy;
}

export const DEFAULT_LB: LandBalanceView = {
  reserve: DEFAULT_INCLUDE_RESERVE,
  redev: DEFAULT_INCLUDE_REDEVELOPMENT,
  slack: DEFAULT_SLACK,
  horizon: null,
  project: null,
  keepTarget: DEFAULT_KEEP_TARGET,
  policy: DEFAULT_POLICY,
};

const ID = URL_ID_PATTERN;

/** Reads the land-balance parameters of a query string. */
export function parseLandBalanceView(q: URLSearchParams): LandBalanceView {
  const slack = Number(q.get('slack') ?? Number.NaN);
  const hz = q.get('hz');
  const p = q.get('lbp');
  const policy = q.get('policy');
  return {
    keepTarget: q.get('keep') === '1',
    policy: (PLACEMENT_POLICIES as readonly string[]).includes(policy ?? '')
      ? (policy as PlacementPolicy)
      : DEFAULT_POLICY,
    reserve: q.get('reserve') === '1',
    redev: q.get('redev') === '1',
    slack: Number.isFinite(slack) && slack >= 0 && slack <= MAX_SLACK ? slack : DEFAULT_SLACK,
    horizon: hz != null && isIsoDate(hz) ? hz : null,
    project: p != null && ID.test(p) ? p : null,
  };
}

/** Writes the non-default land-balance parameters into `q`. */
export function writeLandBalanceView(q: URLSearchParams, v: LandBalanceView): void {
  if (v.reserve) q.set('reserve', '1');
  if (v.redev) q.set('redev', '1');
  if (v.slack !== DEFAULT_SLACK) q.set('slack', String(v.slack));
  if (v.horizon) q.set('hz', v.horizon);
  if (v.project) q.set('lbp', v.project);
  if (v.keepTarget) q.set('keep', '1');
  if (v.policy !== DEFAULT_POLICY) q.set('policy', v.policy);
}
