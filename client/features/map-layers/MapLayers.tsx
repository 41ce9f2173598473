import type { FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo } from 'react';
import { useConfig, useContextLayer, useParcel, usePlatforms, useRedevelopment } from '../../api/hooks.ts';
import { PARCEL_SOURCE_LAYER, SOURCES } from '../../map/layer-ids.ts';
import { useMap } from '../../map/map-context.ts';
import { themeClasses } from '../../map/parcel-theme.ts';
import { useFeatureFlag } from '../../map/use-feature-flag.ts';
import { useGeoJsonData } from '../../map/use-geojson-data.ts';
import { useMapInteraction } from '../../map/use-map-interaction.ts';
import {
  useLabelLanguage,
  useLayerVisibility,
  useParcelFilter,
  useParcelTheme,
} from '../../map/use-map-style-sync.ts';
import { useParcelTiles } from '../../map/use-parcel-tiles.ts';
import { useViewSync } from '../../map/use-view-sync.ts';
import { useAppState } from '../../state/app-store.ts';
import { openPlatform, selectParcel } from '../details/navigate.ts';
import { BasemapController } from './BasemapController.tsx';
import { FocusController } from './FocusController.tsx';
import { ParcelTooltip } from './ParcelTooltip.tsx';
import { platformBoundaries, platformLabelPoints } from './platform-features.ts';
import { useFitFilteredParcels } from './use-fit-filtered.ts';
import { useMapParcels } from './use-map-parcels.ts';

/**
 * Feeds the API's data into the map and keeps its styling in step with the UI state. Parcels come as vector
 * tiles (today's, or the ledger on the reference date when that is earlier than the data); filters and themes
 * are layer expressions over them, counts come from the API. Renders overlays only.
 */
export function MapLayers() {
  const map = useMap();
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const hidden = useAppState((s) => s.hiddenOverlays);
  const selectedParcelId = useAppState((s) => s.selectedParcelId);
  const selectedPlatformId = useAppState((s) => s.selectedPlatformId);
  const filters = useAppState((s) => s.filters);
  const refDate = useAppState((s) => s.refDate);

  const platforms = usePlatforms();
  const towns = useContextLayer('towns');
  const roads = useContextLayer('roads');
  const water = useContextLayer('water');
  const redevelopment = useRedevelopment();
  const parcels = useMapParcels();
  const config = useConfig();
  // Same reference date as the parcel panel and the focus controller, so all three read one cached answer.
  const selected = useParcel(selectedParcelId, refDate);
  useFitFilteredParcels(map);

  const platformData = useMemo(() => {
    const list = platforms.data ?? [];
    return { boundaries: platformBoundaries(list), labels: platformLabelPoints(list) };
  }, [platforms.data]);
  const classes = useMemo(
    () =>
      themeClasses(
        theme,
        (platforms.data ?? []).map((p) => p.id),
      ),
    [theme, platforms.data],
  );

  useGeoJsonData(SOURCES.towns, towns.data);
  useGeoJsonData(SOURCES.roads, roads.data);
  useGeoJsonData(SOURCES.water, water.data);
  useGeoJsonData(SOURCES.platforms, platforms.data ? platformData.boundaries : undefined);
  useGeoJsonData(SOURCES.platformLabels, platforms.data ? platformData.labels : undefined);
  useGeoJsonData(SOURCES.redevelopment, redevelopment.data);
  useParcelTiles(config.data?.dataVersion ?? null, parcels.asOf);
  const selection = useMemo(
    (): FeatureCollection =>
      selected.data && selectedParcelId != null && selected.data.id === selectedParcelId
        ? {
            type: 'FeatureCollection',
            features: [{ type: 'Feature', geometry: selected.data.geometry as Geometry, properties: {} }],
          }
        : { type: 'FeatureCollection', features: [] },
    [selected.data, selectedParcelId],
  );
  useGeoJsonData(SOURCES.parcelSelection, selection);
  useEffect(() => {
    // How many parcels the map draws (the API's count): tests and the bench wait for this, then for the idle.
    if (map && parcels.summary) map.getContainer().dataset.parcelsCount = String(parcels.total);
  }, [map, parcels.summary, parcels.total]);

  useParcelTheme(theme, classes);
  useParcelFilter(filters);
  useLayerVisibility(hidden);
  useLabelLanguage(lang);
  useViewSync();

  useFeatureFlag(SOURCES.parcels, selectedParcelId, 'selected', PARCEL_SOURCE_LAYER);
  useFeatureFlag(SOURCES.platforms, selectedPlatformId, 'selected');

  const hover = useMapInteraction({
    onParcelClick: (id) => selectParcel(id, false),
    onPlatformClick: (id) => openPlatform(id),
  });

  return (
    <>
      <FocusController />
      {hover ? <ParcelTooltip hover={hover} /> : null}
      <BasemapController />
    </>
  );
}
