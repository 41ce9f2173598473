/**
 * The query of the land-balance endpoints (GET /api/land-balance, …/matches, /api/projects/:id/candidates and
 * the override writes) and its translation to domain options; 400 naming the field for a bad value.
 */
import { z } from 'zod';
import { compareIso } from '../../domain/dates.ts';
import {
  type LandBalanceOptions,
  MAX_SLACK,
  PLACEMENT_POLICIES,
  parseOptions,
} from '../../domain/land-balance/index.ts';
import { Industry, IsoDate } from '../../domain/schemas.ts';
import { InvalidInputError } from '../errors.ts';
import { checkPlatforms } from '../read-models/known-platforms.ts';
import type { AppDeps } from '../routes/deps.ts';
import { numberParam } from '../routes/validate.ts';

const booleanParam = z
  .enum(['true', 'false', '1', '0'], { message: 'expected true, false, 1 or 0' })
  .transform((v) => v === 'true' || v === '1');

/** Query of the land-balance endpoints. */
export const LandBalanceQuery = z.object({
  platform: z.string().trim().min(1).max(200).optional(),
  industry: Industry.optional(),
  horizon: IsoDate.optional(),
  refDate: IsoDate.optional(),
  includeReserve: booleanParam.optional(),
  includeRedevelopment: booleanParam.optional(),
  // Quantised to 0.01 (what the what-if slider offers): values a hair apart share one cached matching.
  slack: numberParam
    .pipe(z.number().min(0).max(MAX_SLACK))
    .transform((v) => Math.round(v * 100) / 100)
    .optional(),
  keepTarget: booleanParam.optional(),
  policy: z.enum(PLACEMENT_POLICIES, { message: `expected ${PLACEMENT_POLICIES.join(' or ')}` }).optional(),
});
type LandBalanceQuery = z.output<typeof LandBalanceQuery>;

/** Domain options from a validated query; 400 naming `platform` or `horizon` when they contradict the data. */
export function toOptions(
  q: LandBalanceQuery,
  deps: AppDeps,
  platformIds: readonly string[],
): LandBalanceOptions {
  const asOf = q.refDate ?? deps.referenceDate;
  checkPlatforms(platformIds, q.platform ? [q.platform] : []);
  if (q.horizon != null && compareIso(q.horizon, asOf) < 0) {
    throw new InvalidInputError('horizon', `horizon: ${q.horizon} is before the reference date ${asOf}`);
  }
  return parseOptions({
    asOf,
    horizon: q.horizon,
    platformId: q.platform,
    industry: q.industry,
    // Absent toggles and slack take the domain defaults (domain/land-balance/option-defaults.ts).
    includeReserve: q.includeReserve,
    includeRedevelopment: q.includeRedevelopment,
    slack: q.slack,
    keepTarget: q.keepTarget,
    policy: q.policy,
  });
}
