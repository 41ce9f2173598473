import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../state/app-store.ts';
import { ParcelPanel } from '../parcel-panel/ParcelPanel.tsx';
import { PlatformView } from '../platform-view/PlatformView.tsx';
import { ProjectView } from '../project-view/ProjectView.tsx';
import { closeDetails } from './navigate.ts';

/** The right panel: the selected parcel, else the open project, else the open platform. Escape closes it. */
export function DetailsPanel() {
  const { t } = useTranslation();
  const parcelId = useAppState((s) => s.selectedParcelId);
  const projectId = useAppState((s) => s.selectedProjectId);
  const platformId = useAppState((s) => s.selectedPlatformId);
  const open = parcelId != null || projectId != null || platformId != null;

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
      {parcelId ? (
        <ParcelPanel id={parcelId} />
      ) : projectId ? (
        <ProjectView id={projectId} />
      ) : platformId ? (
        <PlatformView id={platformId} />
      ) : null}
    </aside>
  );
}
