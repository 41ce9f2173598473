import './i18n.ts';
import { useTranslation } from 'react-i18next';
import { formatMu, formatNumber, type Lang } from '../../../domain/format.ts';

/** Gross figures as GET /api/land-balance sends them on `shortfall.total`. */
export interface GrossTotals {
  grossShortageMu: number;
  grossSurplusMu: number;
  netMu: number;
  rowsShort: number;
  rowsSurplus: number;
}

/**
 * The zone line that does not net: gross shortage (sum of the short platforms' shortages), gross surplus, and
 * the net as a third, named figure with the note that surplus elsewhere is not land for the short platforms.
 */
export function ZoneTotals({ g, lang }: { g: GrossTotals; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div className="lb-zone" data-testid="lb-total">
      <p className={g.grossShortageMu > 0 ? 'lb-total short' : 'lb-total'} data-testid="lb-gross-shortage">
        {t('landBalance.gross.zoneShort', {
          mu: formatMu(g.grossShortageMu, lang),
          n: formatNumber(g.rowsShort, lang),
        })}
      </p>
      <p className="lb-total surplus" data-testid="lb-gross-surplus">
        {t('landBalance.gross.zoneSurplus', {
          mu: formatMu(g.grossSurplusMu, lang),
          n: formatNumber(g.rowsSurplus, lang),
        })}
      </p>
      <p className="muted small" data-testid="lb-net">
        {t('landBalance.gross.zoneNet', {
          mu: `${g.netMu < 0 ? '−' : ''}${formatMu(Math.abs(g.netMu), lang)}`,
        })}
        {' · '}
        {t('landBalance.gross.note')}
      </p>
    </div>
  );
}
