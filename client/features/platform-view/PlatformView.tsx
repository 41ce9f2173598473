import './i18n.ts';
import { useTranslation } from 'react-i18next';
import { formatKm2, formatMoneyWan, formatMu, formatNumber, labelOf } from '../../../domain/format.ts';
import { STATE_COLORS } from '../../../domain/palette.ts';
import { m2ToKm2 } from '../../../domain/units.ts';
import { platformReportUrl } from '../../api/exports.ts';
import { usePlatform } from '../../api/hooks.ts';
import { landBalanceQuery } from '../../api/land-balance.ts';
import type { PlatformDetail } from '../../api/types.ts';
import { DetailsState } from '../details/DetailsState.tsx';
import { Fact } from '../details/Fact.tsx';
import { useLandBalanceParams } from '../land-balance/use-land-balance-params.ts';
import { useLang } from '../language/use-lang.ts';
import { ReportLink } from '../reports/ReportLink.tsx';
import { PlatformParcelList } from './PlatformParcelList.tsx';
import { parcelsByState, projectsByIndustry, projectsByStage } from './platform-tallies.ts';
import { TallyTable } from './TallyTable.tsx';

/** Summary of one platform: area, parcels by state, projects by stage and industry, focus, parcel list. */
export function PlatformView({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = usePlatform(id);
  // The report's 用地缺口 section follows the land-balance tab's options (its platform is this one).
  const balance = landBalanceQuery({ ...useLandBalanceParams(), platform: null });
  if (!q.data) return <DetailsState query={q} notFound={t('parcel.notFound')} />;
  const p = q.data;
  const stateRows = parcelsByState(p, lang).map((r) => ({
    ...r,
    label: (
      <>
        <i className="swatch" style={{ background: STATE_COLORS[r.key] }} /> {r.label}
      </>
    ),
  }));
  return (
    <div className="details-body" data-testid="platform-view" data-platform-id={p.id}>
      <h2 className="details-title" data-testid="platform-name">
        {lang === 'en' ? p.nameEn : p.nameZh}
      </h2>
      <ReportLink
        href={platformReportUrl(p.id, balance)}
        label={t('exports.platformPdf')}
        testId="export-platform-pdf"
      />
      <PlatformFacts p={p} />
      <TallyTable
        title={t('platform.parcelsByState')}
        testId="platform-parcels-by-state"
        rows={stateRows}
        total={{ count: formatNumber(p.parcels.count, lang), amount: formatMu(p.parcels.areaMu, lang) }}
      />
      <TallyTable
        title={t('platform.projectsByStage')}
        testId="platform-projects-by-stage"
        rows={projectsByStage(p, lang)}
        total={{
          count: formatNumber(p.projects.count, lang),
          amount: formatMoneyWan(p.projects.investmentWan, lang),
        }}
      />
      <TallyTable
        title={t('platform.projectsByIndustry')}
        testId="platform-projects-by-industry"
        rows={projectsByIndustry(p, lang)}
      />
      <PlatformParcelList platformId={p.id} />
    </div>
  );
}

/** Kind, area (km² and 亩), towns and focus industries. */
function PlatformFacts({ p }: { p: PlatformDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = (xs: string[]) => xs.join(lang === 'en' ? ', ' : '、');
  return (
    <dl className="facts">
      <Fact label={t('platform.kind')}>{labelOf('platformKind', p.kind, lang)}</Fact>
      <Fact label={t('platform.area')} testId="platform-area">
        {formatKm2(m2ToKm2(p.areaM2), lang)} · {formatMu(p.areaMu, lang)}
      </Fact>
      <Fact label={t('platform.towns')}>
        {list(lang === 'en' ? p.towns.map((town, i) => p.townsEn[i] ?? town) : p.towns) || t('parcel.none')}
      </Fact>
      <Fact label={t('platform.focus')}>
        {list(p.focusIndustries.map((i) => labelOf('industry', i, lang)))}
      </Fact>
    </dl>
  );
}
