/**
 * The UI's own words for a refused override write: a lock that breaks a matching rule comes back as 422
 * `lock_<rule>` (server/routes/land-balance-overrides.ts); the rule is shown in the UI language, the server's
 * detail (English, with the figures) beside it. Anything else is shown with the server's message.
 */
import { ApiError } from '../../api/client.ts';

/** Rules a lock can break, as the server names them after `lock_`. */
export const LOCK_RULES = [
  'not_in_pipeline',
  'site_not_supply',
  'site_not_connected',
  'land_use',
  'platform',
  'area_window',
  'not_ready_in_time',
  'lock_site_taken',
] as const;
export type LockRuleKey = (typeof LOCK_RULES)[number];

/** What to show for a failed write: the broken rule (an i18n key under `landBalance.lockRule`) or a message. */
export type OverrideFailure = { rule: LockRuleKey; detail: string } | { rule: null; detail: string };

/** Classifies `err` (from useOverrideWrite) for display. */
export function overrideFailure(err: unknown): OverrideFailure {
  const detail = err instanceof Error ? err.message.replace(/^lock refused: /, '') : String(err);
  if (err instanceof ApiError && err.status === 422) {
    const code = err.code === 'lock_site_taken' ? 'lock_site_taken' : err.code.replace(/^lock_/, '');
    const rule = LOCK_RULES.find((r) => r === code);
    if (rule) return { rule, detail };
  }
  return { rule: null, detail };
}
