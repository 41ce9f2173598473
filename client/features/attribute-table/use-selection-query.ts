/** The map's selection as query parameters (filters + drawn area), stable across renders while unchanged. */
import { useMemo } from 'react';
import { selectionQuery } from '../../api/parcel-table.ts';
import { useAppState } from '../../state/app-store.ts';
import { useQueryArea } from '../measure/query-area-store.ts';

/** Query parameters selecting the parcels of the current filters and drawn area. */
export function useSelectionQuery(): Record<string, string> {
  const filters = useAppState((s) => s.filters);
  const area = useQueryArea();
  return useMemo(() => selectionQuery(filters, area), [filters, area]);
}
