/**
 * Defaults and limits of the land-balance options, defined once for the domain schema (options.ts), the
 * API (server/routes/land-balance.ts) and the client's URL state. No imports, so the client can take these
 * numbers without pulling in zod.
 */

/** Default `slack`: a candidate site may exceed the project's demand by up to 30 % (site ≤ demand × 1.3). */
export const DEFAULT_SLACK = 0.3;
/** Largest accepted `slack` (2: a site three times the demand is no longer a fit). */
export const MAX_SLACK = 2;
/**
 * Default of `includeReserve` (count 储备 land from its expected ready date): off, so the balance measures
 * the land in hand (净地可供 / 挂牌) — what a shortage is measured against; the what-if toggle adds it.
 */
export const DEFAULT_INCLUDE_RESERVE = false;
/** Default of `includeRedevelopment` (count 三旧改造 output from its expected completion): off, as reserve. */
export const DEFAULT_INCLUDE_REDEVELOPMENT = false;

/**
 * Placement policies (the order of the matching's objective levels, project-fit.ts):
 * - `area_first`: place as much demand as possible anywhere suitable (签约 first), the platform preference last;
 * - `target_first`: first the demand placed on each project's own target platform (签约 first), then as
 *   `area_first` — a project goes elsewhere only where that displaces no one from its target.
 */
export const PLACEMENT_POLICIES = ['area_first', 'target_first'] as const;
/** A placement policy. */
export type PlacementPolicy = (typeof PLACEMENT_POLICIES)[number];
/** Default policy: the "matched demand as large as possible, higher stages first". */
export const DEFAULT_POLICY: PlacementPolicy = 'area_first';
/** Default of `keepTarget` (projects only on their target platform, a hard constraint): off. */
export const DEFAULT_KEEP_TARGET = false;

/** Chinese names of the placement policies, as the UI and every land-balance export print them. */
export const PLACEMENT_POLICY_ZH: Record<PlacementPolicy, string> = {
  area_first: '先配足面积（任意合适平台，签约优先）',
  target_first: '先配目标平台（签约优先）',
};
