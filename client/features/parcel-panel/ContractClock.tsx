import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  formatDate,
  formatMoneyWan,
  formatNumber,
  joinClauses,
  labelOf,
  MISSING,
} from '../../../domain/format.ts';
import type { ParcelDetail } from '../../api/types.ts';
import { Fact } from '../details/Fact.tsx';
import { useLang } from '../language/use-lang.ts';

type T = TFunction<'translation', undefined>;
type Lang = ReturnType<typeof useLang>;

/** The 交地 line: on time, late (the government's delay), or still pending past the agreed date. */
function deliveryText(p: ParcelDetail, t: T, lang: Lang): string {
  const d = p.delivery;
  const days = formatNumber(d.overdueDays, lang);
  if (d.governmentDelay && d.actual == null)
    return t('contract.deliveryPending', { date: formatDate(d.agreed, lang), days });
  if (d.actual == null) return t('contract.notDeliveredYet', { date: formatDate(d.agreed, lang) });
  if (d.governmentDelay) return t('contract.deliveredLate', { date: formatDate(d.actual, lang), days });
  return t('contract.deliveredOn', { date: formatDate(d.actual, lang) });
}

/** The procedure standing with its money: owed under a decision, else exposure (never for a government delay). */
function ComplianceFacts({ p, lang }: { p: ParcelDetail; lang: Lang }) {
  const { t } = useTranslation();
  const c = p.compliance;
  const decisions = [c.decisions.confirmation, c.decisions.fee, c.decisions.reclaim].filter(
    (d): d is string => d != null && d !== '',
  );
  return (
    <>
      <Fact label={t('contract.compliance')} testId="compliance-status">
        <span data-status={c.status}>{labelOf('complianceStatus', c.status, lang)}</span>
        {c.partialDevelopment ? ` · ${t('contract.partial')}` : ''}
      </Fact>
      {c.owedWan > 0 || c.exposureWan > 0 ? (
        <Fact label="" testId="idle-fee">
          {c.owedWan > 0
            ? t('contract.owed', { money: formatMoneyWan(c.owedWan, lang), no: c.decisions.fee ?? MISSING })
            : t('contract.exposure', { money: formatMoneyWan(c.exposureWan, lang) })}
        </Fact>
      ) : null}
      {decisions.length ? <Fact label={t('contract.decisions')}>{joinClauses(decisions, lang)}</Fact> : null}
    </>
  );
}

/** 合同履约: delivery, the agreed dates the clock uses (after 补充协议), 动工, completion, production, procedure. */
export function ContractClock({ parcel: p }: { parcel: ParcelDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (p.idle.status === 'not_applicable') return null;
  const c = p.contract;
  const moved = c.effectiveStart != null && c.effectiveStart !== c.agreedStart;
  const pending = c.effectiveStart == null && p.delivery.governmentDelay;
  return (
    <section className="section" data-testid="contract-clock">
      <h3>{t('contract.clockTitle')}</h3>
      <dl className="facts">
        <Fact label={t('contract.delivery')} testId="delivery-status">
          <span className={p.delivery.governmentDelay ? 'warn' : undefined}>
            {deliveryText(p, t as unknown as T, lang)}
          </span>
        </Fact>
        <Fact label={t('contract.effectiveStart')} testId="effective-start">
          {pending ? t('contract.afterDelivery') : formatDate(c.effectiveStart, lang)}
          {moved || pending ? t('contract.shifted', { date: formatDate(c.agreedStart, lang) }) : ''}
        </Fact>
        <Fact label={t('contract.started')} testId="started">
          {p.started
            ? t('contract.startedOn', {
                date: formatDate(p.started.date, lang),
                evidence: labelOf('startEvidence', p.started.evidence, lang),
              })
            : t('contract.notStarted')}
        </Fact>
        <Fact label={t('contract.effectiveCompletion')}>
          {pending ? t('contract.afterDelivery') : formatDate(c.effectiveCompletion, lang)}
        </Fact>
        {p.completion.overdueDays > 0 ? (
          <Fact label={t('contract.completionOverdue')}>
            {t('contract.completionOverdueDays', { days: formatNumber(p.completion.overdueDays, lang) })}
            {p.completion.penaltyExposureWan == null
              ? ''
              : ` · ${t('contract.penalty', { money: formatMoneyWan(p.completion.penaltyExposureWan, lang) })}`}
          </Fact>
        ) : null}
        <Fact label={t('contract.productionDue')}>
          {pending ? t('contract.afterDelivery') : formatDate(p.completion.productionDue, lang)}
        </Fact>
        <ComplianceFacts p={p} lang={lang} />
      </dl>
      {c.amendments.length ? (
        <>
          <h4 className="small">{t('contract.amendments')}</h4>
          <ul className="small" data-testid="amendments">
            {c.amendments.map((a) => (
              <li key={`${a.date}-${a.documentNo}`}>
                {t('contract.amendment', {
                  date: formatDate(a.date, lang),
                  no: a.documentNo,
                  start: formatDate(a.agreedStart, lang),
                  completion: formatDate(a.agreedCompletion, lang),
                  reason: a.reason,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
