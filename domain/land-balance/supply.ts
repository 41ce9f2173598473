/**
 * Land and floor-space supply (供给) per platform, land use and quarter.
 *
 * - now: parcels 净地可供 (ready) or 挂牌 (listed) with no holder, available from `asOf`;
 * - later: 储备 reserve parcels from their expected ready date (an overdue date counts from `asOf`);
 * - later: 三旧改造 output from its expected completion — land (亩, `landOutputM2`) and floor space (㎡,
 *   `floorSpaceM2`) kept apart. 工改工 land counts as 1001, 工改科 as M0; mode `other` and finished sites
 *   (their output is already in the parcels) are left out.
 * Only land some pipeline project may use counts (1001*, M0, 0802); the rest is listed in `excluded`.
 */

import { compareIso, quarterOf } from '../dates.ts';
import { LAND_STATES, LAND_USES, type LandState, type LandUse, type RedevelopmentMode } from '../enums.ts';
import { isAvailable } from '../land-states.ts';
import type { Parcel, RedevelopmentSite } from '../schemas.ts';
import { m2ToMu } from '../units.ts';
import type { LandBalanceOptions } from './options.ts';
import { isProjectLandUse, landUseSuitsIndustry } from './suitability.ts';

/** Where a unit of supply comes from. */
export type SupplySource = 'available' | 'reserve' | 'redevelopment';

/** One unit of supply: a parcel, or the output of one redevelopment site. */
export interface SupplyItem {
  source: SupplySource;
  /** Parcel id, or redevelopment-site id. */
  id: string;
  platformId: string;
  /** Land use of the land supplied; null when the item supplies floor space only. */
  landUse: LandUse | null;
  /** Land supplied, 亩. */
  landMu: number;
  /** Floor space supplied, ㎡ (三旧改造 only). */
  floorM2: number;
  /** Date from which it is available (≥ asOf). */
  availableFrom: string;
  /** Quarter of `availableFrom`, e.g. `2018Q1`. */
  quarter: string;
}

/** Why a parcel or site was not counted. */
export type SupplyExclusion =
  | 'not_project_land_use'
  | 'no_expected_date'
  | 'beyond_horizon'
  | 'redevelopment_completed'
  | 'redevelopment_other_mode'
  | 'filtered_out';

/** A parcel or site left out of supply, with the reason code. */
export interface ExcludedSupply {
  source: SupplySource;
  id: string;
  reason: SupplyExclusion;
}

/** Supply totals: 亩 of land and ㎡ of floor space. */
export interface SupplyAmount {
  landMu: number;
  floorM2: number;
}

/** One row of supply per platform × land use × quarter (land use null = floor space). */
export interface SupplyRow extends SupplyAmount {
  platformId: string;
  landUse: LandUse | null;
  quarter: string;
}

/** Result of `computeSupply`. */
export interface Supply {
  items: SupplyItem[];
  /** Platform × land use × quarter, sorted by platform, quarter, land use. */
  rows: SupplyRow[];
  total: SupplyAmount;
  excluded: ExcludedSupply[];
}

/** Land use credited to redevelopment land output by mode; null = not industrial supply. */
export const REDEVELOPMENT_LAND_USE: Record<RedevelopmentMode, LandUse | null> = {
  industrial_to_industrial: '1001',
  industrial_to_tech: 'M0',
  other: null,
};

const later = (a: string, b: string): string => (compareIso(a, b) >= 0 ? a : b);

/**
 * Which parcels `parcelSupply` turns into items, as data a database query can apply (so matching reads only
 * those parcels, server/db/queries/land-balance.ts): a parcel of a project land use (`landUses`) that is
 * - in an available state (`availableStates`) with no holder, when `asOf` is not after `horizon`; or
 * - 储备 reserve when `reserve`, with an expected ready date, and max(that date, `asOf`) not after `horizon`.
 * Dates are ISO `YYYY-MM-DD`, so they compare as text.
 */
export interface ParcelSupplyFilter {
  availableStates: LandState[];
  landUses: LandUse[];
  reserve: boolean;
  asOf: string;
  horizon: string | null;
}

/** The rules of `parcelSupply` for options `o` (see ParcelSupplyFilter). */
export function parcelSupplyFilter(
  o: Pick<LandBalanceOptions, 'asOf' | 'horizon' | 'includeReserve'>,
): ParcelSupplyFilter {
  return {
    availableStates: LAND_STATES.filter(isAvailable),
    landUses: LAND_USES.filter(isProjectLandUse),
    reserve: o.includeReserve,
    asOf: o.asOf,
    horizon: o.horizon ?? null,
  };
}

/** Supply available now (ready/listed, no holder) and reserve parcels, as items; parcels of other states are ignored. */
export function parcelSupply(
  parcels: readonly Parcel[],
  o: Pick<LandBalanceOptions, 'asOf' | 'horizon' | 'includeReserve'>,
): { items: SupplyItem[]; excluded: ExcludedSupply[] } {
  const items: SupplyItem[] = [];
  const excluded: ExcludedSupply[] = [];
  for (const p of parcels) {
    const now = isAvailable(p.state) && p.projectIds.length === 0;
    const reserve = o.includeReserve && p.state === 'reserve';
    if (!now && !reserve) continue;
    const source: SupplySource = now ? 'available' : 'reserve';
    if (!isProjectLandUse(p.landUse)) {
      excluded.push({ source, id: p.id, reason: 'not_project_land_use' });
      continue;
    }
    let from = o.asOf;
    if (!now) {
      if (!p.expectedReadyDate) {
        excluded.push({ source, id: p.id, reason: 'no_expected_date' });
        continue;
      }
      from = later(p.expectedReadyDate, o.asOf);
    }
    if (o.horizon && compareIso(from, o.horizon) > 0) {
      excluded.push({ source, id: p.id, reason: 'beyond_horizon' });
      continue;
    }
    items.push({
      source,
      id: p.id,
      platformId: p.platformId,
      landUse: p.landUse,
      landMu: p.areaMu,
      floorM2: 0,
      availableFrom: from,
      quarter: quarterOf(from),
    });
  }
  return { items, excluded };
}

/** Supply from 三旧改造 sites not yet completed: land (亩) and/or floor space (㎡) from the expected completion. */
export function redevelopmentSupply(
  sites: readonly RedevelopmentSite[],
  o: Pick<LandBalanceOptions, 'asOf' | 'horizon'>,
): { items: SupplyItem[]; excluded: ExcludedSupply[] } {
  const items: SupplyItem[] = [];
  const excluded: ExcludedSupply[] = [];
  for (const s of sites) {
    const source = 'redevelopment' as const;
    if (s.stage === 'completed') {
      excluded.push({ source, id: s.id, reason: 'redevelopment_completed' });
      continue;
    }
    const landUse = REDEVELOPMENT_LAND_USE[s.mode];
    if (landUse === null) {
      excluded.push({ source, id: s.id, reason: 'redevelopment_other_mode' });
      continue;
    }
    const from = later(s.expectedCompletion, o.asOf);
    if (o.horizon && compareIso(from, o.horizon) > 0) {
      excluded.push({ source, id: s.id, reason: 'beyond_horizon' });
      continue;
    }
    if (s.landOutputM2 <= 0 && s.floorSpaceM2 <= 0) continue;
    items.push({
      source,
      id: s.id,
      platformId: s.platformId,
      landUse: s.landOutputM2 > 0 ? landUse : null,
      landMu: m2ToMu(s.landOutputM2),
      floorM2: s.floorSpaceM2,
      availableFrom: from,
      quarter: quarterOf(from),
    });
  }
  return { items, excluded };
}

/** Groups supply items into platform × land use × quarter rows, sorted for stable output. */
export function supplyRows(items: readonly SupplyItem[]): SupplyRow[] {
  const rows = new Map<string, SupplyRow>();
  for (const it of items) {
    const key = `${it.platformId}\u0000${it.quarter}\u0000${it.landUse ?? ''}`;
    const row = rows.get(key) ?? {
      platformId: it.platformId,
      landUse: it.landUse,
      quarter: it.quarter,
      landMu: 0,
      floorM2: 0,
    };
    row.landMu += it.landMu;
    row.floorM2 += it.floorM2;
    rows.set(key, row);
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

/**
 * Supply per platform, land use and quarter (亩 and ㎡ apart). `platformId` keeps one platform; `industry`
 * keeps the land that industry may use (M0/0802 count for AI and big-data, whose R&D projects may use them).
 */
export function computeSupply(
  parcels: readonly Parcel[],
  redevelopment: readonly RedevelopmentSite[],
  o: LandBalanceOptions,
): Supply {
  const fromParcels = parcelSupply(parcels, o);
  const fromRedev = o.includeRedevelopment
    ? redevelopmentSupply(redevelopment, o)
    : { items: [], excluded: [] };
  const excluded = [...fromParcels.excluded, ...fromRedev.excluded];
  const items: SupplyItem[] = [];
  for (const it of [...fromParcels.items, ...fromRedev.items]) {
    const platformOk = !o.platformId || it.platformId === o.platformId;
    const industryOk = !o.industry || it.landUse === null || landUseSuitsIndustry(o.industry, it.landUse);
    if (platformOk && industryOk) items.push(it);
    else excluded.push({ source: it.source, id: it.id, reason: 'filtered_out' });
  }
  items.sort(
    (a, b) => compareIso(a.availableFrom, b.availableFrom) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const total = items.reduce((t, it) => ({ landMu: t.landMu + it.landMu, floorM2: t.floorM2 + it.floorM2 }), {
    landMu: 0,
    floorM2: 0,
  });
  return { items, rows: supplyRows(items), total, excluded };
}
