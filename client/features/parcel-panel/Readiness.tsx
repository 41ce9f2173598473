import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../domain/format.ts';
import type { ParcelDetail } from '../../api/types.ts';
import { Fact } from '../details/Fact.tsx';
import { useLang } from '../language/use-lang.ts';

/** 供地准备 of reserve / planned land: approvals, quota, clearance, levelling, expected ready date, 批而未供 age. */
export function Readiness({ parcel }: { parcel: ParcelDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const r = parcel.readiness;
  if (r == null) return null;
  const days = r.approvedUnsuppliedDays;
  return (
    <section className="section" data-testid="readiness">
      <h3>{t('contract.readinessTitle')}</h3>
      <dl className="facts">
        <Fact label={t('contract.conversion')}>
          {r.conversionApproved
            ? t('contract.approvedOn', { date: formatDate(r.conversionApproved, lang) })
            : t('contract.notApproved')}
        </Fact>
        <Fact label={t('contract.quota')}>
          {r.quotaAllocated ? t('contract.allocated') : t('contract.notAllocated')}
        </Fact>
        <Fact label={t('contract.demolition')}>{`${formatNumber(r.demolitionPct, lang)}%`}</Fact>
        <Fact label={t('contract.levelled')}>
          {r.siteLevelled ? t('contract.done') : t('contract.notDone')}
        </Fact>
        <Fact label={t('contract.expectedReady')}>{formatDate(r.expectedReady, lang)}</Fact>
        {days != null ? (
          <Fact label={t('contract.unsupplied')} testId="approved-unsupplied">
            <span className={r.approvedUnsuppliedWarning ? 'warn' : undefined}>
              {t(r.approvedUnsuppliedWarning ? 'contract.unsuppliedWarn' : 'contract.unsuppliedDays', {
                days: formatNumber(days, lang),
              })}
            </span>
          </Fact>
        ) : null}
      </dl>
    </section>
  );
}
