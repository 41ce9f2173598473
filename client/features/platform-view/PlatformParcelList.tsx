import './i18n.ts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMu, formatNumber, labelOf } from '../../../domain/format.ts';
import { useParcels } from '../../api/hooks.ts';
import { EMPTY_FILTERS } from '../../state/url-state.ts';
import { selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';

/** The platform's parcels by code, each opening its panel (and framing it) when clicked. */
export function PlatformParcelList({ platformId }: { platformId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parcels = useParcels(useMemo(() => ({ ...EMPTY_FILTERS, platform: platformId }), [platformId]));
  const list = [...(parcels.data?.features ?? [])].sort((a, b) =>
    a.properties.code.localeCompare(b.properties.code),
  );
  return (
    <section className="section">
      <h3>
        {t('platform.parcels')} ({formatNumber(list.length, lang)})
      </h3>
      <ul className="parcel-list" data-testid="platform-parcel-list">
        {list.map((f) => (
          <li key={f.properties.id}>
            <button type="button" className="link" onClick={() => selectParcel(f.properties.id, true)}>
              {f.properties.code}
            </button>
            <span className={`state-badge state-${f.properties.state}`}>
              {labelOf('landState', f.properties.state, lang)}
            </span>
            <span className="num muted">{formatMu(f.properties.areaMu, lang)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
