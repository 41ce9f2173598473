import type { FeatureCollection, Geometry } from 'geojson';
import { useMemo } from 'react';
import { useParcels, useProjects } from '../../api/hooks.ts';
import { useAppState } from '../url-state/app-store.ts';

/** Light parcel properties on the map, plus `industry` of the parcel's project (null without one). */
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
 * carry no industry, so it is joined here from the projects' `parcelIds` (first project wins — the sample has
 * one industry per parcel).
 */
export function useParcelLayerData() {
  const filters = useAppState((s) => s.filters);
  const parcels = useParcels(filters);
  const projects = useProjects();

  const industryOf = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of projects.data ?? [])
      for (const pid of p.parcelIds) if (!m.has(pid)) m.set(pid, p.industry);
    return m;
  }, [projects.data]);

  const fc = useMemo((): FeatureCollection<Geometry, ParcelMapProps> | undefined => {
    const d = parcels.data;
    if (!d) return undefined;
    return {
      type: 'FeatureCollection',
      features: d.features.map((f) => ({
        type: 'Feature',
        id: f.properties.id,
        geometry: f.geometry as Geometry,
        properties: { ...f.properties, industry: industryOf.get(f.properties.id) ?? null },
      })),
    };
  }, [parcels.data, industryOf]);

  const totalMu = useMemo(() => (fc ? fc.features.reduce((s, f) => s + f.properties.areaMu, 0) : 0), [fc]);

  return {
    fc,
    total: parcels.data?.total ?? 0,
    totalMu,
    isFetching: parcels.isFetching,
    isLoading: parcels.isLoading,
    error: parcels.error ?? projects.error,
    refetch: parcels.refetch,
  };
}
