import { describe, expect, it } from 'vitest';
import {
  checkLandTransition,
  LandTransitionRequest,
  type TransitionParcel,
} from '../../../domain/land-transition.ts';

const NONE = { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null };
const ready: TransitionParcel = {
  state: 'ready',
  stateSince: '2017-08-01',
  contract: NONE,
  landPriceWan: null,
};
const granted: TransitionParcel = {
  state: 'transferred',
  stateSince: '2016-12-20',
  contract: {
    signed: '2016-12-20',
    agreedDelivery: '2017-01-10',
    agreedStart: '2017-01-15',
    agreedCompletion: null,
  },
  landPriceWan: 3000,
};
const TODAY = '2018-03-09';

describe('checkLandTransition', () => {
  it('accepts an allowed move dated between stateSince and today (both inclusive), keeping the contract', () => {
    expect(checkLandTransition(ready, { to: 'listed', date: '2017-08-01' }, TODAY)).toEqual({
      ok: true,
      contract: NONE,
      landPriceWan: null,
    });
    expect(checkLandTransition(granted, { to: 'delivered', date: TODAY }, TODAY)).toEqual({
      ok: true,
      contract: granted.contract,
      landPriceWan: 3000,
    });
  });

  it('refuses a move the state machine forbids, with its reason, on field `to`', () => {
    const r = checkLandTransition(ready, { to: 'delivered', date: TODAY }, TODAY);
    expect(r).toMatchObject({ ok: false, code: 'transition_not_allowed', field: 'to' });
    if (!r.ok) expect(r.reason).toContain('须先经过「挂牌」、「已出让」');
  });

  it('checks the date against stateSince and the latest date', () => {
    expect(checkLandTransition(ready, { to: 'listed', date: '2017-07-31' }, TODAY)).toMatchObject({
      ok: false,
      code: 'date_before_state_since',
      field: 'date',
    });
    expect(checkLandTransition(ready, { to: 'listed', date: '2018-03-10' }, TODAY)).toMatchObject({
      ok: false,
      code: 'date_in_future',
      field: 'date',
    });
  });

  it('needs a signed contract to reach transferred, merging given fields over recorded ones', () => {
    expect(checkLandTransition(ready, { to: 'transferred', date: TODAY }, TODAY)).toMatchObject({
      ok: false,
      code: 'contract_required',
      field: 'contract.signed',
    });
    expect(
      checkLandTransition(
        ready,
        {
          to: 'transferred',
          date: TODAY,
          contract: { signed: '2018-03-01', agreedStart: '2018-09-01' },
          landPriceWan: 900,
        },
        TODAY,
      ),
    ).toEqual({
      ok: true,
      contract: {
        signed: '2018-03-01',
        agreedDelivery: null,
        agreedStart: '2018-09-01',
        agreedCompletion: null,
      },
      landPriceWan: 900,
    });
    // Signed after the transfer it records: refused.
    expect(
      checkLandTransition(
        ready,
        { to: 'transferred', date: '2018-03-01', contract: { signed: '2018-03-02' } },
        TODAY,
      ),
    ).toMatchObject({ ok: false, code: 'contract_required', field: 'contract.signed' });
    // A later stage of a parcel granted without a recorded contract needs one too.
    expect(
      checkLandTransition({ ...granted, contract: NONE }, { to: 'delivered', date: TODAY }, TODAY),
    ).toMatchObject({ ok: false, code: 'contract_required' });
    // Updating one agreed date keeps the others.
    const r = checkLandTransition(
      granted,
      { to: 'delivered', date: TODAY, contract: { agreedStart: '2018-06-01' } },
      TODAY,
    );
    expect(r).toMatchObject({ ok: true, contract: { signed: '2016-12-20', agreedStart: '2018-06-01' } });
  });

  it('refuses contract data on a move before transferred', () => {
    expect(
      checkLandTransition(ready, { to: 'listed', date: TODAY, contract: { signed: '2018-03-01' } }, TODAY),
    ).toMatchObject({ ok: false, code: 'contract_not_applicable', field: 'contract' });
  });

  it('allows a reclaim only when reclaimable on the event date, and then clears the contract', () => {
    // Agreed start 2017-01-15 + 730 days = 2019-01-15.
    expect(checkLandTransition(granted, { to: 'reserve', date: '2019-01-14' }, '2019-12-31')).toMatchObject({
      ok: false,
      code: 'transition_not_allowed',
    });
    expect(checkLandTransition(granted, { to: 'reserve', date: '2019-01-15' }, '2019-12-31')).toEqual({
      ok: true,
      contract: NONE,
      landPriceWan: null,
    });
  });
});

describe('LandTransitionRequest', () => {
  it('trims the note and bounds its length; refuses a typed who (the author is the signed-in account)', () => {
    const base = { to: 'listed', date: '2018-03-01', version: 3 };
    expect(LandTransitionRequest.parse({ ...base, note: ' 公告 ' })).toEqual({ ...base, note: '公告' });
    const who = LandTransitionRequest.safeParse({ ...base, who: '张工' });
    expect(who.success).toBe(false);
    expect(who.error?.issues[0]?.path).toEqual(['who']);
    expect(LandTransitionRequest.safeParse({ ...base, note: 'x'.repeat(501) }).success).toBe(false);
    expect(LandTransitionRequest.safeParse({ ...base, version: 0 }).success).toBe(false);
  });
});
