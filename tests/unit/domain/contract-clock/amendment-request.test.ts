import { describe, expect, it } from 'vitest';
import { AmendmentRequest, checkAmendment } from '../../../../domain/contract-clock/amendment-request.ts';
import type { ContractClockInput } from '../../../../domain/contract-clock/index.ts';

const parcel: ContractClockInput = {
  state: 'delivered',
  contract: {
    signed: '2016-10-01',
    agreedDelivery: '2016-12-01',
    agreedStart: '2017-03-01',
    agreedCompletion: '2018-09-01',
  },
  landPriceWan: 8000,
  deliveryActual: '2016-12-01',
  amendments: [],
  started: null,
  development: null,
  complianceSteps: [],
  penaltyPermillePerDay: null,
};
const req = (over: Partial<AmendmentRequest> = {}): AmendmentRequest => ({
  date: '2017-02-20',
  agreedStart: '2018-01-15',
  reason: '规划调整',
  documentNo: '惠仲国土补〔2017〕3号',
  version: 1,
  ...over,
});
const TODAY = '2018-03-09';

describe('checkAmendment (补充协议, 国土资源部令第53号 第十二条)', () => {
  it('accepts a start moved by 320 days, keeping the completion untouched', () => {
    expect(checkAmendment(parcel, req(), TODAY)).toEqual({
      ok: true,
      amendment: {
        date: '2017-02-20',
        agreedStart: '2018-01-15',
        agreedCompletion: null,
        reason: '规划调整',
        documentNo: '惠仲国土补〔2017〕3号',
      },
    });
  });

  it('refuses an extension beyond one year (第十二条 第一项): 2017-03-01 → 2018-03-02 is 366 days', () => {
    expect(checkAmendment(parcel, req({ agreedStart: '2018-03-02' }), TODAY)).toMatchObject({
      ok: false,
      code: 'extension_too_long',
      field: 'agreedStart',
    });
    expect(checkAmendment(parcel, req({ agreedStart: '2018-03-01' }), TODAY).ok).toBe(true);
  });

  it('measures the year from the start already pushed back by a late delivery (第八条)', () => {
    const late = { ...parcel, deliveryActual: '2017-03-31' }; // 120 days late → start 2017-06-29
    expect(checkAmendment(late, req({ date: '2017-04-05', agreedStart: '2018-06-29' }), TODAY).ok).toBe(true);
    expect(checkAmendment(late, req({ date: '2017-04-05', agreedStart: '2018-06-30' }), TODAY)).toMatchObject(
      { code: 'extension_too_long' },
    );
  });

  it('refuses dates out of order, after today or before the contract; no contract, no amendment', () => {
    expect(checkAmendment(parcel, req({ date: '2016-09-30' }), TODAY)).toMatchObject({
      code: 'amendment_before_contract',
      field: 'date',
    });
    expect(checkAmendment(parcel, req({ date: '2018-03-10' }), TODAY)).toMatchObject({
      code: 'date_in_future',
    });
    const amended = {
      ...parcel,
      amendments: [
        {
          date: '2017-05-01',
          agreedStart: '2017-09-01',
          agreedCompletion: null,
          reason: 'x',
          documentNo: 'y',
        },
      ],
    };
    expect(checkAmendment(amended, req({ date: '2017-04-30' }), TODAY)).toMatchObject({
      code: 'amendment_out_of_order',
    });
    expect(
      checkAmendment(
        {
          ...parcel,
          state: 'listed',
          contract: { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null },
        },
        req(),
        TODAY,
      ),
    ).toMatchObject({ code: 'no_contract' });
  });

  it('refuses moving the start once construction has started (第三十条), and a completion before the start', () => {
    const started = {
      ...parcel,
      state: 'under_construction' as const,
      started: { date: '2017-02-10', evidence: 'piles_done' as const },
    };
    expect(checkAmendment(started, req(), TODAY)).toMatchObject({
      code: 'already_started',
      field: 'agreedStart',
    });
    expect(
      checkAmendment(started, req({ agreedStart: undefined, agreedCompletion: '2019-03-01' }), TODAY).ok,
    ).toBe(true);
    expect(checkAmendment(parcel, req({ agreedCompletion: '2018-01-15' }), TODAY)).toMatchObject({
      code: 'completion_before_start',
      field: 'agreedCompletion',
    });
  });

  it('the request must move a date and carry its reason and document number', () => {
    const body = { date: '2017-02-20', reason: 'r', documentNo: 'd', version: 1 };
    expect(AmendmentRequest.safeParse(body).success).toBe(false);
    expect(AmendmentRequest.safeParse({ ...body, agreedStart: '2017-09-01', documentNo: ' ' }).success).toBe(
      false,
    );
    expect(AmendmentRequest.safeParse({ ...body, agreedStart: '2017-09-01' }).success).toBe(true);
    // Who records it is the signed-in account: a typed `who` is refused.
    expect(AmendmentRequest.safeParse({ ...body, agreedStart: '2017-09-01', who: 'w' }).success).toBe(false);
  });
});
