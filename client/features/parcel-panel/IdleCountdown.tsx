import { useTranslation } from 'react-i18next';
import { formatDate, formatMoneyWan, formatNumber } from '../../../domain/format.ts';
import type { ParcelDetail } from '../../api/types.ts';
import { ProjectedMark } from '../dashboard/ProjectedMark.tsx';
import { useLang } from '../language/use-lang.ts';

const TONE: Record<ParcelDetail['idle']['status'], string> = {
  not_applicable: 'muted',
  started: 'ok',
  government_delay: 'warn',
  partial_idle: 'danger',
  on_track: 'ok',
  due_soon: 'warn',
  overdue: 'warn',
  idle: 'danger',
  reclaimable: 'danger',
};

/** The idle-land clock (闲置土地处置办法): countdown to the agreed start, the idle fee and reclaim dates. */
export function IdleCountdown({ idle }: { idle: ParcelDetail['idle'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const n = (x: number | null) => formatNumber(x == null ? null : Math.abs(x), lang);
  const text = t(`idle.${idle.status}`, {
    days:
      idle.status === 'on_track' || idle.status === 'due_soon' ? n(idle.daysToStart) : n(idle.daysOverdue),
    date: formatDate(idle.agreedStart, lang),
    idleDays: n(idle.daysUntilIdle),
    idleDate: formatDate(idle.idleDate, lang),
    reclaimDays: n(idle.daysUntilReclaim),
    reclaimDate: formatDate(idle.reclaimDate, lang),
    fee: formatMoneyWan(idle.feeWan, lang),
  });
  return (
    <section className="section">
      <h3>
        {t('parcel.idle')} <ProjectedMark testId="idle-projected" />
      </h3>
      <p
        className={`idle idle-${TONE[idle.status]}`}
        data-testid="idle-status"
        data-status={idle.status}
        title={t('idle.rule')}
      >
        {text}
      </p>
    </section>
  );
}
