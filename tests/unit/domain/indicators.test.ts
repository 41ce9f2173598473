import { describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/dates.ts';
import type { LandState } from '../../../domain/enums.ts';
import {
  DUE_SOON_DAYS,
  IDLE_DAYS,
  idleLandStatus,
  investmentIntensity,
  RECLAIM_DAYS,
} from '../../../domain/indicators.ts';

const parcel = (state: LandState, agreedStart: string | null, landPriceWan: number | null = 5000) => ({
  state,
  contract: { agreedStart },
  landPriceWan,
});

const START = '2018-03-09';
const statusOn = (daysAfterStart: number, state: LandState = 'delivered') =>
  idleLandStatus(parcel(state, START), addDays(START, daysAfterStart));

describe('investmentIntensity', () => {
  it('divides 万元 by 亩', () => {
    expect(investmentIntensity(35000, 100)).toBe(350);
    expect(investmentIntensity(0, 50)).toBe(0);
  });
  it('is null without a positive area', () => {
    expect(investmentIntensity(35000, 0)).toBeNull();
    expect(investmentIntensity(35000, -5)).toBeNull();
    expect(investmentIntensity(35000, Number.NaN)).toBeNull();
  });
});

describe('idleLandStatus', () => {
  it('does not apply before transfer or without an agreed start', () => {
    for (const s of ['planned', 'reserve', 'ready', 'listed'] as const) {
      expect(idleLandStatus(parcel(s, START), '2025-01-01').status).toBe('not_applicable');
    }
    const r = idleLandStatus(parcel('transferred', null), '2025-01-01');
    expect(r).toMatchObject({ status: 'not_applicable', daysToStart: null, idleDate: null, feeWan: null });
  });

  it('stops once construction has started', () => {
    for (const s of ['under_construction', 'completed', 'producing'] as const) {
      expect(idleLandStatus(parcel(s, START), '2025-01-01').status).toBe('started');
    }
  });

  it('on_track beyond 180 days, due_soon from 180 days before to the agreed start day itself', () => {
    expect(statusOn(-(DUE_SOON_DAYS + 1)).status).toBe('on_track');
    expect(statusOn(-DUE_SOON_DAYS).status).toBe('due_soon');
    expect(statusOn(-1).status).toBe('due_soon');
    const today = statusOn(0);
    expect(today).toMatchObject({ status: 'due_soon', daysToStart: 0, daysOverdue: 0 });
  });

  it('overdue from day 1, idle at day 365, reclaimable at day 730', () => {
    expect(statusOn(1)).toMatchObject({ status: 'overdue', daysToStart: -1, daysOverdue: 1 });
    expect(statusOn(IDLE_DAYS - 1)).toMatchObject({ status: 'overdue', daysUntilIdle: 1 });
    expect(statusOn(IDLE_DAYS)).toMatchObject({ status: 'idle', daysUntilIdle: 0, daysOverdue: 365 });
    expect(statusOn(RECLAIM_DAYS - 1)).toMatchObject({ status: 'idle', daysUntilReclaim: 1 });
    expect(statusOn(RECLAIM_DAYS)).toMatchObject({ status: 'reclaimable', daysUntilReclaim: 0 });
    expect(statusOn(2000).status).toBe('reclaimable');
  });

  it('gives the idle and reclaim dates and the 20% fee', () => {
    const r = idleLandStatus(parcel('transferred', '2017-06-30', 8000), '2018-03-09');
    expect(r).toEqual({
      status: 'overdue',
      agreedStart: '2017-06-30',
      daysToStart: -252,
      daysOverdue: 252,
      idleDate: '2018-06-30',
      reclaimDate: '2019-06-30',
      daysUntilIdle: 113,
      daysUntilReclaim: 478,
      feeWan: 1600,
    });
    expect(idleLandStatus(parcel('transferred', '2017-06-30', null), '2018-03-09').feeWan).toBeNull();
  });

  it('counts 365 days across a leap day (one day before the calendar anniversary)', () => {
    const p = parcel('delivered', '2019-03-01');
    expect(idleLandStatus(p, '2020-02-28').status).toBe('overdue');
    const r = idleLandStatus(p, '2020-02-29');
    expect(r.status).toBe('idle');
    expect(r.idleDate).toBe('2020-02-29');
    expect(r.reclaimDate).toBe('2021-02-28');
    expect(idleLandStatus(p, '2021-02-27').status).toBe('idle');
    expect(idleLandStatus(p, '2021-02-28').status).toBe('reclaimable');
  });
});
