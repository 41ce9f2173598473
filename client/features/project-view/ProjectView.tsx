import { useTranslation } from 'react-i18next';
import {
  formatDate,
  formatIntensity,
  formatM2,
  formatMoneyWan,
  formatMu,
  labelOf,
} from '../../../domain/format.ts';
import { useProject } from '../../api/hooks.ts';
import { DetailsState } from '../details/DetailsState.tsx';
import { Fact } from '../details/Fact.tsx';
import { openPlatform, selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';

/** One project: enterprise, industry, origin, investment, demand, stage, platform (link) and its parcels. */
export function ProjectView({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useProject(id);
  if (!q.data) return <DetailsState query={q} notFound={t('parcel.notFound')} />;
  const p = q.data;
  return (
    <div className="details-body" data-testid="project-view" data-project-id={p.id}>
      <h2 className="details-title">
        <span className="muted small">{t('parcel.projects')}</span> {p.name}
      </h2>
      <dl className="facts">
        <Fact label={t('parcel.enterprise')}>{p.enterprise}</Fact>
        <Fact label={t('parcel.industry')}>{labelOf('industry', p.industry, lang)}</Fact>
        <Fact label={t('parcel.origin')}>{labelOf('origin', p.origin, lang)}</Fact>
        <Fact label={t('parcel.investment')}>{formatMoneyWan(p.investmentWan, lang)}</Fact>
        <Fact label={t('parcel.stage')}>{labelOf('projectStage', p.stage, lang)}</Fact>
        {p.landDemandMu != null ? (
          <Fact label={t('project.landDemand')}>{formatMu(p.landDemandMu, lang)}</Fact>
        ) : null}
        {p.floorDemandM2 != null ? (
          <Fact label={t('project.floorDemand')}>{formatM2(p.floorDemandM2, lang)}</Fact>
        ) : null}
        <Fact label={t('parcel.intensity')}>{formatIntensity(p.intensityWanPerMu, lang)}</Fact>
        {p.keyDates.signed ? (
          <Fact label={t('parcel.signed')}>{formatDate(p.keyDates.signed, lang)}</Fact>
        ) : null}
        {p.targetPlatform ? (
          <Fact label={t('parcel.platform')}>
            <button
              type="button"
              className="link"
              data-testid="project-platform-link"
              onClick={() => openPlatform(p.targetPlatform!.id)}
            >
              {lang === 'en' ? p.targetPlatform.nameEn : p.targetPlatform.nameZh}
            </button>
          </Fact>
        ) : null}
      </dl>
      <section className="section">
        <h3>{t('platform.parcels')}</h3>
        {p.parcels.length === 0 ? <p className="muted">{t('project.noLand')}</p> : null}
        <ul className="parcel-list">
          {p.parcels.map((x) => (
            <li key={x.id}>
              <button type="button" className="link" onClick={() => selectParcel(x.id, true)}>
                {x.code}
              </button>
              <span className="num muted">{formatMu(x.areaMu, lang)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
