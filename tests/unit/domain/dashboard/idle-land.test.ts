import { describe, expect, it } from 'vitest';
import { idleLandWatchlist, summarizeIdleLand } from '../../../../domain/dashboard/idle-land.ts';
import { addDays } from '../../../../domain/dates.ts';
import { parcel } from './fixtures.ts';

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
    parcel('started', { state: 'under_construction', contract: { agreedStart: addDays(REF, -800) } }),
    parcel('ready', { state: 'ready', contract: { signed: null, agreedStart: null }, landPriceWan: null }),
  ];
  const rows = idleLandWatchlist(parcels, REF);
  const byId = new Map(rows.map((r) => [r.parcelId, r]));

  it('lists parcels whose agreed start passed or is within 180 days, never started or untransferred ones', () => {
    expect(rows.map((r) => r.parcelId)).toEqual([
      'day-730',
      'day-729',
      'day-365',
      'day-364',
      'day-1',
      'day-0',
      'due-180',
    ]);
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

  it('summarises counts by status, the fee exposure and the fee already owed', () => {
    const s = summarizeIdleLand(rows);
    expect(s.byStatus).toEqual({ due_soon: 2, overdue: 2, idle: 2, reclaimable: 1 });
    // 7 rows: prices 1,000 ×5, 2,500, 4,000 → 20% = 200×5 + 500 + 800.
    expect(s.feeExposureWan).toBeCloseTo(2_300);
    // idle/reclaimable: day-365 (500), day-729 (200), day-730 (800).
    expect(s.feeOwedWan).toBeCloseTo(1_500);
    expect(s.areaMu).toBeCloseTo(7 * 30);
  });

  it('skips unknown land prices in the exposure instead of counting them as 0-price parcels', () => {
    const rowsNoPrice = idleLandWatchlist([past('np', 400, null)], REF);
    expect(rowsNoPrice[0]?.feeWan).toBeNull();
    expect(summarizeIdleLand(rowsNoPrice).feeExposureWan).toBe(0);
  });
});
