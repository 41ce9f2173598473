/** domain/password-rules.ts — NIST SP 800-63B §5.1.1.2 (length in code points, blocklist, no composition rules). */
import { describe, expect, it } from 'vitest';
import { checkPassword } from '../../../domain/password-rules.ts';

describe('checkPassword', () => {
  it.each([
    ['correct horse battery staple', 'li'],
    ['只用汉字的密码也可以用', 'li'], // 11 code points: Chinese passphrases are not penalised
    ['Tr0ub4dor&3', 'li'],
    ['1234567899', 'li'], // not a sequence throughout
    ['abcdefghik', 'li'],
  ])('accepts %j', (pw, login) => {
    expect(checkPassword(pw, login)).toEqual({ ok: true });
  });

  it.each([
    ['123456789', 'li', 'too_short'], // 9 < 10
    ['只用汉字的密码', 'li', 'too_short'], // 7 code points
    ['y'.repeat(257), 'li', 'too_long'],
    ['zhangsan2018!', 'ZhangSan', 'contains_login'],
    ['0000000000', 'li', 'repetitive'],
    ['1234567890', 'li', 'sequential'],
    ['9876543210', 'li', 'sequential'],
    ['abcdefghij', 'li', 'sequential'],
    ['QWERTYUIOP', 'li', 'common'],
    ['woaini1314', 'li', 'common'],
    ['Password123', 'li', 'common'],
  ])('refuses %j (login %s) as %s', (pw, login, problem) => {
    const r = checkPassword(pw, login);
    expect(r).toMatchObject({ ok: false, problem });
  });

  it('takes the minimum length as a parameter (NIST floor 8)', () => {
    expect(checkPassword('harbor12', 'li', 8)).toEqual({ ok: true });
    expect(checkPassword('harbor12x', 'li', 12)).toMatchObject({ ok: false, problem: 'too_short' });
  });

  it('ignores login names shorter than 3 characters (they would forbid too much)', () => {
    expect(checkPassword('li-river-bank', 'li')).toEqual({ ok: true });
  });
});
