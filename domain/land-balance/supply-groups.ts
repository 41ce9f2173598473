/**
 * Supply (供给) from parcels counted in groups — what a database's GROUP BY returns — by the rules of
 * `parcelSupply` (supply.ts): a group is parcels alike in everything those rules read (state, held by a project
 * or not, platform, land use, expected ready date), so the rules decide once per group what they would decide
 * for each of its parcels. Land in 亩, floor space in ㎡, dates ISO, quarters `YYYYQn`.
 *
 * The lists of parcels behind the figures are the database's to page (at most a limit each); `supplyListRule`
 * states the rules as data (which land uses count, which the industry filter keeps) for that query.
 */

import { compareIso, quarterOf } from '../dates.ts';
import type { LandState, LandUse } from '../enums.ts';
import { LAND_STATES } from '../enums.ts';
import { isAvailable } from '../land-states.ts';
import type { RedevelopmentSite } from '../schemas.ts';
import type { LandBalanceOptions } from './options.ts';
import { isProjectLandUse, landUseSuitsIndustry } from './suitability.ts';
import {
  type ExcludedSupply,
  redevelopmentSupply,
  type SupplyAmount,
  type SupplyExclusion,
  type SupplyItem,
  type SupplyRow,
  supplyRows,
} from './supply.ts';

/** Parcels alike in everything the supply rules read, counted together (one row of a GROUP BY). */
export interface ParcelSupplyGroup {
  state: LandState;
  /** Some project holds each of these parcels (a held ready or listed parcel is not supply). */
  held: boolean;
  platformId: string;
  landUse: LandUse;
  expectedReadyDate: string | null;
  /** Number of parcels. */
  parcels: number;
  /** Their land, 亩. */
  areaMu: number;
}

/** Supply of one group (or one 三旧 site): a supply item without an id, with the number of parcels in it. */
export type SupplyUnit = Omit<SupplyItem, 'id'> & { parcels: number };

/** Result of `supplyFromGroups`: the figures of `computeSupply` without the item and exclusion lists. */
export interface SupplySummary {
  /** Counted supply by group, the 三旧 sites one by one (what the shortfall tables sum). */
  units: SupplyUnit[];
  /** Platform × land use × quarter, sorted by platform, quarter, land use (as `Supply.rows`). */
  rows: SupplyRow[];
  total: SupplyAmount;
  /** Parcels and sites counted (the length of `Supply.items`). */
  itemsTotal: number;
  /** Parcels and sites left out, by reason (zero reasons absent). */
  excludedByReason: Partial<Record<SupplyExclusion, number>>;
  /** The 三旧 sites counted and left out, one by one (few: they go into the lists as they are). */
  redevelopment: { items: SupplyItem[]; excluded: ExcludedSupply[] };
}

/** States counted as supply now (no project holding them): 净地可供 ready, 挂牌 listed. */
export const SUPPLY_NOW_STATES: readonly LandState[] = LAND_STATES.filter(isAvailable);
/** State counted as later supply (from its expected ready date) when reserve land is included: 储备. */
export const SUPPLY_RESERVE_STATE: LandState = 'reserve';

const later = (a: string, b: string): string => (compareIso(a, b) >= 0 ? a : b);

/** The reason a group is left out, or its source and date when it counts before the filters (null: not supply). */
function classify(
  g: ParcelSupplyGroup,
  o: Pick<LandBalanceOptions, 'asOf' | 'horizon' | 'includeReserve'>,
): { source: 'available' | 'reserve'; from?: string; reason?: SupplyExclusion } | null {
  const now = isAvailable(g.state) && !g.held;
  const reserve = o.includeReserve && g.state === SUPPLY_RESERVE_STATE;
  if (!now && !reserve) return null;
  const source = now ? 'available' : 'reserve';
  if (!isProjectLandUse(g.landUse)) return { source, reason: 'not_project_land_use' };
  if (!now && !g.expectedReadyDate) return { source, reason: 'no_expected_date' };
  const from = now ? o.asOf : later(g.expectedReadyDate ?? o.asOf, o.asOf);
  if (o.horizon && compareIso(from, o.horizon) > 0) return { source, reason: 'beyond_horizon' };
  return { source, from };
}

/** Whether supply of `landUse` on `platformId` passes the platform and industry filters (null: floor space). */
const kept = (o: LandBalanceOptions, platformId: string, landUse: LandUse | null): boolean =>
  (!o.platformId || platformId === o.platformId) &&
  (!o.industry || landUse === null || landUseSuitsIndustry(o.industry, landUse));

/**
 * The figures of `computeSupply` from parcel groups and the 三旧 sites: the same rows, total and counts
 * (sums may differ from `computeSupply`'s in the last bits, being added in another order).
 */
export function supplyFromGroups(
  groups: readonly ParcelSupplyGroup[],
  redevelopment: readonly RedevelopmentSite[],
  o: LandBalanceOptions,
): SupplySummary {
  const units: SupplyUnit[] = [];
  const excludedByReason: Partial<Record<SupplyExclusion, number>> = {};
  const exclude = (reason: SupplyExclusion, n: number) => {
    excludedByReason[reason] = (excludedByReason[reason] ?? 0) + n;
  };
  for (const g of groups) {
    const c = classify(g, o);
    if (!c || g.parcels === 0) continue;
    if (c.reason || !c.from) exclude(c.reason ?? 'no_expected_date', g.parcels);
    else if (!kept(o, g.platformId, g.landUse)) exclude('filtered_out', g.parcels);
    else {
      const quarter = quarterOf(c.from);
      units.push({ ...g, source: c.source, landMu: g.areaMu, floorM2: 0, availableFrom: c.from, quarter });
    }
  }
  const redev = o.includeRedevelopment ? redevelopmentSupply(redevelopment, o) : { items: [], excluded: [] };
  for (const e of redev.excluded) exclude(e.reason, 1);
  const redevItems: SupplyItem[] = [];
  const redevExcluded = [...redev.excluded];
  for (const it of redev.items) {
    if (kept(o, it.platformId, it.landUse)) {
      redevItems.push(it);
      units.push({ ...it, parcels: 1 });
    } else {
      exclude('filtered_out', 1);
      redevExcluded.push({ source: it.source, id: it.id, reason: 'filtered_out' });
    }
  }
  units.sort((a, b) => compareIso(a.availableFrom, b.availableFrom));
  const total = { landMu: 0, floorM2: 0 };
  for (const u of units) {
    total.landMu += u.landMu;
    total.floorM2 += u.floorM2;
  }
  return {
    units: units.map(({ source, platformId, landUse, landMu, floorM2, availableFrom, quarter, parcels }) => ({
      source,
      platformId,
      landUse,
      landMu,
      floorM2,
      availableFrom,
      quarter,
      parcels,
    })),
    rows: supplyRows(units.map((u) => ({ ...u, id: '' }))),
    total,
    itemsTotal: units.reduce((n, u) => n + u.parcels, 0),
    excludedByReason,
    redevelopment: { items: redevItems, excluded: redevExcluded },
  };
}

/** The supply rules as data, for a query listing the parcels behind the figures (see `supplyFromGroups`). */
export interface SupplyListRule {
  asOf: string;
  horizon: string | null;
  includeReserve: boolean;
  platformId: string | null;
  nowStates: readonly LandState[];
  reserveState: LandState;
  /** Of the land uses asked about, those counted as supply (the rest: `not_project_land_use`). */
  projectLandUses: LandUse[];
  /** Of `projectLandUses`, those the industry filter keeps (all of them without one). */
  keptLandUses: LandUse[];
}

/** The list rule for `o` over the land uses the parcels have (e.g. those of their groups). */
export function supplyListRule(o: LandBalanceOptions, landUses: Iterable<LandUse>): SupplyListRule {
  const projectLandUses = [...new Set(landUses)].filter(isProjectLandUse).sort();
  return {
    asOf: o.asOf,
    horizon: o.horizon ?? null,
    includeReserve: o.includeReserve,
    platformId: o.platformId ?? null,
    nowStates: SUPPLY_NOW_STATES,
    reserveState: SUPPLY_RESERVE_STATE,
    projectLandUses,
    keptLandUses: projectLandUses.filter((lu) => !o.industry || landUseSuitsIndustry(o.industry, lu)),
  };
}
