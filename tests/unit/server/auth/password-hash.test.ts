/** server/auth/password-hash.ts — scrypt (RFC 7914) with a per-password salt, verified in constant time. */
import { describe, expect, it } from 'vitest';
import { deriveKey, hashPassword, verifyPassword } from '../../../../server/auth/password-hash.ts';

const CHEAP = { logN: 10, r: 8, p: 1 };

describe('scrypt', () => {
  it('derives the RFC 7914 §12 test vector (P="password", S="NaCl", N=1024, r=8, p=16, dkLen=64)', async () => {
    const key = await deriveKey('password', Buffer.from('NaCl'), { logN: 10, r: 8, p: 16 }, 64);
    expect(key.toString('hex')).toBe(
      'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640',
    );
  });

  it('salts every hash: the same password twice gives two different hashes, both verifying', async () => {
    const a = await hashPassword('correct horse battery', CHEAP);
    const b = await hashPassword('correct horse battery', CHEAP);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$10\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse battery', b)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
  });

  it('normalises to NFC, so the same text typed with combining marks verifies', async () => {
    const h = await hashPassword('café au lait 2018', CHEAP);
    expect(await verifyPassword('cafe\u0301 au lait 2018', h)).toBe(true);
  });

  it('rejects unreadable or out-of-bounds stored hashes instead of computing them', async () => {
    for (const bad of ['', 'plain', 'scrypt$30$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA', 'bcrypt$10$x']) {
      expect(await verifyPassword('x', bad)).toBe(false);
    }
  });
});
