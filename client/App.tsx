import { AppHeader } from './features/AppHeader.tsx';
import { DashboardMapLayers } from './features/dashboard/DashboardMapLayers.tsx';
import { DetailsPanel } from './features/details/DetailsPanel.tsx';
import { LeftPanel } from './features/LeftPanel.tsx';
import { LandBalanceMapLayers } from './features/land-balance/LandBalanceMapLayers.tsx';
import { MapLayers } from './features/map-layers/MapLayers.tsx';
import { MapView } from './map/MapView.tsx';

/** Layout only: header, left panel, the map with its layers, and the details panel. */
export function App() {
  return (
    <div className="app">
      <AppHeader />
      <div className="app-body">
        <LeftPanel />
        <main className="map-area">
          <MapView>
            <MapLayers />
            <DashboardMapLayers />
            <LandBalanceMapLayers />
          </MapView>
          <DetailsPanel />
        </main>
      </div>
    </div>
  );
}
