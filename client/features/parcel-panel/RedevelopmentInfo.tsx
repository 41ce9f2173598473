import { useTranslation } from 'react-i18next';
import { formatArea, formatM2, labelOf } from '../../../domain/format.ts';
import type { ParcelDetail } from '../../api/types.ts';
import { Fact } from '../details/Fact.tsx';
import { useLang } from '../language/use-lang.ts';

/** The 三旧改造 site overlapping the parcel: type, mode, stage, target year, areas and floor space. */
export function RedevelopmentInfo({ site }: { site: NonNullable<ParcelDetail['redevelopment']> }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="section" data-testid="parcel-redevelopment">
      <h3>{t('parcel.redevelopment')}</h3>
      <dl className="facts compact">
        <Fact label={t('parcel.code')}>
          {site.code} {site.name}
        </Fact>
        <Fact label={t('parcel.redevType')}>{labelOf('redevelopmentType', site.type, lang)}</Fact>
        <Fact label={t('parcel.redevMode')}>{labelOf('redevelopmentMode', site.mode, lang)}</Fact>
        <Fact label={t('parcel.redevStage')}>{labelOf('redevelopmentStage', site.stage, lang)}</Fact>
        <Fact label={t('parcel.redevTarget')}>{site.targetYear}</Fact>
        <Fact label={t('parcel.area')}>{formatArea(site.areaM2, lang)}</Fact>
        <Fact label={t('parcel.redevFloor')}>{formatM2(site.floorSpaceM2, lang)}</Fact>
      </dl>
    </section>
  );
}
