import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CONTRACT_CLOCK_RULES } from '../../../domain/contract-clock/rules.ts';
import {
  formatArea,
  formatDate,
  formatMoneyWan,
  formatMu,
  formatNumber,
  type Lang,
} from '../../../domain/format.ts';
import { useIdleLand } from '../../api/dashboard.ts';
import type { IdleLandAnswer } from '../../api/types.ts';
import { useAppState } from '../../state/app-store.ts';
import { selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';
import { ApprovedUnsuppliedList } from './ApprovedUnsuppliedList.tsx';
import { DashboardQueryState } from './DashboardQueryState.tsx';
import { DashRow } from './DashRow.tsx';
import { IDLE_COLORS, isWatchStatus } from './idle-colors.ts';
import { ListCutNote } from './ListCutNote.tsx';
import { useRefDate } from './use-ref-date.ts';
import './dashboard.css';
import { ProjectedMark } from './ProjectedMark.tsx';

type T = TFunction<'translation', undefined>;

/** "16 days to agreed start" / "400 days overdue" / "agreed start is today". */
function clockText(daysToStart: number | null, t: T, lang: Lang): string {
  if (daysToStart == null) return '';
  if (daysToStart > 0) return t('dashboard.idle.daysLeft', { n: formatNumber(daysToStart, lang) });
  if (daysToStart === 0) return t('dashboard.idle.dueToday');
  return t('dashboard.idle.daysOverdue', { n: formatNumber(-daysToStart, lang) });
}

/** `a（b）` in Chinese, `a (b)` in English. */
const paren = (a: string, b: string, lang: Lang) => (lang === 'en' ? `${a} (${b})` : `${a}（${b}）`);

/**
 * 闲置预警: transferred parcels not started whose agreed construction start has passed or is within 180 days on
 * the reference date, most urgent first; the map marks them while this tab is open. A row opens the parcel.
 */
export function IdleLandPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const platform = useAppState((s) => s.filters.platform);
  const { refDate } = useRefDate();
  const q = useIdleLand(platform, refDate);
  const d = q.data;
  if (q.error || !d) return <DashboardQueryState error={q.error} />;
  const s = d.summary;
  return (
    <div
      className="dashboard idle-panel"
      data-testid="idle-land"
      data-ref-date={d.refDate}
      aria-busy={q.isFetching}
    >
      <h3>{t('dashboard.idle.title')}</h3>
      <p className="muted small">{t('dashboard.idle.intro', { days: CONTRACT_CLOCK_RULES.dueSoonDays })}</p>
      <p className="small" data-testid="idle-summary" data-count={d.total}>
        {t('dashboard.refDate')} {formatDate(d.refDate, lang)} <ProjectedMark /> ·{' '}
        {t('dashboard.idle.summary', {
          n: formatNumber(d.total, lang),
          area: formatMu(s.areaMu, lang),
          fee: formatMoneyWan(s.feeExposureWan, lang),
        })}
        {s.feeOwedWan > 0
          ? ` · ${t('dashboard.idle.owed', { fee: formatMoneyWan(s.feeOwedWan, lang) })}`
          : null}
      </p>
      <ul className="status-counts small">
        {Object.entries(s.byStatus).map(([k, n]) =>
          isWatchStatus(k) ? (
            <li key={k}>
              <i className="swatch" style={{ background: IDLE_COLORS[k] }} />
              {t(`dashboard.idle.status.${k}`)} {n}
            </li>
          ) : null,
        )}
      </ul>
      {d.items.length === 0 ? <p className="muted small">{t('dashboard.idle.none')}</p> : null}
      <ul className="dash-list">
        {d.items.map((r) => (
          <IdleRow key={r.parcelId} r={r} lang={lang} />
        ))}
      </ul>
      <ListCutNote total={d.total} limit={d.limit} truncated={d.truncated} />
      <ApprovedUnsuppliedList data={d.approvedUnsupplied} />
    </div>
  );
}

type IdleItem = IdleLandAnswer['items'][number];

/**
 * One parcel on the watch list: code and status, its projects, the clock (or how late the government's delivery
 * is), area, fee (owed, else exposure) and the next deadline.
 */
function IdleRow({ r, lang }: { r: IdleItem; lang: Lang }) {
  const { t } = useTranslation();
  const delay = r.status === 'government_delay';
  const reclaimOn = t('dashboard.idle.reclaimOn', { date: formatDate(r.reclaimDate, lang) });
  const deadline =
    r.status === 'reclaimable'
      ? reclaimOn
      : r.status === 'idle'
        ? paren(
            reclaimOn,
            t('dashboard.idle.reclaimIn', { n: formatNumber(r.daysUntilReclaim ?? 0, lang) }),
            lang,
          )
        : t('dashboard.idle.idleOn', { date: formatDate(r.idleDate, lang) });
  const fee = delay
    ? null
    : r.feeWan == null
      ? t('dashboard.idle.feeUnknown')
      : t('dashboard.idle.fee', {
          fee: formatMoneyWan(r.compliance.owedWan || r.compliance.exposureWan || r.feeWan, lang),
        });
  return (
    <DashRow
      testId={`idle-row-${r.parcelId}`}
      status={r.status}
      onSelect={() => selectParcel(r.parcelId, true)}
    >
      <span className="row-between">
        <strong>{r.code}</strong>
        {isWatchStatus(r.status) ? (
          <span className="status-tag">
            <i className="status-dot" style={{ background: IDLE_COLORS[r.status] }} />
            {t(`dashboard.idle.status.${r.status}`)}
          </span>
        ) : null}
      </span>
      {r.projects.length ? <span className="small">{r.projects.map((p) => p.name).join('、')}</span> : null}
      <span className="small clock">
        <strong>
          {delay
            ? t('dashboard.idle.deliveryLate', { n: formatNumber(r.delivery.overdueDays, lang) })
            : clockText(r.daysToStart, t as unknown as T, lang)}
        </strong>{' '}
        · {t('dashboard.idle.agreedStart', { date: formatDate(r.agreedStart, lang) })}
      </span>
      <span className="muted small">
        {formatArea(r.areaM2, lang)} · {fee} · {deadline}
      </span>
    </DashRow>
  );
}
