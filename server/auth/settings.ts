/** Account and session settings of the app (from server/env.ts in production; tests pass their own). */
import { PASSWORD_MIN_DEFAULT } from '../../domain/password-rules.ts';
import { DEFAULT_COST, type ScryptCost } from './password-hash.ts';

export type AuthSettings = {
  /** Whether reading (map, lists, reports, exports) works without signing in. Writing never does. */
  anonymousRead: boolean;
  /** A session ends after this long without a request, ms. */
  sessionIdleMs: number;
  /** A session ends this long after sign-in however active, ms. */
  sessionMaxMs: number;
  /** Failed sign-ins per login name within `failureWindowMs` before that name is refused. */
  maxFailuresPerLogin: number;
  /** Failed sign-ins per client address within `failureWindowMs` before that address is refused. */
  maxFailuresPerAddress: number;
  /** Sliding window over which failures count, ms. */
  failureWindowMs: number;
  /** Shortest new password, characters. */
  passwordMinLength: number;
  /** scrypt cost of new password hashes. */
  passwordCost: ScryptCost;
  /** Take the client address from X-Forwarded-For / the scheme from X-Forwarded-Proto (behind a reverse proxy). */
  trustProxy: boolean;
};

const MINUTE = 60_000;

/** Defaults, documented in the README's configuration table. */
export const DEFAULT_AUTH: AuthSettings = {
  anonymousRead: true,
  sessionIdleMs: 60 * MINUTE,
  sessionMaxMs: 12 * 60 * MINUTE,
  maxFailuresPerLogin: 5,
  maxFailuresPerAddress: 20,
  failureWindowMs: 15 * MINUTE,
  passwordMinLength: PASSWORD_MIN_DEFAULT,
  passwordCost: DEFAULT_COST,
  trustProxy: false,
};
