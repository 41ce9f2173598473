/**
 * The land balance's supply read in SQL over the `parcels_supply` index (migration 010): the supply parcels
 * (ready, listed, reserve; not retired) counted in groups of parcels alike in everything the domain's supply
 * rules read, and pages of the parcels behind the figures — counted items, left-out parcels with their reason,
 * parcels the platform or industry filter left out — at most `limit` each, in the order the domain lists them.
 * The rules themselves are the domain's (domain/land-balance/supply-groups.ts): the pages take them as data
 * (`SupplyListRule`), so the SQL below only says how a parcel's columns answer them.
 */
import type { Database } from 'better-sqlite3';
import type { LandState, LandUse } from '../../../domain/enums.ts';
import type { SupplyExclusion, SupplySource } from '../../../domain/land-balance/supply.ts';
import type { ParcelSupplyGroup, SupplyListRule } from '../../../domain/land-balance/supply-groups.ts';

/**
 * The parcels that may be supply, written as the `parcels_supply` index's own WHERE clause (SQLite uses a
 * partial index only for a query that repeats its condition).
 */
const SUPPLY_PARCELS = `p.retired_on IS NULL AND p.state IN ('ready', 'listed', 'reserve')`;
const HELD = 'p.id IN (SELECT parcel_id FROM parcel_projects)';

type GroupRow = {
  state: LandState;
  platform_id: string;
  land_use: LandUse;
  expected_ready_date: string | null;
  parcels: number;
  area_mu: number;
};

const GROUP_COLUMNS = `p.state, p.platform_id, p.land_use, p.expected_ready_date, count(*) AS parcels,
  sum(p.area_mu) AS area_mu`;
const GROUP_BY = 'GROUP BY p.state, p.platform_id, p.land_use, p.expected_ready_date';

/**
 * The supply parcels counted per state, platform, land use, expected ready date and whether a project holds
 * them: every parcel in one pass over `parcels_supply` (in its order, so without sorting), the few held ones
 * from the project links, and, only for the groups that have held parcels, the free ones counted again
 * (summing the same rows as a free-only pass would, rather than subtracting).
 */
export function supplyGroups(db: Database): ParcelSupplyGroup[] {
  const all = db
    .prepare(
      `SELECT ${GROUP_COLUMNS} FROM parcels p INDEXED BY parcels_supply WHERE ${SUPPLY_PARCELS} ${GROUP_BY}`,
    )
    .all() as GroupRow[];
  const held = db
    .prepare(
      `SELECT ${GROUP_COLUMNS} FROM (SELECT DISTINCT parcel_id FROM parcel_projects) h
       JOIN parcels p INDEXED BY parcels_supply_by_id ON p.id = h.parcel_id
       WHERE ${SUPPLY_PARCELS} ${GROUP_BY}`,
    )
    .all() as GroupRow[];
  const keyOf = (r: GroupRow) => JSON.stringify([r.state, r.platform_id, r.land_use, r.expected_ready_date]);
  const heldKeys = new Set(held.map(keyOf));
  const freeOfGroup = db.prepare(
    `SELECT ${GROUP_COLUMNS} FROM parcels p INDEXED BY parcels_supply
     WHERE ${SUPPLY_PARCELS} AND p.state = ? AND p.platform_id = ? AND p.land_use = ?
       AND p.expected_ready_date IS ? AND NOT ${HELD} ${GROUP_BY}`,
  );
  const free = all.flatMap((r) =>
    heldKeys.has(keyOf(r))
      ? (freeOfGroup.all(r.state, r.platform_id, r.land_use, r.expected_ready_date) as GroupRow[])
      : [r],
  );
  const group = (r: GroupRow, isHeld: boolean): ParcelSupplyGroup => ({
    state: r.state,
    held: isHeld,
    platformId: r.platform_id,
    landUse: r.land_use,
    expectedReadyDate: r.expected_ready_date,
    parcels: r.parcels,
    areaMu: r.area_mu,
  });
  return [...free.map((r) => group(r, false)), ...held.map((r) => group(r, true))];
}

/**
 * Each supply parcel the rule considers, with its source, the date it counts from, the reason it is left out
 * (null when counted) and whether the filters keep it. Parameters: `rule` fields and the land-use lists as JSON.
 */
const considered = (index: 'parcels_supply' | 'parcels_supply_by_id') => `
  SELECT p.id, p.platform_id, p.land_use, p.area_mu, source, available_from,
    CASE
      WHEN p.land_use NOT IN (SELECT value FROM json_each(:projectLandUses)) THEN 'not_project_land_use'
      WHEN NOT is_now AND p.expected_ready_date IS NULL THEN 'no_expected_date'
      WHEN :horizon IS NOT NULL AND available_from > :horizon THEN 'beyond_horizon'
    END AS reason,
    (:platformId IS NULL OR p.platform_id = :platformId)
      AND p.land_use IN (SELECT value FROM json_each(:keptLandUses)) AS kept
  FROM (
    SELECT p.*, CASE WHEN is_now THEN 'available' ELSE 'reserve' END AS source,
      CASE WHEN is_now THEN :asOf ELSE max(p.expected_ready_date, :asOf) END AS available_from
    FROM (
      SELECT p.id, p.platform_id, p.land_use, p.area_mu, p.expected_ready_date, p.state,
        p.state IN (SELECT value FROM json_each(:nowStates)) AND NOT ${HELD} AS is_now
      FROM parcels p INDEXED BY ${index} WHERE ${SUPPLY_PARCELS}
    ) p
    WHERE is_now OR (:includeReserve AND p.state = :reserveState)
  ) p`;

const params = (rule: SupplyListRule, limit: number) => ({
  asOf: rule.asOf,
  horizon: rule.horizon,
  platformId: rule.platformId,
  includeReserve: rule.includeReserve ? 1 : 0,
  reserveState: rule.reserveState,
  nowStates: JSON.stringify(rule.nowStates),
  projectLandUses: JSON.stringify(rule.projectLandUses),
  keptLandUses: JSON.stringify(rule.keptLandUses),
  limit,
});

/** A counted supply parcel of a page, with its code. */
export type SupplyItemRow = {
  source: SupplySource;
  id: string;
  code: string;
  platformId: string;
  landUse: LandUse;
  landMu: number;
  availableFrom: string;
};

/**
 * The first `limit` counted supply parcels by the date they count from, then id: those counted from the
 * reference date walk the id-ordered index and stop at `limit`; the later ones (reserve land, only when
 * `later` says there are some and the first part is short) are sorted by date.
 */
export function supplyItemsPage(
  db: Database,
  rule: SupplyListRule,
  limit: number,
  later: boolean,
): SupplyItemRow[] {
  const page = (index: 'parcels_supply' | 'parcels_supply_by_id', where: string, order: string, n: number) =>
    db
      .prepare(
        `WITH page AS MATERIALIZED (
           SELECT id, source, platform_id, land_use, area_mu, available_from FROM (${considered(index)})
           WHERE reason IS NULL AND kept AND ${where} ORDER BY ${order} LIMIT :limit)
         SELECT page.source, page.id, (SELECT code FROM parcels WHERE id = page.id) AS code,
           page.platform_id AS platformId, page.land_use AS landUse, page.area_mu AS landMu,
           page.available_from AS availableFrom
         FROM page ORDER BY page.available_from, page.id`,
      )
      .all(params(rule, n)) as SupplyItemRow[];
  const first = page('parcels_supply_by_id', 'available_from = :asOf', 'id', limit);
  if (!later || first.length >= limit) return first;
  return [
    ...first,
    ...page('parcels_supply', 'available_from > :asOf', 'available_from, id', limit - first.length),
  ];
}

/** A left-out supply parcel of a page. */
export type ExcludedRow = { source: SupplySource; id: string; reason: SupplyExclusion };

/**
 * The first `limit` supply parcels by id that the rule leaves out (`filtered` false: for a reason of their
 * own — land use, no expected date, beyond the horizon) or that only the platform or industry filter leaves out
 * (`filtered` true, reason `filtered_out`).
 */
export function supplyExcludedPage(
  db: Database,
  rule: SupplyListRule,
  filtered: boolean,
  limit: number,
): ExcludedRow[] {
  const where = filtered ? 'reason IS NULL AND NOT kept' : 'reason IS NOT NULL';
  return db
    .prepare(
      `SELECT source, id, ${filtered ? `'filtered_out'` : 'reason'} AS reason
       FROM (${considered('parcels_supply_by_id')})
       WHERE ${where} ORDER BY id LIMIT :limit`,
    )
    .all(params(rule, limit)) as ExcludedRow[];
}
