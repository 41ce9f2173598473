import type { ThemeClass } from '../../map/parcel-theme.ts';
import { classKeyOf } from '../../map/parcel-theme.ts';
import type { Theme } from '../../state/url-state.ts';

/** A legend row: the class, how many drawn parcels fall in it and their area in 亩. */
export interface LegendRow extends ThemeClass {
  count: number;
  areaMu: number;
}

/** Counts and sums (亩) the drawn parcels per class of `theme`; classes keep their order, empty ones included. */
export function legendRows(
  features: readonly { properties: Record<string, unknown> & { areaMu: number } }[],
  theme: Theme,
  classes: readonly ThemeClass[],
): LegendRow[] {
  const rows = new Map<string, LegendRow>(classes.map((c) => [c.key, { ...c, count: 0, areaMu: 0 }]));
  for (const f of features) {
    const row = rows.get(classKeyOf(f.properties, theme));
    if (!row) continue;
    row.count += 1;
    row.areaMu += f.properties.areaMu;
  }
  return [...rows.values()];
}
