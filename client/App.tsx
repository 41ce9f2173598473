import { useMe } from './api/auth.ts';
import { AppHeader } from './features/AppHeader.tsx';
import { AdminPage } from './features/admin/AdminPage.tsx';
import { SignInDialog } from './features/auth/SignInDialog.tsx';
import { SignInPage } from './features/auth/SignInPage.tsx';
import { DashboardMapLayers } from './features/dashboard/DashboardMapLayers.tsx';
import { DetailsPanel } from './features/details/DetailsPanel.tsx';
import { ImportPage } from './features/import/ImportPage.tsx';
import { LeftPanel } from './features/LeftPanel.tsx';
import { LandBalanceMapLayers } from './features/land-balance/LandBalanceMapLayers.tsx';
import { MapLayers } from './features/map-layers/MapLayers.tsx';
import { MapView } from './map/MapView.tsx';

/**
 * Layout only: the sign-in page when reading needs a session and nobody is signed in; the administration pages
 * under /admin; the import wizard at /import; else header, left panel, the map with its layers, the details panel and the sign-in dialog.
 */
export function App() {
  const me = useMe();
  const path = window.location.pathname;
  if (me.data && !me.data.anonymousRead && !me.data.user) return <SignInPage />;
  if (path.startsWith('/admin')) return <AdminPage path={path} />;
  if (path === '/import') return <ImportPage />;
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
      <SignInDialog />
    </div>
  );
}
