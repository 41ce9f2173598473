/**
 * 三旧改造 tracker: the sites of a target year with what they deliver, and a monthly burn-down of the year's
 * area target (㎡). Sites record their completed area but not when it was completed, so the burn-down has:
 * - `ideal`: the target falling evenly to 0 at the end of December;
 * - `planned`: the target minus the area of the sites whose expected completion is on or before each month end;
 * - `actual`: the target at the start of the year and, in the reference date's month, the target minus the
 *   completed area as the data stands — nothing in between, because nothing in between is known.
 * Remaining values may go below 0 when the sites exceed the target (over-delivery is shown, not hidden).
 */
import { compareIso } from '../dates.ts';
import type { RedevelopmentSite } from '../schemas.ts';

/** One tracker row: a site and its delivery (areas ㎡). */
export interface RedevelopmentRow {
  siteId: string;
  code: string;
  name: string;
  type: RedevelopmentSite['type'];
  mode: RedevelopmentSite['mode'];
  stage: RedevelopmentSite['stage'];
  platformId: string;
  areaM2: number;
  completedAreaM2: number;
  /** completedAreaM2 ÷ areaM2, 0…1. */
  completedShare: number;
  floorSpaceM2: number;
  landOutputM2: number;
  expectedCompletion: string;
  parcelId: string | null;
}

/** Monthly burn-down of a yearly area target (㎡ remaining at each month end; index 0 = 1 January). */
export interface BurnDown {
  /** `start`, then `YYYY-MM` for each month. */
  labels: string[];
  ideal: number[];
  planned: number[];
  actual: (number | null)[];
}

/** The tracker of one year. */
export interface RedevelopmentTracker {
  year: number;
  targetM2: number | null;
  rows: RedevelopmentRow[];
  totals: { areaM2: number; completedAreaM2: number; floorSpaceM2: number; landOutputM2: number };
  /** Null when there is no target to burn down. */
  burnDown: BurnDown | null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function monthEnd(year: number, month1: number): string {
  const last = new Date(Date.UTC(year, month1, 0)).getUTCDate();
  return `${year}-${pad2(month1)}-${pad2(last)}`;
}

/** Builds the tracker for `year` on `refDate` (ISO); `targetM2` is the year's area target, null if none. */
export function redevelopmentTracker(
  sites: readonly RedevelopmentSite[],
  opts: { year: number; targetM2: number | null; refDate: string; platformId?: string | null },
): RedevelopmentTracker {
  const { year, targetM2, refDate } = opts;
  const scoped = sites.filter(
    (s) => s.targetYear === year && (opts.platformId == null || s.platformId === opts.platformId),
  );
  const rows = scoped
    .map(
      (s): RedevelopmentRow => ({
        siteId: s.id,
        code: s.code,
        name: s.name,
        type: s.type,
        mode: s.mode,
        stage: s.stage,
        platformId: s.platformId,
        areaM2: s.areaM2,
        completedAreaM2: s.completedAreaM2,
        completedShare: s.areaM2 > 0 ? Math.min(1, s.completedAreaM2 / s.areaM2) : 0,
        floorSpaceM2: s.floorSpaceM2,
        landOutputM2: s.landOutputM2,
        expectedCompletion: s.expectedCompletion,
        parcelId: s.parcelId,
      }),
    )
    .sort((a, b) => compareIso(a.expectedCompletion, b.expectedCompletion) || a.code.localeCompare(b.code));
  const sum = (f: (r: RedevelopmentRow) => number) => rows.reduce((acc, r) => acc + f(r), 0);
  const totals = {
    areaM2: sum((r) => r.areaM2),
    completedAreaM2: sum((r) => r.completedAreaM2),
    floorSpaceM2: sum((r) => r.floorSpaceM2),
    landOutputM2: sum((r) => r.landOutputM2),
  };
  return {
    year,
    targetM2,
    rows,
    totals,
    burnDown: targetM2 == null ? null : burnDown(rows, year, targetM2, refDate),
  };
}

function burnDown(
  rows: readonly RedevelopmentRow[],
  year: number,
  targetM2: number,
  refDate: string,
): BurnDown {
  const labels = ['start'];
  const ideal = [targetM2];
  const planned = [targetM2];
  const refInYear = refDate.slice(0, 4) === String(year);
  const refMonth = refInYear
    ? Number(refDate.slice(5, 7))
    : compareIso(refDate, `${year}-12-31`) > 0
      ? 12
      : 0;
  const actual: (number | null)[] = [refMonth > 0 ? targetM2 : null];
  for (let m = 1; m <= 12; m++) {
    const end = monthEnd(year, m);
    labels.push(end.slice(0, 7));
    ideal.push(targetM2 * (1 - m / 12));
    planned.push(
      targetM2 -
        rows.filter((r) => compareIso(r.expectedCompletion, end) <= 0).reduce((a, r) => a + r.areaM2, 0),
    );
    actual.push(m === refMonth ? targetM2 - rows.reduce((a, r) => a + r.completedAreaM2, 0) : null);
  }
  return { labels, ideal, planned, actual };
}
