import './i18n.ts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, type Lang, labelOf } from '../../../domain/format.ts';
import type { Gross } from '../../../domain/land-balance/shortfall.ts';
import type { LandBalanceAnswer } from '../../api/types.ts';
import { industryMatrix, type MatrixCell } from './industry-matrix.ts';

const mu = (n: number, lang: Lang) => formatNumber(n, lang, 1);

/** A cell: 缺口 / 富余 with the gap in 亩 (coloured by kind), the demand and usable supply on hover. */
function Cell({ c, lang }: { c: MatrixCell | null; lang: Lang }) {
  const { t } = useTranslation();
  if (!c) return <td className="lb-cell empty">—</td>;
  return (
    <td
      className={`lb-cell ${c.kind}`}
      data-kind={c.kind}
      title={t('landBalance.matrix.cellHint', { demand: mu(c.demandMu, lang), supply: mu(c.supplyMu, lang) })}
    >
      {t(`landBalance.gross.${c.kind}`)}
      {c.kind === 'balanced' ? '' : ` ${mu(c.gapMu, lang)}`}
    </td>
  );
}

/** Gross figures of a row or column: the shortage and the surplus, each only when there is one. */
function GrossCell({ g, lang, testId }: { g: Gross; lang: Lang; testId?: string }) {
  const { t } = useTranslation();
  return (
    <td className="lb-cell gross" data-testid={testId}>
      {g.grossShortageMu > 0 ? (
        <span className="shortage">{`${t('landBalance.gross.shortage')} ${mu(g.grossShortageMu, lang)}`}</span>
      ) : null}
      {g.grossShortageMu > 0 && g.grossSurplusMu > 0 ? <br /> : null}
      {g.grossSurplusMu > 0 ? (
        <span className="surplus">{`${t('landBalance.gross.surplus')} ${mu(g.grossSurplusMu, lang)}`}</span>
      ) : null}
    </td>
  );
}

/**
 * Platform × industry (亩): demand of each industry's projects aiming at the platform against that platform's
 * land the industry may use; shortage cells coloured, gross totals per row and column (never netted).
 */
export function IndustryMatrix({
  b,
  lang,
  platformName,
}: {
  b: LandBalanceAnswer;
  lang: Lang;
  platformName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const m = useMemo(
    () =>
      industryMatrix(
        b.shortfall.byPlatformIndustry,
        b.platforms.map((p) => p.id),
        b.options.industry,
      ),
    [b],
  );
  if (m.rows.length === 0) return null;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus to be scrolled by keyboard (WCAG 2.1.1, axe scrollable-region-focusable)
    <section className="lb-matrix-wrap" tabIndex={0} aria-label={t('landBalance.matrix.title')}>
      <h4>{t('landBalance.matrix.title')}</h4>
      <table className="lb-matrix" data-testid="lb-matrix">
        <thead>
          <tr>
            <th scope="col">{t('landBalance.table.platform')}</th>
            {m.industries.map((i) => (
              <th scope="col" key={i}>
                {labelOf('industry', i, lang)}
              </th>
            ))}
            <th scope="col">{t('landBalance.matrix.rowTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {m.rows.map((r) => (
            <tr key={r.platformId} data-testid={`lb-matrix-${r.platformId}`}>
              <th scope="row">{platformName(r.platformId)}</th>
              {r.cells.map((c, k) => (
                <Cell key={m.industries[k]} c={c} lang={lang} />
              ))}
              <GrossCell g={r.gross} lang={lang} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="lb-matrix-total">
            <th scope="row">{t('landBalance.matrix.columnTotal')}</th>
            {m.columns.map((g, k) => (
              <GrossCell key={m.industries[k]} g={g} lang={lang} />
            ))}
            <GrossCell g={m.total} lang={lang} testId="lb-matrix-gross" />
          </tr>
        </tfoot>
      </table>
      <p className="muted small">{t('landBalance.matrix.note')}</p>
    </section>
  );
}
