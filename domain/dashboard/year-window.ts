/**
 * The "so far this year" window of a yearly target: from 1 January of the target year up to the reference date
 * (or 31 December once the year is over). Dated facts (a signing, a first contact) count toward a target only
 * when they fall inside this window, so moving the reference date back shows the progress as it was then.
 */
import { compareIso } from '../dates.ts';

/** Inclusive ISO date range `[from, to]`. */
export interface DateWindow {
  from: string;
  to: string;
}

/** Window of `year` as seen on `refDate` (ISO); null when `refDate` is before the year starts (nothing counts). */
export function yearWindow(year: number, refDate: string): DateWindow | null {
  const from = `${String(year).padStart(4, '0')}-01-01`;
  const end = `${String(year).padStart(4, '0')}-12-31`;
  if (compareIso(refDate, from) < 0) return null;
  return { from, to: compareIso(refDate, end) < 0 ? refDate : end };
}

/** True when the ISO date `iso` lies in `window` (inclusive); false for null dates or a null window. */
export function inWindow(iso: string | null, window: DateWindow | null): boolean {
  if (iso == null || window == null) return false;
  return compareIso(iso, window.from) >= 0 && compareIso(iso, window.to) <= 0;
}
