import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ParcelPanel } from '../parcel-panel/ParcelPanel.tsx';
import { PlatformView } from '../platform-view/PlatformView.tsx';
import { ProjectView } from '../project-view/ProjectView.tsx';
import { useAppState } from '../url-state/app-store.ts';
import { closeDetails } from './navigate.ts';

/** The right panel: the selected parcel, else the open project, else the open platform. Escape closes it. */
export function DetailsPanel() {
  const { t } = useTranslation();
  const sel = useAppState((s) => s.sel);
  const pj = useAppState((s) => s.pj);
  const pv = useAppState((s) => s.pv);
  const open = sel != null || pj != null || pv != null;

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
      {sel ? <ParcelPanel id={sel} /> : pj ? <ProjectView id={pj} /> : pv ? <PlatformView id={pv} /> : null}
    </aside>
  );
}
