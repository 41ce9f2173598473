import { useTranslation } from 'react-i18next';
import type { BasemapId } from '../../state/url-state.ts';

interface Props {
  /** The online basemap whose tiles failed. */
  failed: BasemapId;
  onDismiss: () => void;
}

const NAME_KEY = { osm: 'basemap.osm', 'tdt-vec': 'basemap.tdtVec', 'tdt-img': 'basemap.tdtImg' } as const;

/**
 * Short notice (bottom left of the map, clear of the zoom buttons and the details panel) that an online
 * basemap could not be reached and the offline one is shown instead.
 */
export function BasemapNotice({ failed, onDismiss }: Props) {
  const { t } = useTranslation();
  const name = failed === 'offline' ? '' : t(NAME_KEY[failed]);
  return (
    <div className="map-notice" role="status" data-testid="basemap-notice" data-failed={failed}>
      <span>{t('basemap.unreachable', { name })}</span>
      <button type="button" className="btn-link" onClick={onDismiss} aria-label={t('basemap.dismiss')}>
        ×
      </button>
    </div>
  );
}
