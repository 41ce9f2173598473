/**
 * Rows of the per-platform table and chart from GET /api/land-balance: platforms in seeded order, then the
 * demand without a target platform; a platform with neither supply nor demand is left out. Land 亩, floor ㎡.
 */

import type { LandBalanceAnswer } from '../../api/types.ts';

/** One platform's balance as GET /api/land-balance sends it. */
type PlatformBalanceRow = LandBalanceAnswer['shortfall']['byPlatform'][number];

/** A row with its display name. */
export type NamedBalanceRow = PlatformBalanceRow & { name: string };

/** Orders and names the rows; `unassignedName` labels demand whose project has no target platform yet. */
export function balanceRows(
  rows: readonly PlatformBalanceRow[],
  platforms: readonly { id: string; nameZh: string; nameEn: string }[],
  lang: 'zh-CN' | 'en',
  unassignedName: string,
): NamedBalanceRow[] {
  const order = new Map(platforms.map((p, i) => [p.id, i]));
  const names = new Map(platforms.map((p) => [p.id, lang === 'en' ? p.nameEn : p.nameZh]));
  return rows
    .filter((r) => r.demandMu > 0 || r.supplyMu > 0 || r.demandFloorM2 > 0 || r.supplyFloorM2 > 0)
    .map((r) => ({ ...r, name: names.get(r.platformId) ?? unassignedName }))
    .sort((a, b) => (order.get(a.platformId) ?? 99) - (order.get(b.platformId) ?? 99));
}
