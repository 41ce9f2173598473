import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../state/app-store.ts';
import { closeDetails } from './navigate.ts';

// Each view loads when first opened: a visit may never select anything.
const ParcelPanel = lazy(() =>
  import('../parcel-panel/ParcelPanel.tsx').then((m) => ({ default: m.ParcelPanel })),
);
const ProjectView = lazy(() =>
  import('../project-view/ProjectView.tsx').then((m) => ({ default: m.ProjectView })),
);
const RedevelopmentView = lazy(() =>
  import('../redevelopment-view/RedevelopmentView.tsx').then((m) => ({ default: m.RedevelopmentView })),
);
const PlatformView = lazy(() =>
  import('../platform-view/PlatformView.tsx').then((m) => ({ default: m.PlatformView })),
);

/** The right panel: the selected parcel, else the 三旧 site, else the open project, else the platform. Escape closes it. */
export function DetailsPanel() {
  const { t } = useTranslation();
  const parcelId = useAppState((s) => s.selectedParcelId);
  const projectId = useAppState((s) => s.selectedProjectId);
  const platformId = useAppState((s) => s.selectedPlatformId);
  const redevId = useAppState((s) => s.selectedRedevelopmentId);
  const open = parcelId != null || projectId != null || platformId != null || redevId != null;

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) closeDetails();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  if (!open) return null;
  return (
    <aside className="details-panel" data-testid="details-panel" aria-label={t('parcel.title')}>
      <button
        type="button"
        className="close"
        data-testid="details-close"
        aria-label={t('parcel.close')}
        title={`${t('parcel.close')} (Esc)`}
        onClick={closeDetails}
      >
        ×
      </button>
      <Suspense fallback={<p className="muted small">{t('app.loading')}</p>}>
        {parcelId ? (
          <ParcelPanel id={parcelId} />
        ) : redevId ? (
          <RedevelopmentView id={redevId} />
        ) : projectId ? (
          <ProjectView id={projectId} />
        ) : platformId ? (
          <PlatformView id={platformId} />
        ) : null}
      </Suspense>
    </aside>
  );
}
