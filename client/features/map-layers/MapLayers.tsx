import { useEffect, useMemo } from 'react';
import { useContextLayer, usePlatforms, useRedevelopment } from '../../api/hooks.ts';
import { labelPoints } from '../../map/label-points.ts';
import { SOURCES } from '../../map/layer-ids.ts';
import { useMap } from '../../map/map-context.ts';
import { themeClasses } from '../../map/parcel-theme.ts';
import { useFeatureFlag } from '../../map/use-feature-flag.ts';
import { useGeoJsonData } from '../../map/use-geojson-data.ts';
import { useMapInteraction } from '../../map/use-map-interaction.ts';
import { useLabelLanguage, useLayerVisibility, useParcelTheme } from '../../map/use-map-style-sync.ts';
import { useViewSync } from '../../map/use-view-sync.ts';
import { useAppState } from '../../state/app-store.ts';
import { openPlatform, selectParcel } from '../details/navigate.ts';
import { BasemapController } from './BasemapController.tsx';
import { FocusController } from './FocusController.tsx';
import { ParcelTooltip } from './ParcelTooltip.tsx';
import { platformBoundaries, platformLabelPoints } from './platform-features.ts';
import { useFitFilteredParcels } from './use-fit-filtered.ts';
import { useParcelLayerData } from './use-parcel-layer-data.ts';

/** Feeds the API's data into the map and keeps its styling in step with the UI state. Renders overlays only. */
export function MapLayers() {
  const map = useMap();
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const hidden = useAppState((s) => s.hiddenOverlays);
  const selectedParcelId = useAppState((s) => s.selectedParcelId);
  const selectedPlatformId = useAppState((s) => s.selectedPlatformId);

  const platforms = usePlatforms();
  const towns = useContextLayer('towns');
  const roads = useContextLayer('roads');
  const water = useContextLayer('water');
  const redevelopment = useRedevelopment();
  const parcels = useParcelLayerData();
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
  useGeoJsonData(SOURCES.parcels, parcels.fc);
  const parcelLabels = useMemo(
    () => (parcels.fc ? labelPoints(parcels.fc, (p) => ({ code: p.code })) : undefined),
    [parcels.fc],
  );
  useGeoJsonData(SOURCES.parcelLabels, parcelLabels);
  useEffect(() => {
    // How many parcels were handed to the map: tests and the bench wait for this, then for the map's idle.
    if (map && parcels.fc) map.getContainer().dataset.parcelsCount = String(parcels.fc.features.length);
  }, [map, parcels.fc]);

  useParcelTheme(theme, classes);
  useLayerVisibility(hidden);
  useLabelLanguage(lang);
  useViewSync();

  useFeatureFlag(SOURCES.parcels, selectedParcelId, 'selected');
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
