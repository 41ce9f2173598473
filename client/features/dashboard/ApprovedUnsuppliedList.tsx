import { useTranslation } from 'react-i18next';
import { formatArea, formatDate, formatMu, formatNumber, labelOf } from '../../../domain/format.ts';
import type { IdleLandAnswer } from '../../api/types.ts';
import { selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';
import { DashRow } from './DashRow.tsx';
import { ListCutNote } from './ListCutNote.tsx';

type IdleLandData = IdleLandAnswer;

/**
 * 批而未供: land approved for conversion / expropriation but not supplied yet, oldest approval first; two years
 * after approval a row is flagged (it cuts the next year's quota). A row opens the parcel.
 */
export function ApprovedUnsuppliedList({ data }: { data: IdleLandData['approvedUnsupplied'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const s = data.summary;
  return (
    <section data-testid="approved-unsupplied-list" data-count={s.count}>
      <h3>{t('contract.unsuppliedList')}</h3>
      <p className="small">
        {t('contract.unsuppliedSummary', {
          n: formatNumber(s.count, lang),
          area: formatMu(s.areaMu, lang),
          warn: formatNumber(s.warnings, lang),
        })}
      </p>
      {data.items.length === 0 ? <p className="muted small">{t('contract.unsuppliedNone')}</p> : null}
      <ul className="dash-list">
        {data.items.map((r) => (
          <DashRow
            key={r.parcelId}
            testId={`unsupplied-row-${r.parcelId}`}
            status={r.readiness.approvedUnsuppliedWarning ? 'warning' : 'ok'}
            onSelect={() => selectParcel(r.parcelId, true)}
          >
            <span className="row-between">
              <strong>{r.code}</strong>
              <span className="small">{labelOf('landState', r.state, lang)}</span>
            </span>
            <span className={`small ${r.readiness.approvedUnsuppliedWarning ? 'idle-danger' : ''}`}>
              {t(
                r.readiness.approvedUnsuppliedWarning ? 'contract.unsuppliedWarn' : 'contract.unsuppliedDays',
                {
                  days: formatNumber(r.readiness.approvedUnsuppliedDays ?? 0, lang),
                },
              )}
            </span>
            <span className="muted small">
              {formatArea(r.areaM2, lang)} · {t('contract.expectedReady')}{' '}
              {formatDate(r.readiness.expectedReady, lang)}
            </span>
          </DashRow>
        ))}
      </ul>
      <ListCutNote total={data.total} limit={data.limit} truncated={data.truncated} />
    </section>
  );
}
