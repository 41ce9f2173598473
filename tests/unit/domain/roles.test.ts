/** domain/roles.ts — who may write to a platform's data; domain/accounts.ts — request bodies. */
import { describe, expect, it } from 'vitest';
import { LoginRequest } from '../../../domain/accounts.ts';
import { canWrite, writeRefusal } from '../../../domain/roles.ts';

describe('writeRefusal', () => {
  it.each([
    [null, 'p1', 'signed_out'],
    [{ role: 'viewer', platforms: [] }, 'p1', 'viewer'],
    [{ role: 'editor', platforms: [] }, 'p1', null],
    [{ role: 'editor', platforms: ['p1'] }, 'p1', null],
    [{ role: 'editor', platforms: ['p2'] }, 'p1', 'other_platform'],
    [{ role: 'editor', platforms: ['p2'] }, null, 'other_platform'],
    [{ role: 'admin', platforms: [] }, 'p1', null],
  ] as const)('%j on %s → %s', (user, platform, expected) => {
    expect(writeRefusal(user, platform)).toBe(expected);
  });

  it('only editors and admins write', () => {
    expect([canWrite('viewer'), canWrite('editor'), canWrite('admin')]).toEqual([false, true, true]);
  });

  it('keeps spaces inside a password (they are characters of it) and trims the login', () => {
    expect(LoginRequest.parse({ login: ' li ', password: ' a b ' })).toEqual({
      login: 'li',
      password: ' a b ',
    });
  });
});
