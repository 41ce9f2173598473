import type { FeatureCollection, Geometry } from 'geojson';
import { useMemo } from 'react';
import { useParcels } from '../../api/hooks.ts';
import { useAppState } from '../../state/app-store.ts';
import { useLedgerAsOf } from '../history/use-ledger-as-of.ts';

/** Light parcel properties on the map, as /api/parcels sends them (`industry` null without a project). */
export type ParcelMapProps = {
  id: string;
  code: string;
  platformId: string;
  state: string;
  landUse: string;
  areaM2: number;
  areaMu: number;
  industry: string | null;
};

/**
 * The filtered parcels as drawn on the map and counted in the legend. The list endpoint's light properties
 * carry the industry of the parcel's first holding project, which the industry theme colours by.
 */
export function useParcelLayerData() {
  const filters = useAppState((s) => s.filters);
  // Before the data's as-of date the map and legend show the ledger as it stood on the reference date.
  const parcels = useParcels(filters, useLedgerAsOf());

  const fc = useMemo((): FeatureCollection<Geometry, ParcelMapProps> | undefined => {
    const d = parcels.data;
    if (!d) return undefined;
    return {
      type: 'FeatureCollection',
      features: d.features.map((f) => ({
        type: 'Feature',
        id: f.properties.id,
        geometry: f.geometry as Geometry,
        properties: f.properties,
      })),
    };
  }, [parcels.data]);

  const totalMu = useMemo(() => (fc ? fc.features.reduce((s, f) => s + f.properties.areaMu, 0) : 0), [fc]);

  return {
    fc,
    total: parcels.data?.total ?? 0,
    totalMu,
    isFetching: parcels.isFetching,
    isLoading: parcels.isLoading,
    error: parcels.error,
    refetch: parcels.refetch,
  };
}
