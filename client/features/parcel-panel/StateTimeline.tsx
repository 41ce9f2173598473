import { useTranslation } from 'react-i18next';
import { formatDate, labelOf } from '../../../domain/format.ts';
import type { ParcelDetail } from '../../api/types.ts';
import { useLang } from '../language/use-lang.ts';

/** The land-supply state history, newest first: date, state, note and who. */
export function StateTimeline({ events }: { events: ParcelDetail['events'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="section">
      <h3>{t('parcel.timeline')}</h3>
      <ol className="timeline" data-testid="state-timeline">
        {/* History is append-only; a parcel may pass the same state twice on one day (流拍 and relisting). */}
        {events
          .map((e, i) => ({ e, i }))
          .reverse()
          .map(({ e, i }) => (
            <li key={i} data-state={e.to}>
              <time dateTime={e.date}>{formatDate(e.date, lang)}</time>
              <span className={`state-badge state-${e.to}`}>{labelOf('landState', e.to, lang)}</span>
              {e.note ? <span className="muted">{e.note}</span> : null}
              {e.who ? <span className="muted small">{e.who}</span> : null}
            </li>
          ))}
      </ol>
    </section>
  );
}
