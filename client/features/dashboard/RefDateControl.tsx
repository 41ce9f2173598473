import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../domain/dates.ts';
import { formatDate } from '../../../domain/format.ts';
import { useLang } from '../language/use-lang.ts';
import { ProjectedMark } from './ProjectedMark.tsx';
import { setRefDate, useRefDate } from './use-ref-date.ts';
import './dashboard.css';

/** Header control: the reference date (参考日) of deadlines and "this year", changeable, with a reset. */
export function RefDateControl() {
  const { t } = useTranslation();
  const lang = useLang();
  const { refDate, chosen, serverDefault } = useRefDate();
  if (!refDate) return null;
  return (
    <span className="ref-date" title={t('dashboard.refDateTitle')}>
      <label>
        <span className="ref-date-label">{t('dashboard.refDate')}</span>
        <input
          type="date"
          data-testid="ref-date"
          value={refDate}
          onChange={(e) => {
            // A cleared or partial date in the picker is not a choice; keep the last valid one.
            if (isIsoDate(e.target.value)) setRefDate(e.target.value, serverDefault);
          }}
        />
      </label>
      <ProjectedMark testId="ref-date-projected" />
      {chosen && serverDefault ? (
        <button
          type="button"
          className="btn btn-small"
          data-testid="ref-date-reset"
          title={t('dashboard.refDateDefault', { date: formatDate(serverDefault, lang) })}
          onClick={() => setRefDate(null, serverDefault)}
        >
          {t('dashboard.refDateReset')}
        </button>
      ) : null}
    </span>
  );
}
