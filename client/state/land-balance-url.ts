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
import { isIsoDate } from '../../domain/dates.ts';
import {
  DEFAULT_INCLUDE_REDEVELOPMENT,
  DEFAULT_INCLUDE_RESERVE,
  DEFAULT_KEEP_TARGET,
  DEFAULT_POLICY,
  DEFAULT_SLACK,
  MAX_SLACK,
  PLACEMENT_POLICIES,
  type PlacementPolicy,
} from '../../domain/land-balance/option-defaults.ts';
import { parseUrlId } from './url-id.ts';

/** Left-panel tab id of the land balance. */
export const LAND_BALANCE_TAB = 'land-balance';

/** What-if options and the selected project of the land-balance panel. */
export interface LandBalanceView {
  /** Count 储备 reserve land (`reserve`). */
  includeReserve: boolean;
  /** Count 三旧改造 output (`redev`). */
  includeRedevelopment: boolean;
  /** Largest site surplus over the demand, fraction (`slack`). */
  slack: number;
  /** Horizon date, ISO (`hz`); null = none. */
  horizon: string | null;
  /** Pipeline project selected in the list (`lbp`). */
  pipelineProjectId: string | null;
  /** Keep projects on their target platform (`keep`). */
  keepTarget: boolean;
  /** Placement policy (`policy`). */
  policy: PlacementPolicy;
}

/** The land-balance view of a URL without land-balance parameters. */
export const DEFAULT_LAND_BALANCE_VIEW: LandBalanceView = {
  includeReserve: DEFAULT_INCLUDE_RESERVE,
  includeRedevelopment: DEFAULT_INCLUDE_REDEVELOPMENT,
  slack: DEFAULT_SLACK,
  horizon: null,
  pipelineProjectId: null,
  keepTarget: DEFAULT_KEEP_TARGET,
  policy: DEFAULT_POLICY,
};

/** Reads the land-balance parameters of a query string. */
export function parseLandBalanceView(q: URLSearchParams): LandBalanceView {
  const slack = Number(q.get('slack') ?? Number.NaN);
  const hz = q.get('hz');
  const policy = q.get('policy');
  return {
    keepTarget: q.get('keep') === '1',
    policy: (PLACEMENT_POLICIES as readonly string[]).includes(policy ?? '')
      ? (policy as PlacementPolicy)
      : DEFAULT_POLICY,
    includeReserve: q.get('reserve') === '1',
    includeRedevelopment: q.get('redev') === '1',
    slack: Number.isFinite(slack) && slack >= 0 && slack <= MAX_SLACK ? slack : DEFAULT_SLACK,
    horizon: hz != null && isIsoDate(hz) ? hz : null,
    pipelineProjectId: parseUrlId(q.get('lbp')),
  };
}

/** Writes the non-default land-balance parameters into `q`. */
export function writeLandBalanceView(q: URLSearchParams, v: LandBalanceView): void {
  if (v.includeReserve) q.set('reserve', '1');
  if (v.includeRedevelopment) q.set('redev', '1');
  if (v.slack !== DEFAULT_SLACK) q.set('slack', String(v.slack));
  if (v.horizon) q.set('hz', v.horizon);
  if (v.pipelineProjectId) q.set('lbp', v.pipelineProjectId);
  if (v.keepTarget) q.set('keep', '1');
  if (v.policy !== DEFAULT_POLICY) q.set('policy', v.policy);
}
