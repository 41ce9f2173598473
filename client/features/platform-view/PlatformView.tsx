import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { INDUSTRIES, LAND_STATES, PROJECT_STAGES } from '../../../domain/enums.ts';
import { formatKm2, formatMoneyWan, formatMu, formatNumber, labelOf } from '../../../domain/format.ts';
import { STATE_COLORS } from '../../../domain/palette.ts';
import { m2ToKm2 } from '../../../domain/units.ts';
import { platformReportUrl } from '../../api/exports.ts';
import { useParcels, usePlatform } from '../../api/hooks.ts';
import { EMPTY_FILTERS } from '../../state/url-state.ts';
import { DetailsState } from '../details/DetailsState.tsx';
import { Fact } from '../details/Fact.tsx';
import { selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';
import { ReportLink } from '../reports/ReportLink.tsx';

/** Summary of one platform: area, parcels by state, projects by stage and industry, focus, parcel list. */
export function PlatformView({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = usePlatform(id);
  const parcels = useParcels(useMemo(() => ({ ...EMPTY_FILTERS, platform: id }), [id]));
  if (!q.data) return <DetailsState query={q} notFound={t('parcel.notFound')} />;
  const p = q.data;
  // Live pipeline by industry (terminated projects excluded by the server), largest investment first.
  const byIndustry = INDUSTRIES.flatMap((industry) => {
    const tally = p.projects.byIndustry[industry];
    return tally ? [{ industry, ...tally }] : [];
  }).sort((a, b) => b.investmentWan - a.investmentWan);
  const parcelList = [...(parcels.data?.features ?? [])].sort((a, b) =>
    a.properties.code.localeCompare(b.properties.code),
  );

  return (
    <div className="details-body" data-testid="platform-view" data-platform-id={p.id}>
      <h2 className="details-title" data-testid="platform-name">
        {lang === 'en' ? p.nameEn : p.nameZh}
      </h2>
      <ReportLink
        href={platformReportUrl(p.id)}
        label={t('exports.platformPdf')}
        testId="export-platform-pdf"
      />
      <dl className="facts">
        <Fact label={t('platform.kind')}>{labelOf('platformKind', p.kind, lang)}</Fact>
        <Fact label={t('platform.area')} testId="platform-area">
          {formatKm2(m2ToKm2(p.areaM2), lang)} · {formatMu(p.areaMu, lang)}
        </Fact>
        <Fact label={t('platform.towns')}>
          {(lang === 'en' ? p.towns.map((town, i) => p.townsEn[i] ?? town).join(', ') : p.towns.join('、')) ||
            t('parcel.none')}
        </Fact>
        <Fact label={t('platform.focus')}>
          {p.focusIndustries.map((i) => labelOf('industry', i, lang)).join(lang === 'en' ? ', ' : '、')}
        </Fact>
      </dl>

      <section className="section">
        <h3>{t('platform.parcelsByState')}</h3>
        <table className="mini-table" data-testid="platform-parcels-by-state">
          <tbody>
            {LAND_STATES.filter((s) => p.parcels.byState[s].count > 0).map((s) => (
              <tr key={s}>
                <td>
                  <i className="swatch" style={{ background: STATE_COLORS[s] }} />{' '}
                  {labelOf('landState', s, lang)}
                </td>
                <td className="num">{formatNumber(p.parcels.byState[s].count, lang)}</td>
                <td className="num">{formatMu(p.parcels.byState[s].areaMu, lang)}</td>
              </tr>
            ))}
            <tr className="total">
              <td>{t('legend.total')}</td>
              <td className="num">{formatNumber(p.parcels.count, lang)}</td>
              <td className="num">{formatMu(p.parcels.areaMu, lang)}</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section className="section">
        <h3>{t('platform.projectsByStage')}</h3>
        <table className="mini-table" data-testid="platform-projects-by-stage">
          <tbody>
            {PROJECT_STAGES.filter((s) => p.projects.byStage[s].count > 0).map((s) => (
              <tr key={s}>
                <td>{labelOf('projectStage', s, lang)}</td>
                <td className="num">{formatNumber(p.projects.byStage[s].count, lang)}</td>
                <td className="num">{formatMoneyWan(p.projects.byStage[s].investmentWan, lang)}</td>
              </tr>
            ))}
            <tr className="total">
              <td>{t('legend.total')}</td>
              <td className="num">{formatNumber(p.projects.count, lang)}</td>
              <td className="num">{formatMoneyWan(p.projects.investmentWan, lang)}</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section className="section">
        <h3>{t('platform.projectsByIndustry')}</h3>
        <table className="mini-table" data-testid="platform-projects-by-industry">
          <tbody>
            {byIndustry.map((r) => (
              <tr key={r.industry}>
                <td>{labelOf('industry', r.industry, lang)}</td>
                <td className="num">{formatNumber(r.count, lang)}</td>
                <td className="num">{formatMoneyWan(r.investmentWan, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="section">
        <h3>
          {t('platform.parcels')} ({formatNumber(parcelList.length, lang)})
        </h3>
        <ul className="parcel-list" data-testid="platform-parcel-list">
          {parcelList.map((f) => (
            <li key={f.properties.id}>
              <button type="button" className="link" onClick={() => selectParcel(f.properties.id, true)}>
                {f.properties.code}
              </button>
              <span className={`state-badge state-${f.properties.state}`}>
                {labelOf('landState', f.properties.state, lang)}
              </span>
              <span className="num muted">{formatMu(f.properties.areaMu, lang)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
