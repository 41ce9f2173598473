import { describe, expect, it } from 'vitest';
import { idleLandWatchlist, summarizeIdleLand } from '../../../../domain/dashboard/idle-land.ts';
import { addDays } from '../../../../domain/dates.ts';
import { type GrantRecords, NO_GRANT_RECORDS } from '../../../../domain/grant-records.ts';
import type { Parcel } from '../../../../domain/schemas.ts';
import { parcel as baseParcel } from './fixtures.ts';

/** A parcel with grant records (delivered on its agreed date unless told otherwise). */
const parcel = (
  id: string,
  over: Parameters<typeof baseParcel>[1] = {},
  records: Partial<GrantRecords> = {},
) => {
  const p: Parcel = baseParcel(id, over);
  return { ...p, records: { ...NO_GRANT_RECORDS, ...records } };
};

const REF = '2018-03-09';
/** A not-started transferred parcel whose agreed start was `daysPast` days before REF (negative = in the future). */
const past = (id: string, daysPast: number, landPriceWan: number | null = 1_000) =>
  parcel(id, { contract: { agreedStart: addDays(REF, -daysPast) }, landPriceWan });

describe('idle-land watch list', () => {
  const parcels = [
    past('on-track', -181),
    past('due-180', -180),
    past('day-0', 0),
    past('day-1', 1),
    past('day-364', 364),
    past('day-365', 365, 2_500),
    past('day-729', 729),
    past('day-730', 730, 4_000),
    parcel(
      'started',
      { state: 'under_construction', contract: { agreedStart: addDays(REF, -800) } },
      { started: { date: addDays(REF, -790), evidence: 'piles_done' } },
    ),
    // A construction permit is not 动工 (国土资源部令第53号 第三十条): the clock keeps running.
    parcel('permit-only', { state: 'under_construction', contract: { agreedStart: addDays(REF, -400) } }),
    // The government has not delivered 600 days after the agreed date (第八条): listed, never charged.
    parcel('gov-delay', {
      contract: { agreedDelivery: addDays(REF, -600), agreedStart: addDays(REF, -500) },
    }),
    parcel('ready', { state: 'ready', contract: { signed: null, agreedStart: null }, landPriceWan: null }),
  ];
  const rows = idleLandWatchlist(parcels, REF);
  const byId = new Map(rows.map((r) => [r.parcelId, r]));

  it('lists parcels whose agreed start passed or is within 180 days, and government delays last; never started or untransferred ones', () => {
    expect(rows.map((r) => r.parcelId)).toEqual([
      'day-730',
      'day-729',
      'permit-only',
      'day-365',
      'day-364',
      'day-1',
      'day-0',
      'due-180',
      'gov-delay',
    ]);
  });

  it('a government-delayed parcel (第八条) is flagged 交地逾期 with no fee exposure', () => {
    const r = byId.get('gov-delay');
    expect(r).toMatchObject({
      status: 'government_delay',
      feeWan: null,
      delivery: { overdueDays: 600, governmentDelay: true },
    });
    expect(r?.compliance).toMatchObject({ status: 'government_delay', exposureWan: 0, owedWan: 0 });
  });

  it('is idle from exactly 365 days and reclaimable from exactly 730 days', () => {
    expect(byId.get('day-364')?.status).toBe('overdue');
    expect(byId.get('day-365')?.status).toBe('idle');
    expect(byId.get('day-729')?.status).toBe('idle');
    expect(byId.get('day-730')?.status).toBe('reclaimable');
    expect(byId.get('day-0')?.status).toBe('due_soon');
    expect(byId.get('due-180')?.status).toBe('due_soon');
  });

  it('gives days left or overdue, the reclaim date and the 20% fee in 万元', () => {
    const idle = byId.get('day-365');
    expect(idle?.daysOverdue).toBe(365);
    expect(idle?.daysToStart).toBe(-365);
    expect(idle?.daysUntilReclaim).toBe(365);
    expect(idle?.reclaimDate).toBe(addDays(REF, 365));
    expect(idle?.idleDate).toBe(REF);
    expect(idle?.feeWan).toBe(500);
    expect(byId.get('due-180')?.daysToStart).toBe(180);
    expect(byId.get('day-730')?.reclaimDate).toBe(REF);
  });

  it('filters by platform', () => {
    const other = parcel('k', { platformId: 'korea-park', contract: { agreedStart: addDays(REF, -10) } });
    expect(idleLandWatchlist([...parcels, other], REF, 'korea-park').map((r) => r.parcelId)).toEqual(['k']);
  });

  it('summarises counts by status; the fee is exposure for suspected idle land, owed only after a 征缴 decision', () => {
    const s = summarizeIdleLand(rows);
    expect(s.byStatus).toEqual({
      due_soon: 2,
      overdue: 2,
      government_delay: 1,
      idle: 3,
      partial_idle: 0,
      reclaimable: 1,
    });
    // Suspected idle: day-365 (2,500 → 500), day-729 (200), permit-only (200), day-730 (4,000 → 800).
    expect(s.feeExposureWan).toBeCloseTo(1_700);
    expect(s.feeOwedWan).toBe(0);
    expect(s.areaMu).toBeCloseTo(9 * 30);
    const levied = parcel(
      'levied',
      { contract: { agreedStart: addDays(REF, -500) } },
      {
        complianceSteps: [
          { step: 'investigated', date: addDays(REF, -120), decisionNo: null, hearingDate: null, note: '' },
          {
            step: 'confirmed_idle',
            date: addDays(REF, -60),
            decisionNo: '闲认〔2018〕1号',
            hearingDate: null,
            note: '',
          },
          {
            step: 'fee_levied',
            date: addDays(REF, -10),
            decisionNo: '闲征〔2018〕1号',
            hearingDate: null,
            note: '',
          },
        ],
      },
    );
    expect(summarizeIdleLand(idleLandWatchlist([levied], REF))).toMatchObject({
      feeExposureWan: 0,
      feeOwedWan: 200,
    });
  });

  it('skips unknown land prices in the exposure instead of counting them as 0-price parcels', () => {
    const rowsNoPrice = idleLandWatchlist([past('np', 400, null)], REF);
    expect(rowsNoPrice[0]?.feeWan).toBeNull();
    expect(summarizeIdleLand(rowsNoPrice).feeExposureWan).toBe(0);
  });
});
