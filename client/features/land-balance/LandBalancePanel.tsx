import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/format.ts';
import { useLandBalance, useLandBalanceMatches } from '../../api/land-balance.ts';
import { useLang } from '../language/use-lang.ts';
import { useAppState } from '../url-state/app-store.ts';
import { ActiveFilter } from './ActiveFilter.tsx';
import { BalanceChart } from './BalanceChart.tsx';
import { BalanceTable } from './BalanceTable.tsx';
import { balanceRows } from './balance-rows.ts';
import { PipelineTable } from './PipelineTable.tsx';
import { useLandBalanceParams } from './use-lb-params.ts';
import { WhatIfControls } from './WhatIfControls.tsx';
import { ZoneTotals } from './ZoneTotals.tsx';
import './land-balance.css';

/**
 * 用地缺口: what-if options, supply vs demand per platform (table and chart, 亩; floor space apart), and the
 * pipeline with each project's status and reason. Selecting a project shows its ranked candidate sites here and
 * on the map. Follows the platform and industry filters and the reference date.
 */
export function LandBalancePanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const params = useLandBalanceParams();
  const selected = useAppState((s) => s.lb.project);
  const balance = useLandBalance(params);
  const matches = useLandBalanceMatches(params);

  const platforms = balance.data?.platforms ?? matches.data?.platforms;
  const names = useMemo(
    () => new Map((platforms ?? []).map((p) => [p.id, lang === 'en' ? p.nameEn : p.nameZh])),
    [platforms, lang],
  );
  const platformName = useCallback(
    (id: string) => names.get(id) ?? t('landBalance.table.unassigned'),
    [names, t],
  );
  const rows = useMemo(
    () =>
      balance.data
        ? balanceRows(
            balance.data.shortfall.byPlatform,
            balance.data.platforms,
            lang,
            t('landBalance.table.unassigned'),
          )
        : [],
    [balance.data, lang, t],
  );

  const error = balance.error ?? matches.error;
  const b = balance.data;
  const m = matches.data;
  const total = b?.shortfall.total;
  const busy = balance.isFetching || matches.isFetching;
  return (
    <div
      className="land-balance"
      data-testid="land-balance-panel"
      aria-busy={busy}
      data-matched={m?.summary.matched}
      data-unmatched={m?.summary.unmatched}
      data-selected-project={selected ?? ''}
    >
      <ActiveFilter lang={lang} />
      <WhatIfControls refDate={b?.options.refDate} />
      {error ? (
        <p className="error small" role="alert" data-testid="lb-error">
          {t('landBalance.error', { message: error.message })}
        </p>
      ) : null}
      {!b ? (
        <p className="muted small">{t('app.loading')}</p>
      ) : (
        <section className="lb-section">
          <h3>{t('landBalance.title')}</h3>
          <p className="muted small">
            {t('landBalance.supplyNote')}
            {b.options.includeReserve ? t('landBalance.supplyNoteReserve') : ''}
            {b.options.includeRedevelopment ? t('landBalance.supplyNoteRedev') : ''}
          </p>
          {total ? <ZoneTotals g={total} lang={lang} /> : null}
          <BalanceTable rows={rows} total={b.shortfall.total} lang={lang} />
          <BalanceChart rows={rows} lang={lang} />
        </section>
      )}
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
        {matches.isFetching ? <p className="muted small">{t('landBalance.solving')}</p> : null}
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
    </div>
  );
}
