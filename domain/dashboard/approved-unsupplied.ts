/**
 * 批而未供: land whose 农转用 / 征收 was approved but which has not been supplied (granted) yet, oldest approval
 * first, with its age and readiness. Two years after approval it is flagged: under 建设用地"增存挂钩"
 * (自然资规〔2018〕1号) such land cuts the next year's new construction-land quota. The dashboard and the idle-land
 * tab list it on its own.
 */
import type { Readiness } from '../supply-readiness.ts';
import { readinessOf } from '../supply-readiness.ts';
import type { IdleLandParcel } from './idle-land.ts';

/** One 批而未供 row (days whole, areas ㎡ / 亩). */
export interface ApprovedUnsuppliedRow {
  parcelId: string;
  code: string;
  platformId: string;
  state: IdleLandParcel['state'];
  areaM2: number;
  areaMu: number;
  readiness: Readiness;
}

/** Totals: rows, those past two years, area (亩). */
export interface ApprovedUnsuppliedSummary {
  count: number;
  warnings: number;
  areaMu: number;
  warningAreaMu: number;
}

/** Approved-but-unsupplied parcels on `refDate` (ISO), optionally for one platform, oldest approval first. */
export function approvedUnsupplied(
  parcels: readonly IdleLandParcel[],
  refDate: string,
  platformId: string | null = null,
): ApprovedUnsuppliedRow[] {
  const rows: ApprovedUnsuppliedRow[] = [];
  for (const p of parcels) {
    if (platformId != null && p.platformId !== platformId) continue;
    const readiness = readinessOf(p.state, p.records.readiness, p.expectedReadyDate, refDate);
    if (readiness?.approvedUnsuppliedDays == null) continue;
    rows.push({
      parcelId: p.id,
      code: p.code,
      platformId: p.platformId,
      state: p.state,
      areaM2: p.areaM2,
      areaMu: p.areaMu,
      readiness,
    });
  }
  return rows.sort(
    (a, b) =>
      (b.readiness.approvedUnsuppliedDays ?? 0) - (a.readiness.approvedUnsuppliedDays ?? 0) ||
      a.code.localeCompare(b.code),
  );
}

/** Totals of a 批而未供 list. */
export function summarizeApprovedUnsupplied(
  rows: readonly ApprovedUnsuppliedRow[],
): ApprovedUnsuppliedSummary {
  const warn = rows.filter((r) => r.readiness.approvedUnsuppliedWarning);
  const mu = (xs: readonly ApprovedUnsuppliedRow[]) => xs.reduce((s, r) => s + r.areaMu, 0);
  return { count: rows.length, warnings: warn.length, areaMu: mu(rows), warningAreaMu: mu(warn) };
}
