import { useTranslation } from 'react-i18next';
import { formatArea, formatDate, formatMoneyWan, formatNumber, labelOf } from '../../../domain/format.ts';
import type { ParcelDetail } from '../../api/types.ts';
import { Fact } from '../details/Fact.tsx';
import { openPlatform } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';

/** Code, platform (link), town, land use, area (㎡ and 亩), plot ratio, state and since when, contract dates. */
export function ParcelFacts({ parcel }: { parcel: ParcelDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const c = parcel.contract;
  return (
    <dl className="facts">
      <Fact label={t('parcel.code')} testId="parcel-code">
        {parcel.code}
      </Fact>
      <Fact label={t('parcel.platform')}>
        <button
          type="button"
          className="link"
          data-testid="parcel-platform-link"
          onClick={() => openPlatform(parcel.platform.id)}
        >
          {lang === 'en' ? parcel.platform.nameEn : parcel.platform.nameZh}
        </button>
      </Fact>
      <Fact label={t('parcel.town')} testId="parcel-town">
        {(lang === 'en' ? (parcel.townEn ?? parcel.town) : parcel.town) || t('parcel.none')}
      </Fact>
      <Fact label={t('parcel.landUse')}>
        {parcel.landUse} {labelOf('landUse', parcel.landUse, lang)}
      </Fact>
      <Fact label={t('parcel.area')} testId="parcel-area">
        {formatArea(parcel.areaM2, lang)}
      </Fact>
      <Fact label={t('parcel.plotRatio')}>{formatNumber(parcel.plotRatioMax, lang, 1)}</Fact>
      <Fact label={t('parcel.state')} testId="parcel-state">
        <span className={`state-badge state-${parcel.state}`}>
          {labelOf('landState', parcel.state, lang)}
        </span>{' '}
        <span className="muted">{t('parcel.since', { date: formatDate(parcel.stateSince, lang) })}</span>
      </Fact>
      {parcel.expectedReadyDate ? (
        <Fact label={t('parcel.expectedReady')}>{formatDate(parcel.expectedReadyDate, lang)}</Fact>
      ) : null}
      {c.signed ? (
        <>
          <Fact label={`${t('parcel.contract')} · ${t('parcel.signed')}`}>{formatDate(c.signed, lang)}</Fact>
          <Fact label={t('parcel.agreedDelivery')}>{formatDate(c.agreedDelivery, lang)}</Fact>
          <Fact label={t('parcel.agreedStart')}>{formatDate(c.agreedStart, lang)}</Fact>
          <Fact label={t('parcel.agreedCompletion')}>{formatDate(c.agreedCompletion, lang)}</Fact>
          <Fact label={t('parcel.landPrice')}>{formatMoneyWan(parcel.landPriceWan, lang)}</Fact>
        </>
      ) : null}
    </dl>
  );
}
