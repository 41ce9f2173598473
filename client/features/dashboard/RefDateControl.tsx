import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, compareIso, daysBetween, isIsoDate } from '../../../domain/dates.ts';
import { formatDate } from '../../../domain/format.ts';
import { useChangeSpan } from '../../api/changes.ts';
import { useLang } from '../language/use-lang.ts';
import { useEditText } from '../project-form/use-edit-text.ts';
import { ProjectedMark } from './ProjectedMark.tsx';
import { setRefDate, useRefDate } from './use-ref-date.ts';
import './dashboard.css';

/** How long the slider must rest before its day becomes the reference date (one refetch per stop, not per pixel). */
const SLIDER_SETTLE_MS = 250;

/**
 * Header control: the reference date (参考日) of deadlines and "this year", changeable by the date field or by
 * the time slider over the data's span (first land event … as-of date), with a reset. A day before the as-of
 * date shows the ledger as it stood then (map, legend and overview read it through `asOf`; see
 * history/use-ledger-as-of.ts). The date lives once, in the UI state (`refDate`, URL `ref`).
 */
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
      <TimeSlider refDate={refDate} serverDefault={serverDefault} />
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

/** The slider: one step per day from the first land event to the data's as-of date. */
function TimeSlider({ refDate, serverDefault }: { refDate: string; serverDefault: string | null }) {
  const te = useEditText();
  const lang = useLang();
  const span = useChangeSpan().data;
  const first = span?.span?.first ?? null;
  const last = span?.asOf ?? null;
  const [dragged, setDragged] = useState<string | null>(null);
  useEffect(() => {
    if (dragged === null) return;
    const id = setTimeout(() => {
      setRefDate(dragged, serverDefault);
      setDragged(null);
    }, SLIDER_SETTLE_MS);
    return () => clearTimeout(id);
  }, [dragged, serverDefault]);
  if (!first || !last || compareIso(first, last) >= 0) return null;
  const shown = dragged ?? refDate;
  const max = daysBetween(first, last);
  const value = Math.min(max, Math.max(0, daysBetween(first, shown)));
  const past = compareIso(shown, last) < 0;
  return (
    <label className="time-slider" title={te('slider.title')}>
      <input
        aria-label={te('slider.label')}
        type="range"
        data-testid="time-slider"
        min={0}
        max={max}
        step={1}
        value={value}
        aria-valuetext={formatDate(shown, lang)}
        onChange={(e) => setDragged(addDays(first, Number(e.target.value)))}
      />
      {past ? (
        <span className="time-slider-past" data-testid="time-slider-past">
          {te('slider.past', { date: formatDate(shown, lang) })}
        </span>
      ) : null}
    </label>
  );
}
