/**
 * Rules for a new password, after NIST SP 800-63B §5.1.1.2 (memorized secrets): a minimum length (the
 * guideline's floor is 8; we default to 10 and the server makes it configurable), a generous maximum, no
 * composition rules, and a refusal of values that are commonly used, repetitive or sequential, or that contain
 * the account's own login name. Length counts Unicode code points after NFC normalisation (§5.1.1.2: "each
 * Unicode code point SHALL be counted as a single character"), so 汉字 passwords are not penalised.
 */

/** Default shortest password, characters (NIST SP 800-63B requires at least 8). */
export const PASSWORD_MIN_DEFAULT = 10;
/** Longest password, characters (NIST SP 800-63B: allow at least 64). */
export const PASSWORD_MAX = 256;

/** Why a password is refused. */
export type PasswordProblem =
  | 'too_short'
  | 'too_long'
  | 'contains_login'
  | 'repetitive'
  | 'sequential'
  | 'common';

/** Outcome of checkPassword. */
export type PasswordCheck = { ok: true } | { ok: false; problem: PasswordProblem; message: string };

/**
 * Commonly used passwords (the head of the lists published from breach corpora, plus the Chinese keyboard and
 * pinyin favourites). Matching is case-insensitive on the whole password.
 */
const COMMON = new Set([
  'password',
  'password1',
  'password12',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'qwertyuiop',
  'qwerty123',
  'qwerty1234',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  '1qaz2wsx',
  'zaq12wsx',
  'asdfghjkl',
  'iloveyou',
  'iloveyou1',
  'woaini1314',
  'woaini520',
  '5201314520',
  'admin123',
  'admin1234',
  'administrator',
  'letmein123',
  'welcome123',
  'changeme',
  'changeme123',
  'football',
  'baseball',
  'sunshine1',
  'princess1',
  'dragon123',
  'monkey123',
  'abc123456',
  'abcd1234',
  'a123456789',
  'aa123456',
  'zhongkai',
  'huizhou',
]);

const chars = (s: string): string[] => [...s.normalize('NFC')];

/** True when every code point is the same (`aaaaaaaaaa`, `0000000000`). */
const isRepetitive = (cs: readonly string[]): boolean => cs.every((c) => c === cs[0]);

/** True when the code points rise or fall by one throughout (`1234567890`, `abcdefghij`, `9876543210`). */
function isSequential(cs: readonly string[]): boolean {
  if (cs.length < 3) return false;
  const cp = (c: string | undefined) => c?.codePointAt(0) ?? 0;
  // On the keyboard's digit row 0 follows 9.
  const steps = cs.slice(1).map((c, i) => (c === '0' && cs[i] === '9' ? 1 : cp(c) - cp(cs[i])));
  return steps.every((d) => d === 1) || steps.every((d) => d === -1);
}

/**
 * Checks a new password for `login`. `minLength` in characters (code points); messages are bilingual (zh / en).
 */
export function checkPassword(
  password: string,
  login: string,
  minLength = PASSWORD_MIN_DEFAULT,
): PasswordCheck {
  const cs = chars(password);
  const fail = (problem: PasswordProblem, message: string): PasswordCheck => ({
    ok: false,
    problem,
    message,
  });
  if (cs.length < minLength) {
    return fail(
      'too_short',
      `密码至少 ${minLength} 个字符 / password must have at least ${minLength} characters`,
    );
  }
  if (cs.length > PASSWORD_MAX) {
    return fail(
      'too_long',
      `密码最多 ${PASSWORD_MAX} 个字符 / password must have at most ${PASSWORD_MAX} characters`,
    );
  }
  const lower = password.normalize('NFC').toLowerCase();
  const name = login.trim().toLowerCase();
  if (name.length >= 3 && lower.includes(name)) {
    return fail('contains_login', '密码不能包含登录名 / password must not contain the login name');
  }
  if (isRepetitive(cs))
    return fail('repetitive', '密码不能是同一字符的重复 / password must not repeat one character');
  if (isSequential(cs))
    return fail('sequential', '密码不能是连续字符 / password must not be a sequence like 1234567890');
  if (COMMON.has(lower)) return fail('common', '密码过于常见 / this password is too common');
  return { ok: true };
}
