/**
 * Password hashing with scrypt (RFC 7914), a memory-hard key derivation function, from node:crypto — no extra
 * dependency. Each password gets its own 16-byte random salt; the cost parameters are stored with the hash
 * (`scrypt$<log2 N>$<r>$<p>$<salt>$<key>`, base64), so they can be raised later without invalidating old
 * hashes. Verification compares in constant time (timingSafeEqual).
 *
 * Default cost: N = 2^17, r = 8, p = 1 (128 MiB, ≈ 0.3 s on a 2-core server) — the OWASP Password Storage
 * Cheat Sheet's minimum for scrypt. Derivation runs on libuv's thread pool, not the event loop.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost parameters: N = 2^logN (CPU/memory cost), r (block size), p (parallelism). */
export type ScryptCost = { logN: number; r: number; p: number };

/** OWASP Password Storage Cheat Sheet: scrypt N=2^17, r=8, p=1. */
export const DEFAULT_COST: ScryptCost = { logN: 17, r: 8, p: 1 };

const KEY_BYTES = 32;
const SALT_BYTES = 16;

/** scrypt of `password` (NFC-normalised UTF-8) with `salt`; `bytes` long. */
export function deriveKey(password: string | Buffer, salt: Buffer, cost: ScryptCost, bytes = KEY_BYTES) {
  const N = 2 ** cost.logN;
  // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is below the OWASP cost.
  const maxmem = 256 * N * cost.r + 1024 * 1024;
  const input = typeof password === 'string' ? Buffer.from(password.normalize('NFC'), 'utf8') : password;
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(input, salt, bytes, { N, r: cost.r, p: cost.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** A new stored hash of `password` with a fresh random salt. */
export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt, cost);
  return ['scrypt', cost.logN, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

type Parsed = { cost: ScryptCost; salt: Buffer; key: Buffer };

function parseHash(stored: string): Parsed | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [logN, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  // Bounds keep a tampered row from asking for gigabytes.
  if (!(logN >= 10 && logN <= 20 && r >= 1 && r <= 32 && p >= 1 && p <= 16)) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const key = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length < 8 || key.length < 16) return null;
  return { cost: { logN, r, p }, salt, key };
}

/** True when `password` matches the stored hash; false for a wrong password or an unreadable hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await deriveKey(password, parsed.salt, parsed.cost, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

const dummies = new Map<string, Promise<string>>();

/**
 * Spends the same work as verifying a real password hashed at `cost`, for a login name that does not exist, so
 * the response time does not tell an attacker whether the account exists.
 */
export async function burnVerification(password: string, cost: ScryptCost = DEFAULT_COST): Promise<void> {
  const key = `${cost.logN}/${cost.r}/${cost.p}`;
  let dummy = dummies.get(key);
  if (!dummy) {
    dummy = hashPassword('not a password of anyone', cost);
    dummies.set(key, dummy);
  }
  await verifyPassword(password, await dummy);
}
