import './i18n.ts';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/format.ts';
import { useLandBalance, useLandBalanceMatches } from '../../api/land-balance.ts';
import { useAppState } from '../../state/app-store.ts';
import { useLang } from '../language/use-lang.ts';
import { ActiveFilter } from './ActiveFilter.tsx';
import { BalanceChart } from './BalanceChart.tsx';
import { BalanceTable } from './BalanceTable.tsx';
import { balanceRows } from './balance-rows.ts';
import { IndustryMatrix } from './IndustryMatrix.tsx';
import { OverridesList } from './OverridesList.tsx';
import { PipelineTable } from './PipelineTable.tsx';
import { QuarterChart } from './QuarterChart.tsx';
import { useLandBalanceParams } from './use-land-balance-params.ts';
import { WhatIfControls } from './WhatIfControls.tsx';
import { ZoneTotals } from './ZoneTotals.tsx';
import './land-balance.css';
import type { LandBalanceAnswer as Balance, LandBalanceMatches as Matches } from '../../api/types.ts';

/**
 * 用地缺口: what-if options, supply vs demand per platform (table and chart, 亩; floor space apart), and the
 * pipeline with each project's status and reason. Selecting a project shows its ranked candidate sites here and
 * on the map. Follows the platform and industry filters and the reference date.
 */
export function LandBalancePanel() {
  const params = useLandBalanceParams();
  const selected = useAppState((s) => s.landBalance.pipelineProjectId);
  const balance = useLandBalance(params);
  const matches = useLandBalanceMatches(params);
  const { t } = useTranslation();
  const error = balance.error ?? matches.error;
  const m = matches.data;
  const lang = useLang();
  return (
    <div
      className="land-balance"
      data-testid="land-balance-panel"
      aria-busy={balance.isFetching || matches.isFetching}
      data-matched={m?.summary.matched}
      data-unmatched={m?.summary.unmatched}
      data-selected-project={selected ?? ''}
    >
      <ActiveFilter lang={lang} />
      <WhatIfControls refDate={balance.data?.options.refDate} />
      {error ? (
        <p className="error small" role="alert" data-testid="lb-error">
          {t('landBalance.error', { message: error.message })}
        </p>
      ) : null}
      {balance.data ? <BalanceSection b={balance.data} /> : <p className="muted small">{t('app.loading')}</p>}
      <PipelineSection m={m} solving={matches.isFetching} selected={selected} />
    </div>
  );
}

/** Supply against demand: what counts as supply, the total shortfall or surplus, the table and the chart. */
function BalanceSection({ b }: { b: Balance }) {
  const { t } = useTranslation();
  const lang = useLang();
  const unassigned = t('landBalance.table.unassigned');
  const rows = useMemo(
    () => balanceRows(b.shortfall.byPlatform, b.platforms, lang, unassigned),
    [b, lang, unassigned],
  );
  const total = b.shortfall.total;
  const names = useMemo(() => new Map(rows.map((r) => [r.platformId, r.name])), [rows]);
  const platformName = useCallback((id: string) => names.get(id) ?? unassigned, [names, unassigned]);
  return (
    <section className="lb-section">
      <h3>{t('landBalance.title')}</h3>
      <p className="muted small">
        {t('landBalance.supplyNote')}
        {b.options.includeReserve ? t('landBalance.supplyNoteReserve') : ''}
        {b.options.includeRedevelopment ? t('landBalance.supplyNoteRedev') : ''}
      </p>
      <ZoneTotals g={total} lang={lang} />
      <BalanceTable rows={rows} total={total} lang={lang} />
      <BalanceChart rows={rows} lang={lang} />
      <IndustryMatrix b={b} lang={lang} platformName={platformName} />
      <QuarterChart b={b} lang={lang} />
    </section>
  );
}

/** The pipeline: matched / unmatched counts, each project (the selected one with its candidates), solver note. */
function PipelineSection({
  m,
  solving,
  selected,
}: {
  m: Matches | undefined;
  solving: boolean;
  selected: string | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const unassigned = t('landBalance.table.unassigned');
  // Names from the answer itself: it lists the platforms it counts.
  const names = useMemo(
    () => new Map((m?.platforms ?? []).map((p) => [p.id, lang === 'en' ? p.nameEn : p.nameZh])),
    [m?.platforms, lang],
  );
  const platformName = useCallback((id: string) => names.get(id) ?? unassigned, [names, unassigned]);
  const projectNames = useMemo(() => new Map((m?.projects ?? []).map((p) => [p.projectId, p.name])), [m]);
  const projectName = useCallback((id: string) => projectNames.get(id) ?? id, [projectNames]);
  return (
    <section className="lb-section">
      <h3 data-testid="lb-pipeline-heading">
        {t('landBalance.pipeline')}
        {m ? (
          <span className="muted small" data-testid="lb-summary">
            {' '}
            {t('landBalance.pipelineSummary', {
              matched: formatNumber(m.summary.matched, lang),
              unmatched: formatNumber(m.summary.unmatched, lang),
            })}
          </span>
        ) : null}
      </h3>
      {solving ? <p className="muted small">{t('landBalance.solving')}</p> : null}
      <OverridesList violations={m?.lockViolations ?? []} projectName={projectName} />
      {m ? (
        <>
          <PipelineTable items={m.projects} selected={selected} lang={lang} platformName={platformName} />
          <p className="muted small">
            {t('landBalance.solver', {
              ms: formatNumber(m.solver.timeMs, lang),
              sites: formatNumber(m.solver.sites, lang),
              note: m.solver.optimal ? '' : t('landBalance.solverNotOptimal'),
            })}
          </p>
        </>
      ) : null}
    </section>
  );
}
