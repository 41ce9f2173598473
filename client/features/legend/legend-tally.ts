import type { ThemeClass } from '../../map/parcel-theme.ts';

/** A legend row: the class, how many drawn parcels fall in it and their area in 亩. */
export interface LegendRow extends ThemeClass {
  count: number;
  areaMu: number;
}

/**
 * The legend rows of `classes` (in their order, empty ones included) with the counts and 亩 of the API's
 * per-class summary `groups`; a group of no known class (a platform added since) is left out.
 */
export function legendRows(
  groups: readonly { key: string; count: number; areaMu: number }[],
  classes: readonly ThemeClass[],
): LegendRow[] {
  const tally = new Map(groups.map((g) => [g.key, g]));
  return classes.map((c) => ({
    ...c,
    count: tally.get(c.key)?.count ?? 0,
    areaMu: tally.get(c.key)?.areaMu ?? 0,
  }));
}
