import { useTranslation } from 'react-i18next';
import { formatMoneyWan, formatNumber, labelOf, MISSING } from '../../../domain/format.ts';
import { intensityYuanPerM2 } from '../../../domain/indicators.ts';
import type { ParcelDetail } from '../../api/types.ts';
import { Fact } from '../details/Fact.tsx';
import { useLang } from '../language/use-lang.ts';

/** 出让方式与出让条件: mode, legal basis, term (弹性年期), 先租后让, and the conditions the grant fixed. */
export function GrantConditions({ parcel }: { parcel: ParcelDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const g = parcel.grant;
  const c = parcel.conditions;
  if (g == null && c == null) return null;
  const n = (x: number | null | undefined, d = 1) => (x == null ? MISSING : formatNumber(x, lang, d));
  const pct = (x: number | null | undefined) => (x == null ? MISSING : `${formatNumber(x, lang)}%`);
  const perMu = (x: number | null | undefined) => (x == null ? MISSING : t('contract.perMu', { n: n(x, 0) }));
  const yuan = intensityYuanPerM2(c?.investmentIntensityWanPerMu ?? null);
  return (
    <section className="section" data-testid="grant-conditions">
      <h3>{t('contract.grantTitle')}</h3>
      <dl className="facts">
        {g ? (
          <>
            <Fact label={t('contract.mode')} testId="grant-mode">
              {labelOf('grantMode', g.mode, lang)}
              {g.legalBasis ? ` · ${labelOf('agreementBasis', g.legalBasis, lang)}` : ''}
            </Fact>
            <Fact label={t('contract.term')}>
              {g.termYears == null ? MISSING : t('contract.termYears', { n: g.termYears })}
              {g.flexibleTerm ? ` (${t('contract.flexible')})` : ''}
              {g.leaseFirst ? ` · ${t('contract.leaseFirst')}` : ''}
            </Fact>
          </>
        ) : null}
        {c ? (
          <>
            <Fact label={t('contract.plotRatio')}>{`${n(c.plotRatioMin)} – ${n(c.plotRatioMax)}`}</Fact>
            <Fact label={t('contract.coverage')}>{`≥ ${pct(c.buildingCoverageMin)}`}</Fact>
            <Fact label={t('contract.green')}>{`≤ ${pct(c.greenRatioMax)}`}</Fact>
            <Fact label={t('contract.height')}>
              {c.heightLimitM == null ? MISSING : t('contract.heightM', { n: n(c.heightLimitM, 0) })}
            </Fact>
            <Fact label={t('contract.startPrice')}>{formatMoneyWan(c.startPriceWan, lang)}</Fact>
            <Fact label={t('contract.finalPrice')}>{formatMoneyWan(parcel.landPriceWan, lang)}</Fact>
            <Fact label={t('contract.intensityCommitted')} testId="grant-intensity">
              {perMu(c.investmentIntensityWanPerMu)}
              {yuan == null ? '' : ` · ${t('contract.perM2', { n: n(yuan, 0) })}`}
            </Fact>
            <Fact
              label={t('contract.outputTax')}
            >{`${perMu(c.outputPerMuWan)} / ${perMu(c.taxPerMuWan)}`}</Fact>
          </>
        ) : null}
      </dl>
    </section>
  );
}
