import { describe, expect, it } from 'vitest';
import {
  buildTransitionBody,
  type FormParcel,
  initialFormValues,
  isEndOfChain,
  type TransitionFormValues,
  transitionChoice,
} from '../../../../../../client/features/parcel-panel/state-change/transition-form.ts';

const NO_CONTRACT = { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null };
const ready: FormParcel = {
  state: 'ready',
  stateSince: '2017-06-01',
  version: 3,
  contract: NO_CONTRACT,
  landPriceWan: null,
  compliance: { status: 'none' },
};
const delivered: FormParcel = {
  state: 'delivered',
  stateSince: '2015-01-20',
  version: 7,
  contract: {
    signed: '2014-11-05',
    agreedDelivery: '2015-01-15',
    agreedStart: '2015-03-01',
    agreedCompletion: '2017-03-01',
  },
  landPriceWan: 1200,
  compliance: { status: 'fee_levied' },
};
const reclaimed: FormParcel = { ...delivered, compliance: { status: 'reclaimed' } };
const values = (v: Partial<TransitionFormValues>): TransitionFormValues => ({
  ...initialFormValues(ready, '2018-03-09', '2024-05-01'),
  ...v,
});

describe('initialFormValues', () => {
  it('starts on the reference date, with the recorded contract and price as text and no grant mode', () => {
    expect(initialFormValues(delivered, '2018-03-09', '2024-05-01')).toEqual({
      to: '',
      date: '2018-03-09',
      note: '',
      contract: {
        signed: '2014-11-05',
        agreedDelivery: '2015-01-15',
        agreedStart: '2015-03-01',
        agreedCompletion: '2017-03-01',
      },
      price: '1200',
      grant: { mode: '', legalBasis: '', termYears: '', leaseFirst: false },
    });
  });

  it('uses today without a reference date, and never a date before the parcel entered its state', () => {
    expect(initialFormValues(ready, null, '2024-05-01').date).toBe('2024-05-01');
    expect(initialFormValues(ready, '2017-01-01', '2024-05-01').date).toBe('2017-06-01');
    expect(initialFormValues(ready, null, '2024-05-01').contract).toEqual({
      signed: '',
      agreedDelivery: '',
      agreedStart: '',
      agreedCompletion: '',
    });
  });
});

describe('transitionChoice', () => {
  it('净地可供 may be listed or granted by agreement (协议出让); a grant asks for the contract', () => {
    expect(transitionChoice(ready, '2018-03-09', '')).toEqual({
      options: ['listed', 'transferred'],
      target: 'listed',
      askContract: false,
    });
    expect(transitionChoice(ready, '2018-03-09', 'transferred')).toEqual({
      options: ['listed', 'transferred'],
      target: 'transferred',
      askContract: true,
    });
  });

  it('offers 收回 only after the reclaim decision of the idle-land procedure (闲置土地处置办法 第十四条)', () => {
    expect(transitionChoice(delivered, '2018-03-09', '').options).toEqual(['under_construction']);
    expect(transitionChoice(reclaimed, '2018-03-09', '').options).toEqual(['reserve', 'under_construction']);
    // A reclaim chosen before falls back to the first allowed move when it is no longer offered.
    expect(transitionChoice(delivered, '2018-03-09', 'reserve').target).toBe('under_construction');
  });

  it('a later stage asks for the contract only when none is recorded', () => {
    expect(transitionChoice(delivered, '2016-01-01', 'under_construction').askContract).toBe(false);
    const noContract = { ...delivered, contract: NO_CONTRACT };
    expect(transitionChoice(noContract, '2016-01-01', 'under_construction').askContract).toBe(true);
  });

  it('an invalid date offers no reclaim and 投产 ends the chain', () => {
    expect(transitionChoice(reclaimed, '2017-02-3', '').options).toEqual(['under_construction']);
    expect(isEndOfChain({ ...delivered, state: 'producing' })).toBe(true);
    expect(isEndOfChain(delivered)).toBe(false);
  });
});

describe('buildTransitionBody', () => {
  it('trims the note and leaves an empty one out; sends no who (the server records the signed-in account)', () => {
    expect(buildTransitionBody(ready, values({ note: '  挂牌公告 7号 ' }))).toEqual({
      to: 'listed',
      date: '2018-03-09',
      version: 3,
      note: '挂牌公告 7号',
    });
    expect(buildTransitionBody(ready, values({ note: '   ' }))).toEqual({
      to: 'listed',
      date: '2018-03-09',
      version: 3,
    });
  });

  it('a grant sends its mode (协议出让, 50 years), the valid contract dates and the price in 万元', () => {
    const v = values({
      to: 'transferred',
      contract: {
        signed: '2018-03-01',
        agreedDelivery: '2018-06-30',
        agreedStart: '',
        agreedCompletion: 'x',
      },
      price: ' 860.5 ',
      grant: { mode: 'agreement', legalBasis: '', termYears: '50', leaseFirst: false },
    });
    expect(buildTransitionBody(ready, v)).toEqual({
      to: 'transferred',
      date: '2018-03-09',
      version: 3,
      contract: { signed: '2018-03-01', agreedDelivery: '2018-06-30' },
      landPriceWan: 860.5,
      grant: { mode: 'agreement', termYears: 50 },
    });
  });

  it('sends no contract or price with a move that does not ask for them, nor a price that is not a number', () => {
    const typed = { signed: '2018-03-01', agreedDelivery: '', agreedStart: '', agreedCompletion: '' };
    const grant = { mode: 'listing' as const, legalBasis: '' as const, termYears: '', leaseFirst: false };
    expect(
      buildTransitionBody(ready, values({ to: 'listed', contract: typed, price: '860', grant })),
    ).toEqual({
      to: 'listed',
      date: '2018-03-09',
      version: 3,
    });
    expect(buildTransitionBody(ready, values({ to: 'transferred', contract: typed, price: 'abc' }))).toEqual({
      to: 'transferred',
      date: '2018-03-09',
      version: 3,
      contract: { signed: '2018-03-01' },
    });
  });

  it('is null when the parcel cannot move', () => {
    expect(buildTransitionBody({ ...ready, state: 'producing' }, values({}))).toBeNull();
  });
});
