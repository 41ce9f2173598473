import { describe, expect, it } from 'vitest';
import { parcelRecordAt } from '../../../../domain/history/parcel-record-at.ts';
import type { Parcel } from '../../../../domain/schemas.ts';

const parcel: Parcel = {
  id: 'p-1',
  code: 'ZK-357-0001',
  platformId: 'belt357',
  town: '陈江街道',
  landUse: '100101',
  areaM2: 20000,
  areaMu: 30,
  plotRatioMax: 2.5,
  state: 'transferred',
  stateSince: '2017-06-30',
  expectedReadyDate: null,
  contract: {
    signed: '2017-06-30',
    agreedDelivery: '2017-09-30',
    agreedStart: '2018-03-30',
    agreedCompletion: '2020-03-30',
  },
  landPriceWan: 1800,
  projectIds: ['pr-1'],
  version: 3,
};

describe('a parcel record as the ledger of a past day had it', () => {
  it('takes the state and its first day from the standing that day; a contract signed later is left empty', () => {
    const r = parcelRecordAt(parcel, { exists: true, state: 'ready', since: '2016-11-20' }, '2017-01-01');
    expect(r).toMatchObject({
      state: 'ready',
      stateSince: '2016-11-20',
      contract: { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null },
      landPriceWan: null,
      code: 'ZK-357-0001',
      areaM2: 20000,
    });
  });

  it('keeps a contract signed on or before the day (出让合同 in force then)', () => {
    const r = parcelRecordAt(
      parcel,
      { exists: true, state: 'transferred', since: '2017-06-30' },
      '2017-06-30',
    );
    expect(r?.contract.signed).toBe('2017-06-30');
    expect(r?.landPriceWan).toBe(1800);
  });

  it('is null for a parcel that did not stand that day or had no state yet', () => {
    expect(parcelRecordAt(parcel, { exists: false }, '2015-01-01')).toBeNull();
    expect(parcelRecordAt(parcel, { exists: true, state: null, since: null }, '2015-01-01')).toBeNull();
  });
});
