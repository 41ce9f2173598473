/** server/auth/sign-in-limiter.ts — the wait until a sliding window drops below its limit. */
import { describe, expect, it } from 'vitest';
import { waitMs } from '../../../../server/auth/sign-in-limiter.ts';

describe('waitMs', () => {
  it('is 0 below the limit', () => {
    expect(waitMs([1000, 2000], 3, 60_000, 5000)).toBe(0);
  });
  it('waits until the oldest counted failure leaves the window', () => {
    // Limit 3 over 60 s; failures at 1 s, 2 s, 3 s; now 5 s → the 1 s failure leaves at 61 s.
    expect(waitMs([1000, 2000, 3000], 3, 60_000, 5000)).toBe(56_000);
    // With 4 failures, two must leave before fewer than 3 remain: the 2 s one leaves at 62 s.
    expect(waitMs([1000, 2000, 3000, 4000], 3, 60_000, 5000)).toBe(57_000);
  });
});
