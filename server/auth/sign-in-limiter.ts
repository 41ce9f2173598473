/**
 * Throttling of failed sign-ins (OWASP Authentication Cheat Sheet, "Login Throttling"): at most
 * `maxFailuresPerLogin` failures per login name and `maxFailuresPerAddress` per client address within a sliding
 * `failureWindowMs`; beyond that, attempts are refused before the password is even checked, until the oldest
 * counted failure leaves the window. Failures count per login name whether or not the account exists, and the
 * refusal reads the same either way, so the throttle gives no hint that an account exists.
 */
import type { Database } from 'better-sqlite3';
import {
  clearFailuresForLogin,
  failuresForAddress,
  failuresForLogin,
  pruneSignInFailures,
  recordSignInFailure,
} from '../db/queries/sign-in-failures.ts';
import { TooManyAttemptsError } from '../errors.ts';
import type { AuthSettings } from './settings.ts';

type Limits = Pick<AuthSettings, 'maxFailuresPerLogin' | 'maxFailuresPerAddress' | 'failureWindowMs'>;

/** Milliseconds until `times` (failures within the window, oldest first) drops below `max`; 0 when it already is. */
export function waitMs(times: readonly number[], max: number, windowMs: number, now: number): number {
  if (times.length < max) return 0;
  const oldestCounted = times[times.length - max] ?? now;
  return Math.max(0, oldestCounted + windowMs - now);
}

/** Throws 429 (with the wait) when `login` or `address` has used up its failures. */
export function checkSignInAllowed(
  db: Database,
  s: Limits,
  login: string,
  address: string,
  now: number,
): void {
  const since = now - s.failureWindowMs;
  const wait = Math.max(
    waitMs(failuresForLogin(db, login, since), s.maxFailuresPerLogin, s.failureWindowMs, now),
    waitMs(failuresForAddress(db, address, since), s.maxFailuresPerAddress, s.failureWindowMs, now),
  );
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    const minutes = Math.ceil(seconds / 60);
    throw new TooManyAttemptsError(
      seconds,
      `登录失败次数过多，请 ${minutes} 分钟后再试 / too many failed sign-ins; try again in ${minutes} min`,
    );
  }
}

/** Counts a failure (and forgets failures that left the window). */
export function noteSignInFailure(
  db: Database,
  s: Limits,
  login: string,
  address: string,
  now: number,
): void {
  pruneSignInFailures(db, now - s.failureWindowMs);
  recordSignInFailure(db, login, address, now);
}

/** After a successful sign-in the login name starts afresh (the address keeps its count). */
export const noteSignInSuccess = (db: Database, login: string): void => clearFailuresForLogin(db, login);
