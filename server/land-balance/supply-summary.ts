/**
 * The supply part of GET /api/land-balance without loading the supply parcels: grouped counts from SQL
 * combined by the domain's rules (the rows, total and counts of `computeSupply`), and the item and exclusion
 * lists paged in SQL, at most `limit` entries each, in the order `computeSupply` lists them. One read
 * transaction, so the figures and the lists describe the same data.
 */
import type { Database } from 'better-sqlite3';
import { compareIso, quarterOf } from '../../domain/dates.ts';
import type { LandBalanceOptions } from '../../domain/land-balance/index.ts';
import type {
  ExcludedSupply,
  SupplyAmount,
  SupplyExclusion,
  SupplyItem,
  SupplyRow,
} from '../../domain/land-balance/supply.ts';
import {
  type SupplyUnit,
  supplyFromGroups,
  supplyListRule,
} from '../../domain/land-balance/supply-groups.ts';
import type { RedevelopmentSite } from '../../domain/schemas.ts';
import { supplyExcludedPage, supplyGroups, supplyItemsPage } from '../db/queries/land-balance-supply.ts';

/**
 * Most supply items (and exclusions) listed in an answer: the tables carry every figure; the lists name the
 * parcels behind them, which on a province-size cadastre would be hundreds of thousands of rows. 500 of each
 * (≈ 130 kB of JSON) keeps the whole answer under 200 kB at any cadastre size — the rest of it grows with
 * projects and platforms, not parcels — and lists every supply parcel of the sample (160).
 */
export const SUPPLY_LIST_LIMIT = 500;

/** A supply item with the parcel's (or 三旧 site's) code. */
export type SupplyItemOut = SupplyItem & { code: string };

/** The supply of the GET /api/land-balance answer: every figure, the lists capped at `limit`. */
export type SupplyAnswer = {
  total: SupplyAmount;
  rows: SupplyRow[];
  /** The first `limit` items by the date they count from, then id. */
  items: SupplyItemOut[];
  itemsTotal: number;
  /** The first `limit` exclusions: parcels by id, 三旧 sites, then what the filters left out. */
  excluded: ExcludedSupply[];
  excludedTotal: number;
  excludedByReason: Partial<Record<SupplyExclusion, number>>;
  limit: number;
  truncated: boolean;
};

const byDateThenId = (a: SupplyItem, b: SupplyItem) =>
  compareIso(a.availableFrom, b.availableFrom) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The answer's supply and the grouped units the shortfall tables sum, for options `o`. */
export function supplyAnswer(
  db: Database,
  redevelopment: readonly RedevelopmentSite[],
  o: LandBalanceOptions,
  limit = SUPPLY_LIST_LIMIT,
): { supply: SupplyAnswer; units: SupplyUnit[] } {
  return db.transaction(() => {
    const groups = supplyGroups(db);
    const s = supplyFromGroups(groups, redevelopment, o);
    const rule = supplyListRule(
      o,
      groups.map((g) => g.landUse),
    );
    const redevCodes = new Map(redevelopment.map((r) => [r.id, r.code]));
    const redevItems = s.redevelopment.items.map((it) => ({ ...it, code: redevCodes.get(it.id) ?? it.id }));
    // Parcel units counted from a later date than the reference date (reserve land): the page's second part.
    const later = s.units.some((u) => u.source === 'reserve' && u.availableFrom !== o.asOf);
    const parcelItems = s.itemsTotal > redevItems.length ? supplyItemsPage(db, rule, limit, later) : [];
    const items: SupplyItemOut[] = [
      ...parcelItems.map((r) => ({
        source: r.source,
        id: r.id,
        platformId: r.platformId,
        landUse: r.landUse,
        landMu: r.landMu,
        floorM2: 0,
        availableFrom: r.availableFrom,
        quarter: quarterOf(r.availableFrom),
        code: r.code,
      })),
      ...redevItems,
    ]
      .sort(byDateThenId)
      .slice(0, limit);
    const excludedTotal = Object.values(s.excludedByReason).reduce((a, n) => a + n, 0);
    const excluded = excludedList(db, rule, s, excludedTotal, limit);
    return {
      supply: {
        total: s.total,
        rows: s.rows,
        items,
        itemsTotal: s.itemsTotal,
        excluded,
        excludedTotal,
        excludedByReason: s.excludedByReason,
        limit,
        truncated: s.itemsTotal > limit || excludedTotal > limit,
      },
      units: s.units,
    };
  })();
}

/** Exclusions in `computeSupply`'s order: parcels left out (by id), 三旧 sites, then what the filters left out. */
function excludedList(
  db: Database,
  rule: ReturnType<typeof supplyListRule>,
  s: ReturnType<typeof supplyFromGroups>,
  excludedTotal: number,
  limit: number,
): ExcludedSupply[] {
  const redevOwn = s.redevelopment.excluded.filter((e) => e.reason !== 'filtered_out');
  const redevFiltered = s.redevelopment.excluded.filter((e) => e.reason === 'filtered_out');
  const filteredParcels = (s.excludedByReason.filtered_out ?? 0) - redevFiltered.length;
  const ownParcels = excludedTotal - (s.excludedByReason.filtered_out ?? 0) - redevOwn.length;
  const out: ExcludedSupply[] = ownParcels > 0 ? supplyExcludedPage(db, rule, false, limit) : [];
  out.push(...redevOwn);
  if (out.length < limit && filteredParcels > 0) {
    out.push(...supplyExcludedPage(db, rule, true, limit - out.length));
  }
  out.push(...redevFiltered);
  return out.slice(0, limit);
}
