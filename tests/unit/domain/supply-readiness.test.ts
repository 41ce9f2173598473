import { describe, expect, it } from 'vitest';
import { readinessOf } from '../../../domain/supply-readiness.ts';

const record = {
  conversionApproved: '2016-03-09',
  quotaAllocated: true,
  demolitionPct: 80,
  siteLevelled: false,
};

describe('readinessOf (批而未供, 自然资规〔2018〕1号 增存挂钩: flagged two years after approval)', () => {
  it('counts the days since approval while unsupplied; warns from day 730', () => {
    expect(readinessOf('reserve', record, '2018-10-01', '2018-03-08')).toEqual({
      ...record,
      expectedReady: '2018-10-01',
      approvedUnsuppliedDays: 729,
      approvedUnsuppliedWarning: false,
    });
    expect(readinessOf('reserve', record, '2018-10-01', '2018-03-09')).toMatchObject({
      approvedUnsuppliedDays: 730,
      approvedUnsuppliedWarning: true,
    });
  });

  it('nothing for supplied land or without a record; no age before approval', () => {
    expect(readinessOf('transferred', record, null, '2018-03-09')).toBeNull();
    expect(readinessOf('planned', null, null, '2018-03-09')).toBeNull();
    expect(readinessOf('planned', { ...record, conversionApproved: null }, null, '2018-03-09')).toMatchObject(
      { approvedUnsuppliedDays: null, approvedUnsuppliedWarning: false },
    );
  });
});
