import './i18n.ts';
import { bbox, centroid } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParcel } from '../../api/hooks.ts';
import { useProjectCandidates } from '../../api/land-balance.ts';
import { fitBbox } from '../../map/fly-to-geometry.ts';
import { useMap } from '../../map/map-context.ts';
import { useAppState } from '../../state/app-store.ts';
import { LAND_BALANCE_TAB } from '../../state/land-balance-url.ts';
import { addLandBalanceLayers, LAND_BALANCE_LAYER_IDS, LAND_BALANCE_LAYERS } from './land-balance-layers.ts';
import { useProposedSite } from './proposed-site.ts';
import { useLandBalanceParams } from './use-land-balance-params.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * While the land-balance tab is open, draws the selected project's candidate sites (ranked labels) and its
 * assigned site, and frames them once per selection and option set.
 */
export function LandBalanceMapLayers() {
  const map = useMap();
  const open = useAppState((s) => s.tab === LAND_BALANCE_TAB);
  const project = useAppState((s) => s.landBalance.pipelineProjectId);
  const params = useLandBalanceParams();
  const q = useProjectCandidates(open ? project : null, params);
  const framed = useRef<string | null>(null);

  useEffect(() => {
    if (map) addLandBalanceLayers(map);
  }, [map]);

  useEffect(() => {
    if (!map) return;
    for (const id of LAND_BALANCE_LAYER_IDS) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', open ? 'visible' : 'none');
    }
  }, [map, open]);

  const fc = useMemo((): FeatureCollection => {
    if (!project || !q.data || q.data.projectId !== project) return EMPTY;
    return {
      type: 'FeatureCollection',
      // String ids are dropped: maplibre keys feature state by numeric ids only; `id` stays a property.
      features: q.data.features.features.map((f) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          ...f.properties,
          label: `${f.properties.assigned ? '✓ ' : ''}${f.properties.ranks.map((r) => `#${r}`).join(' ')}`,
        },
      })),
    };
  }, [project, q.data]);

  useEffect(() => {
    map?.getSource<GeoJSONSource>(LAND_BALANCE_LAYERS.source)?.setData(fc);
    // One label point per parcel (its centroid), clustered by the source at platform zoom.
    const points: FeatureCollection = {
      type: 'FeatureCollection',
      features: fc.features.map((f) => ({ ...centroid(f), properties: f.properties })),
    };
    map?.getSource<GeoJSONSource>(LAND_BALANCE_LAYERS.pointSource)?.setData(points);
  }, [map, fc]);

  useEffect(() => {
    if (!map || !project || fc.features.length === 0) return;
    const key = `${project}|${JSON.stringify(params)}`;
    if (framed.current === key) return;
    framed.current = key;
    const [w, s, e, n] = bbox(fc);
    fitBbox(map, [w, s, e, n], 15.5);
  }, [map, project, params, fc]);

  return <ProposedLabel />;
}

/**
 * The "拟配给 <project>" label on the site last opened from the tab: its parcel's geometry comes from
 * GET /api/parcels/:id (the same answer the map's fly-to reads), the label sits above its centroid.
 */
function ProposedLabel() {
  const map = useMap();
  const { t } = useTranslation();
  const site = useProposedSite();
  const parcel = useParcel(
    site?.parcelId ?? null,
    useAppState((s) => s.refDate),
  );
  const fc = useMemo((): FeatureCollection => {
    const g = parcel.data?.geometry;
    if (!site || !g || parcel.data?.id !== site.parcelId) return EMPTY;
    const label = site.assignedTo
      ? t('landBalance.proposed.label', { project: site.assignedTo })
      : site.candidateOf
        ? t('landBalance.proposed.candidate', site.candidateOf)
        : '';
    return {
      type: 'FeatureCollection',
      features: [{ ...centroid(g), properties: { label, parcelId: site.parcelId } }],
    };
  }, [site, parcel.data, t]);
  useEffect(() => {
    map?.getSource<GeoJSONSource>(LAND_BALANCE_LAYERS.proposedSource)?.setData(fc);
  }, [map, fc]);
  return null;
}
