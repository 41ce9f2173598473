/**
 * The contract clock (闲置土地处置办法, 国土资源部令第53号) on hand-made parcels with literal expected values.
 */
import { describe, expect, it } from 'vitest';
import { type ContractClockInput, contractClock } from '../../../../domain/contract-clock/index.ts';
import { addDays } from '../../../../domain/dates.ts';
import type { LandState } from '../../../../domain/enums.ts';

const START = '2017-03-01';
/** A delivered parcel with agreed delivery 2016-12-01, start 2017-03-01, completion 2018-09-01, price 8,000 万元. */
function parcel(over: Partial<ContractClockInput> = {}): ContractClockInput {
  return {
    state: 'delivered',
    contract: {
      signed: '2016-10-01',
      agreedDelivery: '2016-12-01',
      agreedStart: START,
      agreedCompletion: '2018-09-01',
    },
    landPriceWan: 8000,
    deliveryActual: '2016-12-01',
    amendments: [],
    started: null,
    development: null,
    complianceSteps: [],
    penaltyPermillePerDay: null,
    ...over,
  };
}
const at = (days: number, p = parcel()) => contractClock(p, addDays(START, days));

describe('idle clock (第二条, 第十四条): 365 / 730 days past the agreed start', () => {
  it('does not apply before transfer or without an agreed start', () => {
    for (const s of ['planned', 'reserve', 'ready', 'listed'] as LandState[])
      expect(contractClock(parcel({ state: s }), '2025-01-01').idle.status).toBe('not_applicable');
    const none = parcel({
      contract: { signed: '2016-10-01', agreedDelivery: null, agreedStart: null, agreedCompletion: null },
    });
    expect(contractClock(none, '2025-01-01').idle).toMatchObject({ status: 'not_applicable', feeWan: null });
  });

  it('on_track beyond 180 days, due_soon up to the start day, overdue from day 1, idle at 365, reclaimable at 730', () => {
    expect(at(-181).idle.status).toBe('on_track');
    expect(at(-180).idle.status).toBe('due_soon');
    expect(at(0).idle).toMatchObject({ status: 'due_soon', daysToStart: 0, daysOverdue: 0 });
    expect(at(1).idle).toMatchObject({ status: 'overdue', daysOverdue: 1 });
    expect(at(364).idle).toMatchObject({ status: 'overdue', daysUntilIdle: 1 });
    expect(at(365).idle).toMatchObject({ status: 'idle', daysUntilIdle: 0 });
    expect(at(730).idle).toMatchObject({ status: 'reclaimable', daysUntilReclaim: 0 });
  });

  it('gives the idle and reclaim dates and the 20 % fee (第十四条 第一项)', () => {
    expect(contractClock(parcel(), '2018-03-09').idle).toEqual({
      status: 'idle',
      agreedStart: START,
      daysToStart: -373,
      daysOverdue: 373,
      idleDate: '2018-03-01',
      reclaimDate: '2019-03-01',
      daysUntilIdle: -8,
      daysUntilReclaim: 357,
      feeWan: 1600,
    });
  });

  it('counts 365 days across a leap day (one day before the calendar anniversary)', () => {
    const p = parcel({
      contract: {
        signed: '2018-10-01',
        agreedDelivery: '2018-12-01',
        agreedStart: '2019-03-01',
        agreedCompletion: '2021-01-01',
      },
      deliveryActual: '2018-12-01',
    });
    expect(contractClock(p, '2020-02-28').idle.status).toBe('overdue');
    expect(contractClock(p, '2020-02-29').idle).toMatchObject({
      status: 'idle',
      idleDate: '2020-02-29',
      reclaimDate: '2021-02-28',
    });
  });
});

describe('delivery (第八条 第一项): late delivery by the government is not idle land', () => {
  const undelivered = parcel({ state: 'transferred', deliveryActual: null });

  it('a government-delayed parcel is not idle and owes nothing (第八条) — 2 years past the start, never delivered', () => {
    const c = contractClock(undelivered, '2019-03-09');
    expect(c.delivery).toEqual({
      agreed: '2016-12-01',
      actual: null,
      overdueDays: 828,
      governmentDelay: true,
    });
    expect(c.idle).toMatchObject({
      status: 'government_delay',
      feeWan: null,
      idleDate: null,
      reclaimDate: null,
    });
    expect(c.compliance).toMatchObject({ status: 'government_delay', exposureWan: 0, owedWan: 0 });
  });

  it('the clock counts from the actual delivery when it was late (第八条): 120 days late → start 2017-06-29', () => {
    const c = contractClock(parcel({ deliveryActual: '2017-03-31' }), '2018-03-09');
    expect(c.delivery).toMatchObject({ actual: '2017-03-31', overdueDays: 120, governmentDelay: true });
    expect(c.dates).toMatchObject({
      agreedStart: '2017-06-29',
      agreedCompletion: '2018-12-30',
      deliveryShiftDays: 120,
    });
    expect(c.idle).toMatchObject({ status: 'overdue', daysOverdue: 253, idleDate: '2018-06-29' });
    expect(c.compliance).toMatchObject({ status: 'warning', exposureWan: 0 });
  });

  it('before the agreed delivery date nothing is late; delivered early is not late', () => {
    expect(
      contractClock(parcel({ state: 'transferred', deliveryActual: null }), '2016-11-30').delivery,
    ).toMatchObject({ overdueDays: 0, governmentDelay: false });
    expect(contractClock(parcel({ deliveryActual: '2016-11-20' }), '2017-01-01').delivery.overdueDays).toBe(
      0,
    );
  });
});

describe('补充协议 (第十二条): the clock uses the latest amendment, every amendment stays', () => {
  const a1 = {
    date: '2017-02-01',
    agreedStart: '2017-09-01',
    agreedCompletion: null,
    reason: '规划调整',
    documentNo: '补〔2017〕1号',
  };
  const a2 = {
    date: '2017-08-15',
    agreedStart: '2018-01-15',
    agreedCompletion: '2019-06-30',
    reason: '配套道路未建成',
    documentNo: '补〔2017〕9号',
  };

  it('the clock after an amendment (第十二条): start 2018-01-15, not idle on 2018-03-09', () => {
    const c = contractClock(parcel({ amendments: [a2, a1] }), '2018-03-09');
    expect(c.dates).toMatchObject({
      agreedStart: '2018-01-15',
      agreedCompletion: '2019-06-30',
      originalStart: START,
    });
    expect(c.dates.amendment?.documentNo).toBe('补〔2017〕9号');
    expect(c.idle).toMatchObject({ status: 'overdue', daysOverdue: 53, idleDate: '2019-01-15' });
  });

  it('an amendment is not known before its date', () => {
    expect(contractClock(parcel({ amendments: [a2] }), '2017-08-14').dates.agreedStart).toBe(START);
  });

  it('an amendment signed after a late delivery already accounts for the delay (no double shift)', () => {
    const late = parcel({ deliveryActual: '2017-03-31', amendments: [{ ...a1, date: '2017-04-10' }] });
    expect(contractClock(late, '2018-03-09').dates).toMatchObject({
      agreedStart: '2017-09-01',
      deliveryShiftDays: 0,
    });
  });
});

describe('动工 (第三十条): evidence, not a construction permit', () => {
  it('a permit alone (在建 without evidence) does not stop the clock', () => {
    expect(at(400, parcel({ state: 'under_construction' })).idle.status).toBe('idle');
  });

  it('第三十条 evidence stops it from its date; completed land has started by definition', () => {
    const p = parcel({
      state: 'under_construction',
      started: { date: '2017-05-10', evidence: 'piles_done' },
    });
    expect(contractClock(p, '2017-05-09').idle.status).toBe('overdue');
    expect(contractClock(p, '2017-05-10').idle.status).toBe('started');
    expect(contractClock(parcel({ state: 'completed' }), '2019-01-01').idle.status).toBe('started');
  });
});

describe('partial development (第二条): < 1/3 of the land or < 25 % of the investment, halted ≥ 1 year', () => {
  const started = { date: '2017-04-01', evidence: 'excavation_done' as const };
  const dev = (areaPct: number, investmentPct: number) =>
    parcel({
      state: 'under_construction',
      started,
      development: { areaPct, investmentPct, haltedSince: '2017-06-01' },
    });

  it('20 % of the land, halted 2017-06-01: idle on 2018-06-01 with 1,600 万元 exposure, not a day before', () => {
    expect(contractClock(dev(20, 60), '2018-05-31').compliance.status).toBe('ok');
    const c = contractClock(dev(20, 60), '2018-06-01');
    expect(c.idle.status).toBe('partial_idle');
    expect(c.compliance).toMatchObject({
      status: 'suspected_idle',
      partialDevelopment: true,
      exposureWan: 1600,
      owedWan: 0,
    });
  });

  it('investment below 25 % alone suffices; 34 % of the land and 25 % of the investment do not', () => {
    expect(contractClock(dev(50, 24), '2018-07-01').idle.status).toBe('partial_idle');
    expect(contractClock(dev(34, 25), '2018-07-01').idle.status).toBe('started');
  });
});

describe('idle procedure (第九条, 第十四条, 第十五条): exposure until the 征缴 decision, owed after', () => {
  const steps = [
    { step: 'investigated' as const, date: '2018-03-20', decisionNo: null, hearingDate: null, note: '' },
    {
      step: 'confirmed_idle' as const,
      date: '2018-05-10',
      decisionNo: '闲认〔2018〕3号',
      hearingDate: null,
      note: '',
    },
    {
      step: 'fee_levied' as const,
      date: '2018-07-01',
      decisionNo: '闲征〔2018〕5号',
      hearingDate: null,
      note: '',
    },
  ];
  const on = (date: string) => contractClock(parcel({ complianceSteps: steps }), date).compliance;

  it('疑似闲置 → 已调查 → 已认定: exposure 1,600 万元, nothing owed', () => {
    expect(on('2018-03-09')).toMatchObject({
      status: 'suspected_idle',
      stage: null,
      exposureWan: 1600,
      owedWan: 0,
    });
    expect(on('2018-04-01')).toMatchObject({ status: 'investigated', exposureWan: 1600, owedWan: 0 });
    expect(on('2018-06-01')).toMatchObject({ status: 'confirmed_idle', exposureWan: 1600, owedWan: 0 });
  });

  it('征缴闲置费 decision: 1,600 万元 owed, exposure 0; two years past the start it becomes reclaimable', () => {
    const levied = on('2018-08-01');
    expect(levied).toMatchObject({ status: 'fee_levied', exposureWan: 0, owedWan: 1600 });
    expect(levied.decisions).toEqual({
      investigation: null,
      confirmation: '闲认〔2018〕3号',
      fee: '闲征〔2018〕5号',
      reclaim: null,
    });
    expect(on('2019-03-01')).toMatchObject({ status: 'reclaimable', owedWan: 1600 });
  });
});

describe('竣工 and 达产 (出让合同 违约责任)', () => {
  it('completion overdue 190 days at 1 ‰ per day of 8,000 万元 → 1,520 万元 exposure; 达产 due a year later', () => {
    const p = parcel({
      state: 'under_construction',
      started: { date: '2017-04-01', evidence: 'foundation_third' },
      penaltyPermillePerDay: 1,
    });
    expect(contractClock(p, '2019-03-10').completion).toEqual({
      agreed: '2018-09-01',
      overdueDays: 190,
      penaltyExposureWan: 1520,
      productionDue: '2019-09-01',
      productionOverdueDays: 0,
    });
    expect(contractClock(parcel({ state: 'completed' }), '2019-10-01').completion).toMatchObject({
      overdueDays: 0,
      penaltyExposureWan: null,
      productionOverdueDays: 30,
    });
  });
});
