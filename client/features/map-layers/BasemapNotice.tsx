import { useTranslation } from 'react-i18next';

interface Props {
  onDismiss: () => void;
}

/** Short notice that the online basemap cannot be reached; our own layers keep drawing underneath. */
export function BasemapNotice({ onDismiss }: Props) {
  const { t } = useTranslation();
  return (
    <div className="map-notice" role="status" data-testid="basemap-notice">
      <span>{t('basemap.unreachable')}</span>
      <button type="button" className="btn-link" onClick={onDismiss} aria-label={t('basemap.dismiss')}>
        ×
      </button>
    </div>
  );
}
