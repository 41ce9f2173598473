import './i18n.ts';
import { useTranslation } from 'react-i18next';
import { formatArea, formatDate, formatM2, labelOf } from '../../../domain/format.ts';
import { useRedevelopment } from '../../api/hooks.ts';
import { DetailsState } from '../details/DetailsState.tsx';
import { Fact } from '../details/Fact.tsx';
import { openPlatform, selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';
import { usePlatformNames } from '../language/use-platform-names.ts';

/**
 * One 三旧改造 site (clicked on the map): type, mode, stage, areas, floor space, target year, its platform
 * and the parcel it sits on. Read from GET /api/redevelopment (the same answer the map draws).
 */
export function RedevelopmentView({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const names = usePlatformNames();
  const q = useRedevelopment();
  const site = q.data?.features.find((f) => f.properties.id === id)?.properties;
  if (!q.data) return <DetailsState query={q} notFound={t('redevelopmentView.notFound')} />;
  if (!site) return <p className="muted">{t('redevelopmentView.notFound')}</p>;
  return (
    <div className="details-body" data-testid="redevelopment-view" data-redevelopment-id={site.id}>
      <h2 className="details-title">
        <span className="muted small">{t('redevelopmentView.kicker')}</span> {site.name}
      </h2>
      <dl className="facts">
        <Fact label={t('redevelopmentView.code')}>{site.code}</Fact>
        <Fact label={t('redevelopmentView.type')} testId="redevelopment-type">
          {labelOf('redevelopmentType', site.type, lang)}
        </Fact>
        <Fact label={t('redevelopmentView.mode')} testId="redevelopment-mode">
          {labelOf('redevelopmentMode', site.mode, lang)}
        </Fact>
        <Fact label={t('redevelopmentView.stage')} testId="redevelopment-stage">
          {labelOf('redevelopmentStage', site.stage, lang)}
        </Fact>
        <Fact label={t('redevelopmentView.platform')}>
          <button type="button" className="link" onClick={() => openPlatform(site.platformId)}>
            {names.get(site.platformId) ?? site.platformId}
          </button>
        </Fact>
        <Fact label={t('redevelopmentView.area')} testId="redevelopment-area">
          {formatArea(site.areaM2, lang)}
        </Fact>
        <Fact label={t('redevelopmentView.completed')}>{formatArea(site.completedAreaM2, lang)}</Fact>
        <Fact label={t('redevelopmentView.floorSpace')}>{formatM2(site.floorSpaceM2, lang)}</Fact>
        {site.landOutputM2 ? (
          <Fact label={t('redevelopmentView.landOutput')}>{formatArea(site.landOutputM2, lang)}</Fact>
        ) : null}
        <Fact label={t('redevelopmentView.targetYear')} testId="redevelopment-target-year">
          {site.targetYear}
        </Fact>
        {site.expectedCompletion ? (
          <Fact label={t('redevelopmentView.expectedCompletion')}>
            {formatDate(site.expectedCompletion, lang)}
          </Fact>
        ) : null}
        {site.implementer ? <Fact label={t('redevelopmentView.implementer')}>{site.implementer}</Fact> : null}
        {site.parcelId ? (
          <Fact label={t('redevelopmentView.parcel')}>
            <button type="button" className="link" onClick={() => selectParcel(site.parcelId!, true)}>
              {site.parcelId}
            </button>
          </Fact>
        ) : null}
      </dl>
    </div>
  );
}
