import { lazy, Suspense } from 'react';
import { mustSignIn, useMe } from './api/auth.ts';
import { pageOf } from './app-route.ts';
import { AppHeader } from './features/AppHeader.tsx';
import { SignInDialog } from './features/auth/SignInDialog.tsx';
import { SignInPage } from './features/auth/SignInPage.tsx';
import { DetailsPanel } from './features/details/DetailsPanel.tsx';
import { LeftPanel } from './features/LeftPanel.tsx';
import { useProjectFormTarget } from './features/project-form/project-form-store.ts';
import { MainMapSlot } from './map/MainMapSlot.tsx';

// maplibre-gl is ≈ 1 MB minified: it loads as its own chunk. main.tsx asks for it (and creates the map) before
// React's first render on the main layout's path; the layers come with it.
export const loadMapScene = () => import('./MapScene.tsx');
const MapScene = lazy(() => loadMapScene().then((m) => ({ default: m.MapScene })));
// The administration pages (users, audit trail) are for administrators only: loaded on /admin.
const AdminPage = lazy(() =>
  import('./features/admin/AdminPage.tsx').then((m) => ({ default: m.AdminPage })),
);
// The project form (editors): loaded when first opened from the pipeline list or a project's panel (not
// rendered while closed, so its chunks are not among the start-up requests).
const ProjectFormDialog = lazy(() =>
  import('./features/project-form/ProjectFormDialog.tsx').then((m) => ({ default: m.ProjectFormDialog })),
);
// The zone settings (administrators, rarely): loaded on /settings.
const SettingsPage = lazy(() =>
  import('./features/settings/SettingsPage.tsx').then((m) => ({ default: m.SettingsPage })),
);
// The import wizard (editors, now and then): loaded on /import.
const ImportPage = lazy(() =>
  import('./features/import/ImportPage.tsx').then((m) => ({ default: m.ImportPage })),
);

/** The project form dialog, only while it is open. */
function ProjectFormWhenOpen() {
  const open = useProjectFormTarget() !== null;
  return open ? (
    <Suspense fallback={null}>
      <ProjectFormDialog />
    </Suspense>
  ) : null;
}

/**
 * Layout only: the sign-in page when reading needs a session and nobody is signed in; the administration pages
 * under /admin; the zone settings at /settings; the import wizard at /import; else header, left panel, the map with its layers, the details
 * panel and the sign-in dialog.
 */
export function App() {
  const me = useMe();
  const path = window.location.pathname;
  const page = pageOf(path);
  if (mustSignIn(me.data)) return <SignInPage />;
  if (page === 'admin') {
    return (
      <Suspense fallback={null}>
        <AdminPage path={path} />
      </Suspense>
    );
  }
  if (page === 'settings') {
    return (
      <Suspense fallback={null}>
        <SettingsPage />
      </Suspense>
    );
  }
  if (page === 'import') {
    return (
      <Suspense fallback={null}>
        <ImportPage />
      </Suspense>
    );
  }
  return (
    <div className="app">
      <AppHeader />
      <div className="app-body">
        <LeftPanel />
        <main className="map-area">
          <MainMapSlot>
            <Suspense fallback={null}>
              <MapScene />
            </Suspense>
          </MainMapSlot>
          <DetailsPanel />
        </main>
      </div>
      <SignInDialog />
      <ProjectFormWhenOpen />
    </div>
  );
}
