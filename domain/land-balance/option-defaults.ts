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
