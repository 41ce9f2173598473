/**
 * Inputs of the land balance and of matching. Areas in 亩 (`…Mu`) or ㎡ (`…M2`), money in 万元, dates ISO.
 * The zod schema is for the API edge; the domain functions take the parsed (defaulted) shape.
 */
import { z } from 'zod';
import type { AreaGeometry, Parcel, Platform, Project, RedevelopmentSite } from '../schemas.ts';
import { Industry, IsoDate } from '../schemas.ts';
import {
  DEFAULT_INCLUDE_REDEVELOPMENT,
  DEFAULT_INCLUDE_RESERVE,
  DEFAULT_KEEP_TARGET,
  DEFAULT_POLICY,
  DEFAULT_SLACK,
  MAX_SLACK,
  PLACEMENT_POLICIES,
} from './option-defaults.ts';
import type { Overrides } from './overrides.ts';

/** Options shared by `computeLandBalance` and `matchProjects`. */
export const LandBalanceOptions = z.object({
  /** Reference date (数据截止日): "now" for supply and the start of the quarter axis. */
  asOf: IsoDate,
  /** Last date counted: later supply and demand are left out (and listed as excluded). Default: no limit. */
  horizon: IsoDate.optional(),
  /** Count 储备 reserve parcels from their expected ready date (default off, option-defaults.ts). */
  includeReserve: z.boolean().default(DEFAULT_INCLUDE_RESERVE),
  /** Count 三旧改造 output (land and floor space) from its expected completion (default off). */
  includeRedevelopment: z.boolean().default(DEFAULT_INCLUDE_REDEVELOPMENT),
  /** Largest acceptable surplus of a site over a project's demand, as a fraction (0.3 = site ≤ demand × 1.3). */
  slack: z.number().min(0).max(MAX_SLACK).default(DEFAULT_SLACK),
  /** Restrict demand (and supply in the balance) to one platform. */
  platformId: z.string().min(1).optional(),
  /** Restrict demand (and the supply usable by it) to one industry. */
  industry: Industry.optional(),
  /** Largest number of adjacent parcels merged into one candidate site (1 = no merging). Default 4. */
  maxGroupSize: z.number().int().min(1).max(6).default(4),
  /** Wall-clock limit for the exact solver, seconds; when hit, the remaining MIP gap is reported. */
  timeLimitSec: z.number().positive().max(3600).default(60),
  /**
   * Projects only on their target platform (hard constraint); a project without a target platform keeps
   * every suitable platform. Default off (option-defaults.ts).
   */
  keepTarget: z.boolean().default(DEFAULT_KEEP_TARGET),
  /** Placement policy: platform preference below (`area_first`) or above (`target_first`) matched area. */
  policy: z.enum(PLACEMENT_POLICIES).default(DEFAULT_POLICY),
  /** Candidate sites listed per project in the result (the solver sees all of them). */
  candidatesPerProject: z.number().int().min(0).max(200).default(10),
});
/** Parsed options (defaults applied). */
export type LandBalanceOptions = z.output<typeof LandBalanceOptions>;
/** Options as a caller may write them (defaults optional). */
export type LandBalanceOptionsInput = z.input<typeof LandBalanceOptions>;

/** A parcel with its boundary (lon/lat); matching needs the geometry to find adjacent parcels. */
export type ParcelWithGeometry = Parcel & { geometry: AreaGeometry };

/** Everything the land balance reads. Parcels need `geometry` only for `matchProjects`. */
export interface LandBalanceInput<P extends Parcel = Parcel> {
  parcels: readonly P[];
  projects: readonly Project[];
  platforms: readonly Platform[];
  redevelopment: readonly RedevelopmentSite[];
  options: LandBalanceOptionsInput;
  /** The planner's locks and exclusions (matching only; none when absent). */
  overrides?: Overrides;
}

/** Applies defaults and validates; throws a ZodError on bad options (a programming or validation error). */
export function parseOptions(o: LandBalanceOptionsInput): LandBalanceOptions {
  return LandBalanceOptions.parse(o);
}
