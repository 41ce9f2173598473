/**
 * Windowing of the attribute table: which rows to render for a scroll position, and which server pages hold
 * them. Only the rows in view (plus a few either side) are in the DOM, so 100,000 rows scroll like 20.
 */

/** Height of one table row, CSS px (fixed, so a row's position is its index × this). */
export const ROW_HEIGHT = 28;
/** Rows rendered beyond the visible ones on each side. */
const OVERSCAN = 8;

/** First and last (exclusive) row index to render for `scrollTop` in a viewport of `height` px. */
export function visibleRows(
  scrollTop: number,
  height: number,
  total: number,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  return { first, last: Math.max(first, last) };
}

/** Page numbers (of `pageSize` rows) that hold rows first … last − 1. */
export function pagesOf(first: number, last: number, pageSize: number): number[] {
  if (last <= first) return [0];
  const out: number[] = [];
  for (let p = Math.floor(first / pageSize); p <= Math.floor((last - 1) / pageSize); p++) out.push(p);
  return out;
}

/** The scrollTop that brings row `index` into a viewport of `height` px (unchanged when already in view). */
export function scrollToRow(index: number, scrollTop: number, height: number): number {
  const top = index * ROW_HEIGHT;
  if (top >= scrollTop && top + ROW_HEIGHT <= scrollTop + height) return scrollTop;
  return Math.max(0, top - Math.floor((height - ROW_HEIGHT) / 2));
}
