import { useTranslation } from 'react-i18next';

/** Symbols of the non-parcel layers: platform boundary, 三旧 hatch, S357, roads, water, towns. */
export function StaticLegend() {
  const { t } = useTranslation();
  return (
    <ul className="static-legend">
      <li>
        <i className="sym sym-platform" />
        {t('legend.platformBoundary')}
      </li>
      <li>
        <i className="sym sym-hatch" />
        {t('legend.redevelopment')}
      </li>
      <li>
        <i className="sym sym-s357" />
        {t('legend.s357')}
      </li>
      <li>
        <i className="sym sym-road" />
        {t('legend.road')}
      </li>
      <li>
        <i className="sym sym-water" />
        {t('legend.water')}
      </li>
      <li>
        <i className="sym sym-town" />
        {t('legend.town')}
      </li>
    </ul>
  );
}
