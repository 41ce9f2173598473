import { DashboardMapLayers } from './features/dashboard/DashboardMapLayers.tsx';
import { GeometryEditLayer } from './features/geometry-edit/GeometryEditLayer.tsx';
import { LandBalanceMapLayers } from './features/land-balance/LandBalanceMapLayers.tsx';
import { MapLayers } from './features/map-layers/MapLayers.tsx';
import { MapWorkbench } from './features/measure/MapWorkbench.tsx';
import { ProjectMapLayers } from './features/project-view/ProjectMapLayers.tsx';
import { RedevelopmentMapLayers } from './features/redevelopment-view/RedevelopmentMapLayers.tsx';
import { ZoneInitialView } from './features/settings/ZoneInitialView.tsx';
import { MainMapProvider } from './map/MainMapProvider.tsx';

/**
 * Every feature's layers on the main map (created outside React: client/map/main-map.ts); loaded as a chunk of
 * its own with maplibre-gl (see App.tsx).
 */
export function MapScene() {
  return (
    <MainMapProvider>
      <MapLayers />
      <ZoneInitialView />
      <DashboardMapLayers />
      <LandBalanceMapLayers />
      <MapWorkbench />
      <ProjectMapLayers />
      <RedevelopmentMapLayers />
      <GeometryEditLayer />
    </MainMapProvider>
  );
}
