import { describe, expect, it } from 'vitest';
import {
  pagesOf,
  ROW_HEIGHT,
  scrollToRow,
  visibleRows,
} from '../../../../../client/features/attribute-table/virtual-window.ts';

describe('attribute-table windowing (28 px rows, 8 rows overscan)', () => {
  it('renders ~26 rows of 100,000 at any scroll position, not all of them', () => {
    expect(ROW_HEIGHT).toBe(28);
    expect(visibleRows(0, 280, 100_000)).toEqual({ first: 0, last: 18 });
    // Row 50,000 starts at 1,400,000 px: rows 49,992 … 50,017 are rendered.
    expect(visibleRows(1_400_000, 280, 100_000)).toEqual({ first: 49_992, last: 50_018 });
    expect(visibleRows(2_799_720, 280, 100_000).last).toBe(100_000);
  });

  it('names the 200-row pages holding the rendered rows', () => {
    expect(pagesOf(0, 18, 200)).toEqual([0]);
    expect(pagesOf(190, 215, 200)).toEqual([0, 1]);
    expect(pagesOf(0, 0, 200)).toEqual([0]);
  });

  it('scrolls a row into the middle of the view only when it is out of view', () => {
    expect(scrollToRow(5, 0, 280)).toBe(0);
    expect(scrollToRow(1000, 0, 280)).toBe(28_000 - 126);
  });
});
