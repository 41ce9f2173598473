import { useConfig } from '../../api/hooks.ts';
import { useParcelSummary } from '../../api/parcel-summary.ts';
import { mapAsOf } from '../../map/parcel-tile-url.ts';
import { useAppState } from '../../state/app-store.ts';

/**
 * The date the map draws the parcels at: the reference date (参考日) when it is before the dataset's as-of date,
 * else null (today's ledger).
 */
export function useMapAsOf(): string | null {
  const refDate = useAppState((s) => s.refDate);
  const datasetAsOf = useConfig().data?.asOf;
  return mapAsOf(refDate, datasetAsOf);
}

/**
 * What the map draws, counted by the API: the parcels matching the filters on the map's date, with their
 * total, 亩, extent and the tallies of the current theme's classes. The tiles draw; this counts.
 */
export function useMapParcels() {
  const filters = useAppState((s) => s.filters);
  const theme = useAppState((s) => s.theme);
  const asOf = useMapAsOf();
  const summary = useParcelSummary(filters, theme, asOf);
  return {
    summary: summary.data,
    total: summary.data?.total ?? 0,
    totalMu: summary.data?.totalMu ?? 0,
    asOf,
    isFetching: summary.isFetching,
    isLoading: summary.isLoading,
    error: summary.error,
    refetch: summary.refetch,
  };
}
