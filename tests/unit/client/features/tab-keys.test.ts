import { describe, expect, it } from 'vitest';
import { nextTabIndex } from '../../../../client/features/tab-keys.ts';

describe('tab list keys (WAI-ARIA APG tabs)', () => {
  it('arrows move and wrap, Home/End jump, other keys do nothing', () => {
    expect(nextTabIndex('ArrowRight', 0, 6)).toBe(1);
    expect(nextTabIndex('ArrowRight', 5, 6)).toBe(0);
    expect(nextTabIndex('ArrowLeft', 0, 6)).toBe(5);
    expect(nextTabIndex('ArrowLeft', 3, 6)).toBe(2);
    expect(nextTabIndex('Home', 4, 6)).toBe(0);
    expect(nextTabIndex('End', 1, 6)).toBe(5);
    expect(nextTabIndex('Enter', 1, 6)).toBeNull();
    expect(nextTabIndex('ArrowRight', 0, 0)).toBeNull();
  });
});
