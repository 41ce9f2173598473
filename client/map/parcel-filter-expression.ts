/**
 * The parcel filters of the UI as a maplibre filter expression on the parcel tiles' properties, so a filter
 * change restyles the tiles already loaded instead of fetching parcels again. Each condition mirrors one of
 * GET /api/parcels (server/db/queries/parcels.ts), which counts the same parcels for the result count.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { LAND_USES, type LandUse } from '../../domain/enums.ts';
import { landUseFamily } from '../../domain/land-use.ts';
import type { Filters } from '../state/url-state.ts';

/**
 * The stored land-use codes a filter on `want` selects: a level-2 code (1001 工业用地) stands for its whole
 * family (1001, 100101–100103), a level-3 code for itself — as the parcel list filters.
 */
export function landUsesSelected(want: LandUse): LandUse[] {
  return LAND_USES.filter(
    (lu) => lu === want || (landUseFamily(want) === want && landUseFamily(lu) === want),
  );
}

/** True for a feature whose `prop` is one of `values`. */
const oneOf = (prop: string, values: readonly string[]): ExpressionSpecification => [
  'in',
  ['get', prop],
  ['literal', [...values]],
];

/**
 * The filter keeping the parcels that match `f` (every given filter, AND): platform, states (any of),
 * land use (with its family), area range in 亩 (inclusive), and an industry held by any of the parcel's
 * projects (tiles carry them as `,ai,laser,` in `industries`). `true` when no filter is set.
 */
export function parcelFilterExpression(f: Filters): FilterSpecification {
  const conds: ExpressionSpecification[] = [];
  if (f.platform) conds.push(['==', ['get', 'platformId'], f.platform]);
  if (f.states.length) conds.push(oneOf('state', f.states));
  if (f.landUse) conds.push(oneOf('landUse', landUsesSelected(f.landUse)));
  if (f.minMu != null) conds.push(['>=', ['to-number', ['get', 'areaMu']], f.minMu]);
  if (f.maxMu != null) conds.push(['<=', ['to-number', ['get', 'areaMu']], f.maxMu]);
  if (f.industry) conds.push(['in', `,${f.industry},`, ['coalesce', ['get', 'industries'], '']]);
  if (conds.length === 0) return true;
  if (conds.length === 1) return conds[0]!;
  return ['all', ...conds];
}
