import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatArea,
  formatDate,
  formatM2,
  formatNumber,
  type Lang,
  labelOf,
} from '../../../domain/format.ts';
import type { DashboardAnswer } from '../../api/types.ts';
import { EChart } from '../../charts/EChart.tsx';
import { burnDownOption } from './charts/options.ts';
import { DashRow } from './DashRow.tsx';
import { setHighlight } from './highlight-store.ts';

/** A tracker as GET /api/dashboard sends it (its rows carry the site's bbox, lon/lat, to zoom to). */
type TrackerData = DashboardAnswer['redevelopment'][number];
type TrackerRow = TrackerData['rows'][number];

const asBox = (b: number[] | null): [number, number, number, number] | undefined =>
  b && b.length === 4 ? [b[0] ?? 0, b[1] ?? 0, b[2] ?? 0, b[3] ?? 0] : undefined;

/** 三旧 tracker of one target year: burn-down of the area target and the sites; a row click frames the site. */
export function RedevelopmentTrackerView({
  tr,
  scopeName,
  lang,
}: {
  tr: TrackerData;
  scopeName: string;
  lang: Lang;
}) {
  const { t } = useTranslation();
  return (
    <section className="dash-section" data-testid={`redevelopment-tracker-${tr.year}`}>
      <h3>
        {t('dashboard.redevelopment.title')} · {scopeName} · {t('dashboard.byYear', { year: tr.year })}
      </h3>
      <p className="small" data-testid="redevelopment-totals">
        {t('dashboard.redevelopment.totals', {
          n: tr.rows.length,
          area: formatArea(tr.totals.areaM2, lang),
          done: formatM2(tr.totals.completedAreaM2, lang),
        })}
        {tr.targetM2 != null ? ` · ${t('dashboard.vs', { value: formatM2(tr.targetM2, lang) })}` : null}
      </p>
      {tr.burnDown ? <BurnDown burn={tr.burnDown} year={tr.year} lang={lang} /> : null}
      {tr.rows.length === 0 ? (
        <p className="muted small">{t('dashboard.redevelopment.none', { year: tr.year })}</p>
      ) : (
        <ul className="dash-list">
          {tr.rows.map((r) => (
            <TrackerSite key={r.siteId} r={r} lang={lang} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The burn-down of the year's area target: ideal, planned and actual remaining area. */
function BurnDown({
  burn,
  year,
  lang,
}: {
  burn: NonNullable<TrackerData['burnDown']>;
  year: number;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      burnDownOption(burn, lang, {
        ideal: t('dashboard.redevelopment.ideal'),
        planned: t('dashboard.redevelopment.planned'),
        actual: t('dashboard.redevelopment.actual'),
        start: lang === 'en' ? 'Jan 1' : '1月1日',
      }),
    [burn, lang, t],
  );
  return (
    <>
      <h4>{t('dashboard.redevelopment.burnDown')}</h4>
      <EChart
        id={`burn-down-${year}`}
        option={option}
        height={180}
        label={t('dashboard.redevelopment.burnDown')}
      />
    </>
  );
}

/** One site: name and stage, code · type · mode · due date, area and share done, and what it delivers. */
function TrackerSite({ r, lang }: { r: TrackerRow; lang: Lang }) {
  const { t } = useTranslation();
  // What a site gives back: new floor space and/or land released for supply (nothing shown when neither).
  const delivers = [
    r.floorSpaceM2 > 0
      ? t('dashboard.redevelopment.floorSpace', { v: formatM2(r.floorSpaceM2, lang) })
      : null,
    r.landOutputM2 > 0
      ? t('dashboard.redevelopment.landOutput', { v: formatArea(r.landOutputM2, lang) })
      : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <DashRow
      testId={`redevelopment-row-${r.siteId}`}
      title={t('dashboard.redevelopment.zoom')}
      onSelect={() => setHighlight({ kind: 'sites', ids: [r.siteId], label: r.name, bbox: asBox(r.bbox) })}
    >
      <span className="row-between">
        <strong>{r.name}</strong>
        <span className={`stage-tag stage-${r.stage}`}>{labelOf('redevelopmentStage', r.stage, lang)}</span>
      </span>
      <span className="muted small">
        {r.code} · {labelOf('redevelopmentType', r.type, lang)} · {labelOf('redevelopmentMode', r.mode, lang)}{' '}
        · {t('dashboard.redevelopment.due', { date: formatDate(r.expectedCompletion, lang) })}
      </span>
      <span className="small">
        {formatArea(r.areaM2, lang)} · {t('dashboard.redevelopment.done')}{' '}
        {formatNumber(r.completedShare * 100, lang)}%
      </span>
      <span className="meter" aria-hidden="true">
        <i style={{ width: `${r.completedShare * 100}%` }} />
      </span>
      {delivers ? (
        <span className="muted small">
          {t('dashboard.redevelopment.delivers')}: {delivers}
        </span>
      ) : null}
    </DashRow>
  );
}
