import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatKm2 } from '../../../domain/format.ts';
import { m2ToKm2 } from '../../../domain/units.ts';
import { useConfig, usePlatforms } from '../../api/hooks.ts';
import { availableBasemaps } from '../../map/basemaps.ts';
import { update, useAppState } from '../../state/app-store.ts';
import type { BasemapId, OverlayId } from '../../state/url-state.ts';
import { BASEMAPS, OVERLAYS } from '../../state/url-state.ts';
import { openPlatform } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';

const BASEMAP_LABEL: Record<BasemapId, ParseKeys> = {
  offline: 'basemap.offline',
  osm: 'basemap.osm',
  'tdt-vec': 'basemap.tdtVec',
  'tdt-img': 'basemap.tdtImg',
};

/** Basemap choice, overlay toggles and the platform list (click to open a platform). */
export function LayersPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const basemap = useAppState((s) => s.basemap);
  const hidden = useAppState((s) => s.hiddenOverlays);
  const selectedPlatformId = useAppState((s) => s.selectedPlatformId);
  const config = useConfig();
  const platforms = usePlatforms();
  const offered = availableBasemaps(config.data?.tiandituKey ?? null);

  const toggle = (o: OverlayId) =>
    update({ hiddenOverlays: OVERLAYS.filter((x) => (x === o ? !hidden.includes(x) : hidden.includes(x))) });

  return (
    <div className="layers" data-testid="layers">
      <fieldset className="field">
        <legend>{t('layers.basemap')}</legend>
        {BASEMAPS.filter((b) => offered.includes(b)).map((b) => (
          <label key={b} className="radio">
            <input
              type="radio"
              name="basemap"
              value={b}
              data-testid={`basemap-${b}`}
              checked={basemap === b}
              onChange={() => update({ basemap: b })}
            />
            {t(BASEMAP_LABEL[b])}
          </label>
        ))}
        {config.data && !config.data.tiandituKey ? <p className="muted small">{t('basemap.noKey')}</p> : null}
      </fieldset>

      <fieldset className="field">
        <legend>{t('layers.overlays')}</legend>
        {OVERLAYS.map((o) => (
          <label key={o} className="check">
            <input
              type="checkbox"
              data-testid={`layer-toggle-${o}`}
              checked={!hidden.includes(o)}
              onChange={() => toggle(o)}
            />
            {t(`layers.${o}`)}
          </label>
        ))}
      </fieldset>

      <fieldset className="field">
        <legend>{t('layers.platformList')}</legend>
        <ul className="platform-list">
          {(platforms.data ?? []).map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className={p.id === selectedPlatformId ? 'link active' : 'link'}
                data-testid={`platform-link-${p.id}`}
                onClick={() => openPlatform(p.id)}
              >
                {lang === 'en' ? p.nameEn : p.nameZh}
              </button>
              <span className="muted small">{formatKm2(m2ToKm2(p.areaM2), lang)}</span>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
