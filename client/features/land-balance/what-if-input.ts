/**
 * Checks of the what-if inputs before a request is sent, so a bad value gets the UI's own message at its
 * control (never the server's English 400, never silently ignored, no request left spinning): a horizon
 * before the reference date, a size slack that is not a number or outside 0–MAX_SLACK. Dates ISO.
 */
import { MAX_SLACK } from '../../../domain/land-balance/option-defaults.ts';

/** Why a what-if value is refused (an i18n key under `landBalance.input`), or null when it is fine. */
export type WhatIfProblem = 'horizon_before_ref' | 'slack_not_number' | 'slack_out_of_range';

/** A horizon (ISO, or '' for none) against the reference date (ISO; undefined while unknown). */
export function horizonProblem(value: string, refDate: string | undefined): WhatIfProblem | null {
  if (!value || !refDate) return null;
  return value < refDate ? 'horizon_before_ref' : null;
}

/** The slack as typed (a fraction: 0.3 = 30 %). */
export function slackProblem(text: string): WhatIfProblem | null {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) return 'slack_not_number';
  return n < 0 || n > MAX_SLACK ? 'slack_out_of_range' : null;
}
