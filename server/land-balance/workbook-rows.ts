/**
 * The balance rows the land-balance exports print (XLSX and the platform report): platforms and industries with
 * supply, demand and their 缺口 or 富余 in 亩, named in Chinese, and the zone's gross totals.
 */
import { labelOf } from '../../domain/format.ts';
import type { LandBalance } from '../../domain/land-balance/index.ts';
import type { GapRow } from '../reports/land-balance-xlsx.ts';
import type { BalanceData } from './service.ts';

/** Name of a platform id in Chinese (`unassigned` and unknown ids: 未定平台). */
export const platformNameZh = (d: Pick<BalanceData, 'platforms'>) => {
  const names = new Map(d.platforms.map((p) => [p.id, p.nameZh]));
  return (id: string) => names.get(id) ?? '未定平台';
};

/** Platform rows (with supply or demand), industry rows (with demand), the gross totals and the namer. */
export function balanceWorkbookRows(d: Pick<BalanceData, 'platforms'>, b: Pick<LandBalance, 'shortfall'>) {
  const platformName = platformNameZh(d);
  const byPlatform: GapRow[] = b.shortfall.byPlatform
    .filter((r) => r.demandMu > 0 || r.supplyMu > 0)
    .map((r) => ({
      name: platformName(r.platformId),
      supplyMu: r.supplyMu,
      demandMu: r.demandMu,
      shortageMu: r.shortageMu,
      surplusMu: r.surplusMu,
    }));
  const byIndustry: GapRow[] = b.shortfall.byIndustry
    .filter((r) => r.demandMu > 0)
    .map((r) => ({
      name: labelOf('industry', r.industry, 'zh-CN'),
      supplyMu: r.supplyMu,
      demandMu: r.demandMu,
      shortageMu: r.gross.grossShortageMu,
      surplusMu: r.surplusMu,
    }));
  const t = b.shortfall.total;
  return {
    platformName,
    byPlatform,
    byIndustry,
    gross: { grossShortageMu: t.grossShortageMu, grossSurplusMu: t.grossSurplusMu, netMu: t.netMu },
  };
}
