import './i18n.ts';
import { useTranslation } from 'react-i18next';
import { formatNumber, type Lang } from '../../../domain/format.ts';
import type { NamedBalanceRow } from './balance-rows.ts';

interface Props {
  rows: NamedBalanceRow[];
  total: Omit<NamedBalanceRow, 'platformId' | 'name'>;
  lang: Lang;
}

/** "缺口 120.0" / "富余 30.0" / "持平": a row's gap labelled, never a bare negative number. */
function GapCell({ r, lang }: { r: Props['total']; lang: Lang }) {
  const { t } = useTranslation();
  const short = r.demandMu - r.supplyMu;
  const kind = short > 0 ? 'shortage' : short < 0 ? 'surplus' : 'balanced';
  return (
    <td className={`lb-gap ${kind}`} data-kind={kind}>
      {t(`landBalance.gross.${kind}`)}
      {kind === 'balanced' ? '' : ` ${mu(Math.abs(short), lang)}`}
    </td>
  );
}

const mu = (n: number, lang: Lang) => formatNumber(n, lang, 1);

/**
 * Per-platform supply, demand and either 缺口 (shortage) or 富余 (surplus) in 亩 — the zone row shows supply and
 * demand only; its gross figures are in ZoneTotals — with factory floor space (㎡) supply / demand in its own column. */
export function BalanceTable({ rows, total, lang }: Props) {
  const { t } = useTranslation();
  // Units in the language's own brackets: （亩） in Chinese, (mu) in English; headers may wrap so the table
  // fits the 460 px panel in both languages.
  const unit = t('landBalance.table.unitMu');
  const line = (key: string, name: string, r: Props['total'], testId?: string) => (
    <tr key={key} data-testid={testId} className={r.shortfallMu > 0 ? 'short' : undefined}>
      <th scope="row">{name}</th>
      <td>{mu(r.supplyMu, lang)}</td>
      <td>{mu(r.demandMu, lang)}</td>
      <GapCell r={r} lang={lang} />
      <td className="lb-floor">
        {formatNumber(r.supplyFloorM2, lang)} / {formatNumber(r.demandFloorM2, lang)}
      </td>
    </tr>
  );
  return (
    <table className="lb-table" data-testid="lb-table">
      <thead>
        <tr>
          <th scope="col">{t('landBalance.table.platform')}</th>
          <th scope="col">
            {t('landBalance.table.supply')}
            {unit}
          </th>
          <th scope="col">
            {t('landBalance.table.demand')}
            {unit}
          </th>
          <th scope="col">
            {t('landBalance.gross.column')}
            {unit}
          </th>
          <th scope="col" title={t('landBalance.table.floorNote')}>
            {t('landBalance.table.floor')}
          </th>
        </tr>
      </thead>
      <tbody>{rows.map((r) => line(r.platformId, r.name, r, `lb-row-${r.platformId}`))}</tbody>
      <tfoot>
        <tr data-testid="lb-row-total">
          <th scope="row">{t('landBalance.total')}</th>
          <td>{mu(total.supplyMu, lang)}</td>
          <td>{mu(total.demandMu, lang)}</td>
          <td />
          <td className="lb-floor">
            {formatNumber(total.supplyFloorM2, lang)} / {formatNumber(total.demandFloorM2, lang)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
