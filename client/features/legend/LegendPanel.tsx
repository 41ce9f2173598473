import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMu, formatNumber } from '../../../domain/format.ts';
import { usePlatforms } from '../../api/hooks.ts';
import { themeClasses } from '../../map/parcel-theme.ts';
import { update, useAppState } from '../../state/app-store.ts';
import { THEMES } from '../../state/url-state.ts';
import { useLang } from '../language/use-lang.ts';
import { useMapParcels } from '../map-layers/use-map-parcels.ts';
import { classLabel } from './class-label.ts';
import { legendRows } from './legend-tally.ts';
import { StaticLegend } from './StaticLegend.tsx';

/**
 * Theme chooser and the parcel legend: each class's colour, count and area (亩) among the drawn parcels, as the
 * API counts them (GET /api/parcels/summary with the map's filters and date).
 */
export function LegendPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const theme = useAppState((s) => s.theme);
  const platforms = usePlatforms();
  const { summary, total, totalMu } = useMapParcels();

  const rows = useMemo(() => {
    const classes = themeClasses(
      theme,
      (platforms.data ?? []).map((p) => p.id),
    );
    return legendRows(summary?.groups ?? [], classes);
  }, [summary, theme, platforms.data]);
  const names = useMemo(
    () => new Map((platforms.data ?? []).map((p) => [p.id, lang === 'en' ? p.nameEn : p.nameZh])),
    [platforms.data, lang],
  );

  return (
    <div className="legend" data-testid="legend">
      <label className="field">
        <span>{t('theme.label')}</span>
        <select
          data-testid="theme-select"
          value={theme}
          onChange={(e) => {
            const v = THEMES.find((x) => x === e.target.value);
            if (v) update({ theme: v });
          }}
        >
          {THEMES.map((x) => (
            <option key={x} value={x}>
              {t(`theme.${x}`)}
            </option>
          ))}
        </select>
      </label>
      <table className="legend-table">
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.key}
              data-testid="legend-row"
              data-key={r.key}
              data-count={r.count}
              className={r.count ? '' : 'muted'}
            >
              <td>
                <i className="swatch" style={{ background: r.color }} />
              </td>
              <td className="legend-label">
                {classLabel(theme, r.key, lang, (id) => names.get(id) ?? id, t('legend.noProject'))}
              </td>
              <td className="num">{t('legend.count', { n: formatNumber(r.count, lang) })}</td>
              <td className="num">{formatMu(r.areaMu, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <td>{t('legend.total')}</td>
            <td className="num" data-testid="legend-total">
              {t('legend.count', { n: formatNumber(total, lang) })}
            </td>
            <td className="num">{formatMu(totalMu, lang)}</td>
          </tr>
        </tfoot>
      </table>
      <StaticLegend />
    </div>
  );
}
