/**
 * The message to show for a failed account request, in the UI language, chosen by the server's error code
 * (`namespace.error_<code>` when the namespace has one); other failures show the server's text.
 */
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.ts';

/** Error codes of the account routes that have a message of their own, per i18n namespace (keys type-checked). */
const AUTH_CODES = [
  'invalid_credentials',
  'too_many_attempts',
  'wrong_password',
  'password_too_short',
  'password_too_long',
  'password_contains_login',
  'password_repetitive',
  'password_sequential',
  'password_common',
] as const;
const ADMIN_CODES = [
  'login_taken',
  'last_admin',
  'platforms_not_applicable',
  'unknown_platform',
  'invalid_input',
] as const;

const isOneOf = <T extends string>(list: readonly T[], code: string): code is T =>
  (list as readonly string[]).includes(code);

/** Localised text of `error` (password rules take `min`, the configured minimum length). */
export function errorMessage(t: TFunction, error: unknown, min: number): string {
  if (error instanceof ApiError) {
    if (isOneOf(AUTH_CODES, error.code)) return t(`auth.error_${error.code}`, { min });
    if (isOneOf(ADMIN_CODES, error.code)) return t(`admin.error_${error.code}`, { message: error.message });
  }
  return t('auth.failed', { message: error instanceof Error ? error.message : String(error) });
}
