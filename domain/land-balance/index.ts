/** Public API of the land balance and matching (issue 5). Units: 亩 for land, ㎡ for floor space, 万元. */
export { type AdjacencyOptions, findAdjacentPairs, sharedBoundaryM } from './adjacency.ts';
export type { CandidateSite } from './candidate-sites.ts';
export type { Demand, DemandItem } from './demand.ts';
export { computeDemand, isPipelineProject, UNASSIGNED_PLATFORM } from './demand.ts';
export { computeLandBalance, type LandBalance } from './land-balance.ts';
export { checkLock, type LockRefusal, type LockRule } from './lock-rules.ts';
export type { Assignment, CandidateView, MatchResult, SolverInfo, Unmatched } from './matching.ts';
export { matchProjects } from './matching.ts';
export {
  DEFAULT_INCLUDE_REDEVELOPMENT,
  DEFAULT_INCLUDE_RESERVE,
  DEFAULT_KEEP_TARGET,
  DEFAULT_POLICY,
  DEFAULT_SLACK,
  MAX_SLACK,
  PLACEMENT_POLICIES,
  PLACEMENT_POLICY_ZH,
  type PlacementPolicy,
} from './option-defaults.ts';
export {
  type LandBalanceInput,
  LandBalanceOptions,
  type LandBalanceOptionsInput,
  type ParcelWithGeometry,
  parseOptions,
} from './options.ts';
export type { Lock, Overrides } from './overrides.ts';
export { NO_OVERRIDES } from './overrides.ts';
export type { CandidateCode, CrossCode, Reason, UnmatchedCode } from './reasons.ts';
export type {
  Balance,
  CellBalance,
  Gross,
  IndustryBalance,
  PlatformBalance,
  QuarterBalance,
  Shortfall,
  Split,
} from './shortfall.ts';
export { computeShortfall, grossOf } from './shortfall.ts';
export { landUseSuits, platformPreference } from './suitability.ts';
export type { ParcelSupplyFilter, Supply, SupplyItem, SupplyRow } from './supply.ts';
export { computeSupply, parcelSupply, parcelSupplyFilter } from './supply.ts';
export { type TradeOff, type TradeOffProject, tradeOff, tradeOffReason } from './trade-off.ts';
