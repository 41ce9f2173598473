import { describe, expect, it } from 'vitest';
import { scopeOrder } from '../../../../../client/features/dashboard/scope-order.ts';

describe('scopeOrder', () => {
  it('puts the zone first, then platforms in app order, then unknown scopes', () => {
    const targets = [{ scope: 'zcq' }, { scope: 'mystery' }, { scope: 'belt-357' }, { scope: 'zcq' }];
    expect(scopeOrder(targets, ['belt-357', 'zcq', 'tonghu'])).toEqual([
      'zone',
      'belt-357',
      'zcq',
      'mystery',
    ]);
  });

  it('always has the zone, even without zone targets', () => {
    expect(scopeOrder([], ['belt-357'])).toEqual(['zone']);
  });
});
