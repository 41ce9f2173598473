import { useTranslation } from 'react-i18next';
import { formatNumber, type Lang } from '../../../domain/format.ts';
import type { NamedBalanceRow } from './balance-rows.ts';

interface Props {
  rows: NamedBalanceRow[];
  total: Omit<NamedBalanceRow, 'platformId' | 'name'>;
  lang: Lang;
}

const mu = (n: number, lang: Lang) => formatNumber(n, lang, 1);

/** Per-platform supply, demand and shortfall in 亩, with factory floor space (㎡) supply / demand in its own column. */
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
      <td className="lb-gap">{mu(r.shortfallMu, lang)}</td>
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
            {t('landBalance.table.shortfall')}
            {unit}
          </th>
          <th scope="col" title={t('landBalance.table.floorNote')}>
            {t('landBalance.table.floor')}
          </th>
        </tr>
      </thead>
      <tbody>{rows.map((r) => line(r.platformId, r.name, r, `lb-row-${r.platformId}`))}</tbody>
      <tfoot>{line('total', t('landBalance.total'), total, 'lb-row-total')}</tfoot>
    </table>
  );
}
