import { describe, expect, it } from 'vitest';
import type { ComplianceStep } from '../../../domain/contract-clock/records.ts';
import { NO_GRANT_RECORDS } from '../../../domain/grant-records.ts';
import {
  checkLandTransition,
  LandTransitionRequest,
  type TransitionParcel,
} from '../../../domain/land-transition.ts';

const NONE = { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null };
const ready: TransitionParcel = {
  state: 'ready',
  landUse: '100101',
  stateSince: '2017-08-01',
  contract: NONE,
  landPriceWan: null,
};
const granted: TransitionParcel = {
  state: 'transferred',
  landUse: '100101',
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
      records: NO_GRANT_RECORDS,
      endsGrant: false,
    });
    // 交地 records the actual delivery date the contract clock compares with the agreed one.
    expect(checkLandTransition(granted, { to: 'delivered', date: TODAY }, TODAY)).toEqual({
      ok: true,
      contract: granted.contract,
      landPriceWan: 3000,
      records: { ...NO_GRANT_RECORDS, deliveryActual: TODAY },
      endsGrant: false,
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
    expect(
      checkLandTransition(ready, { to: 'transferred', date: TODAY, grant: { mode: 'tender' } }, TODAY),
    ).toMatchObject({
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
          grant: { mode: 'auction' },
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
      records: {
        ...NO_GRANT_RECORDS,
        grant: { mode: 'auction', legalBasis: null, termYears: 50, leaseFirst: false },
      },
      endsGrant: false,
    });
    // Signed after the transfer it records: refused.
    expect(
      checkLandTransition(
        ready,
        {
          to: 'transferred',
          date: '2018-03-01',
          contract: { signed: '2018-03-02' },
          grant: { mode: 'tender' },
        },
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

  it('allows a reclaim (国土资源部令第53号 第十四条) only after the recorded reclaim decision, then clears the grant', () => {
    // Two years past the agreed start (2019-01-15) is not enough: the procedure must have decided.
    expect(checkLandTransition(granted, { to: 'reserve', date: '2019-01-15' }, '2019-12-31')).toMatchObject({
      ok: false,
      code: 'transition_not_allowed',
    });
    const step = (s: ComplianceStep['step'], date: string, decisionNo: string | null): ComplianceStep => ({
      step: s,
      date,
      decisionNo,
      hearingDate: s === 'reclaimed' ? '2019-02-01' : null,
      note: '',
    });
    const decided: TransitionParcel = {
      ...granted,
      records: {
        ...NO_GRANT_RECORDS,
        deliveryActual: '2017-01-10',
        complianceSteps: [
          step('investigated', '2018-02-01', null),
          step('confirmed_idle', '2018-04-01', '闲认〔2018〕1号'),
          step('reclaimed', '2019-03-01', '闲收〔2019〕1号'),
        ],
      },
    };
    expect(checkLandTransition(decided, { to: 'reserve', date: '2019-02-28' }, '2019-12-31')).toMatchObject({
      ok: false,
      code: 'transition_not_allowed',
    });
    expect(checkLandTransition(decided, { to: 'reserve', date: '2019-03-01' }, '2019-12-31')).toEqual({
      ok: true,
      contract: NONE,
      landPriceWan: null,
      records: NO_GRANT_RECORDS,
      endsGrant: true,
    });
  });

  it('协议出让 refused from 净地 (国土资源部令第39号 第四条), accepted for 三旧 自行改造 from 规划 with its basis', () => {
    const body = { to: 'transferred' as const, date: TODAY, contract: { signed: '2018-03-01' } };
    const r = checkLandTransition(
      ready,
      { ...body, grant: { mode: 'agreement', legalBasis: 'sanjiu_self_redevelopment' } },
      TODAY,
    );
    expect(r).toMatchObject({ ok: false, code: 'agreement_not_allowed', field: 'grant.mode' });
    if (!r.ok) expect(r.reason).toContain('国土资源部令第39号 第四条');
    const planned: TransitionParcel = { ...ready, state: 'planned', stateSince: '2015-04-24' };
    expect(checkLandTransition(planned, { ...body, grant: { mode: 'agreement' } }, TODAY)).toMatchObject({
      ok: false,
      code: 'legal_basis_required',
      field: 'grant.legalBasis',
    });
    expect(
      checkLandTransition(
        planned,
        { ...body, grant: { mode: 'agreement', legalBasis: 'sanjiu_self_redevelopment' } },
        TODAY,
      ),
    ).toMatchObject({
      ok: true,
      records: {
        grant: {
          mode: 'agreement',
          legalBasis: 'sanjiu_self_redevelopment',
          termYears: 50,
          leaseFirst: false,
        },
      },
    });
  });

  it('a grant from 净地 needs its mode; from 挂牌 it defaults to 挂牌出让', () => {
    const body = { to: 'transferred' as const, date: TODAY, contract: { signed: '2018-03-01' } };
    expect(checkLandTransition(ready, body, TODAY)).toMatchObject({
      ok: false,
      code: 'grant_required',
      field: 'grant.mode',
    });
    const listed: TransitionParcel = { ...ready, state: 'listed' };
    expect(checkLandTransition(listed, body, TODAY)).toMatchObject({
      ok: true,
      records: { grant: { mode: 'listing' } },
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
