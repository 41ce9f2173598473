import { useQueries } from '@tanstack/react-query';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { api, ensureOk } from '../../api/client.ts';
import { useProject } from '../../api/hooks.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { fitBbox } from '../../map/fly-to-geometry.ts';
import { useMap } from '../../map/map-context.ts';
import { useAppState } from '../../state/app-store.ts';
import { addProjectOutlineLayers, PROJECT_OUTLINE_LAYERS } from './project-outline-layers.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

type ParcelAnswer = { id: string; code: string; geometry: Geometry } | undefined;

/** The outlines once every parcel has loaded (a stable function, so react-query keeps the result between renders). */
function outlines(results: readonly { data: ParcelAnswer }[]): FeatureCollection {
  if (results.length === 0 || results.some((r) => !r.data)) return EMPTY;
  const features: Feature[] = results.flatMap((r) =>
    r.data
      ? [{ type: 'Feature', geometry: r.data.geometry, properties: { id: r.data.id, code: r.data.code } }]
      : [],
  );
  return { type: 'FeatureCollection', features };
}

/**
 * While a project's panel is open (and no parcel is selected over it), outlines the parcels it holds — each
 * geometry from GET /api/parcels/:id — and frames them once per project.
 */
export function ProjectMapLayers() {
  const map = useMap();
  const projectId = useAppState((s) => (s.selectedParcelId ? null : s.selectedProjectId));
  const project = useProject(projectId);
  const ids = projectId && project.data?.id === projectId ? project.data.parcels.map((p) => p.id) : [];
  const fc = useQueries({
    queries: ids.map((id) => ({
      // Same key as useParcel(id) on the server's reference date, so an opened parcel is not fetched twice.
      queryKey: queryKeys.parcel(id, null),
      queryFn: async () =>
        (await ensureOk(await api.parcels[':id'].$get({ param: { id }, query: {} }))).json(),
      staleTime: 60_000,
    })),
    combine: outlines,
  });
  const framed = useRef<string | null>(null);

  useEffect(() => {
    if (map) addProjectOutlineLayers(map);
  }, [map]);

  useEffect(() => {
    map?.getSource<GeoJSONSource>(PROJECT_OUTLINE_LAYERS.source)?.setData(fc);
  }, [map, fc]);

  useEffect(() => {
    if (!map || !projectId || fc.features.length === 0 || framed.current === projectId) return;
    framed.current = projectId;
    const [w, s, e, n] = bbox(fc);
    fitBbox(map, [w, s, e, n], 15.5);
  }, [map, projectId, fc]);

  return null;
}
