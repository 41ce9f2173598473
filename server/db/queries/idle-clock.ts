/**
 * The idle-land clock of contract-only parcels in SQL (migration 008): a current parcel whose grant has no record
 * besides the contract (`clock_records = 0`: no 交地确认书, 动工, progress, 补充协议 or procedure step) runs the
 * domain's clock (domain/contract-clock/) on its contract columns alone, so its status on a reference date is a
 * range of its agreed start:
 * - 已出让 (not delivered) past the agreed delivery → `government_delay` (国土资源部令第53号 第八条: suspended);
 * - otherwise, days past the agreed start ≥ 730 → `reclaimable`, ≥ 365 → `idle` (第十四条, 第二条), > 0 →
 *   `overdue`, within `dueSoonDays` → `due_soon`.
 * With no procedure step the 20 % fee is exposure for idle and reclaimable land and nothing is owed
 * (contract-clock/compliance.ts). Counts and sums come from the summary tables of migration 013 (kept by
 * triggers in every write's transaction: a few thousand rows by state, agreed delivery, agreed start and
 * platform), area and fee in whole millionths (domain/dashboard/idle-land-tally.ts); the most urgent rows are
 * read in the order of the covering index `parcels_contract_clock` (migration 008), stopping at the limit, and
 * only those are read as parcels (and then evaluated by the domain itself).
 */
import type { Database } from 'better-sqlite3';
import type { IdleStatus } from '../../../domain/contract-clock/index.ts';
import { CONTRACT_CLOCK_RULES } from '../../../domain/contract-clock/index.ts';
import { addDays } from '../../../domain/dates.ts';

/**
 * Count, area and 20 % fee of the contract-only rows of one clock status, area (亩) and fee (万元; null prices
 * count 0) in whole millionths, each row rounded (domain/dashboard/idle-land-tally.ts).
 */
export type ContractClockTotal = { status: IdleStatus; count: number; areaE6: number; feeE6: number };

/** What selects the contract-only clocks: acquired states not yet 竣工, the reference date, a platform. */
export type ContractClockFilter = { states: readonly string[]; refDate: string; platformId: string | null };

/** FROM … WHERE of the contract-only parcels on the watch list, and its named parameters. */
function watched(f: ContractClockFilter) {
  const states = f.states.map((_, i) => `@s${i}`).join(', ');
  const sql = `FROM parcels INDEXED BY parcels_contract_clock
    WHERE retired_on IS NULL AND clock_records = 0 AND contract_agreed_start IS NOT NULL
      AND state IN (${states}) ${f.platformId == null ? '' : 'AND platform_id = @platform'}
      AND (contract_agreed_start <= @soon OR (state = 'transferred' AND contract_agreed_delivery < @ref))`;
  const r = CONTRACT_CLOCK_RULES;
  const params: Record<string, string | number> = {
    ref: f.refDate,
    reclaim: addDays(f.refDate, -r.reclaimDays),
    idle: addDays(f.refDate, -r.idleDays),
    soon: addDays(f.refDate, r.dueSoonDays),
    rate: r.idleFeeRate,
    ...Object.fromEntries(f.states.map((s, i) => [`s${i}`, s])),
  };
  if (f.platformId != null) params.platform = f.platformId;
  return { sql, params };
}

/** Status of a running (not suspended) clock by its agreed start (see the module doc). */
const RUNNING_STATUS_SQL = `CASE WHEN agreed_start <= @reclaim THEN 'reclaimable' WHEN agreed_start <= @idle THEN 'idle'
    WHEN agreed_start < @ref THEN 'overdue' ELSE 'due_soon' END`;

/**
 * Totals per clock status of the contract-only parcels on the watch list (statuses without rows are absent), from
 * the summary tables of migration 013: the running clocks by agreed start (groups with no suspending delivery,
 * or one not yet passed), the suspended ones (已出让 past the agreed delivery) by agreed delivery.
 */
export function contractClockTotals(db: Database, f: ContractClockFilter): ContractClockTotal[] {
  const { params } = watched(f);
  const states = f.states.map((_, i) => `@s${i}`).join(', ');
  const platform = f.platformId == null ? '' : 'AND platform_id = @platform';
  const groups = (delivery: string) => `SELECT agreed_start, count, area_mu_e6, fee_wan_e6
    FROM contract_clock_groups WHERE state IN (${states}) AND ${delivery} AND agreed_start <= @soon ${platform}`;
  const delayed = f.states.includes('transferred')
    ? `UNION ALL SELECT 'government_delay', sum(count), sum(area_mu_e6), sum(fee_wan_e6)
       FROM contract_clock_deliveries WHERE agreed_delivery < @ref ${platform} HAVING count(*) > 0`
    : '';
  const rows = db
    .prepare(
      `SELECT ${RUNNING_STATUS_SQL} AS status, sum(count) AS n, sum(area_mu_e6) AS area, sum(fee_wan_e6) AS fee
       FROM (${groups("agreed_delivery = ''")} UNION ALL ${groups('agreed_delivery >= @ref')}) GROUP BY 1
       ${delayed}`,
    )
    .all(params) as { status: IdleStatus; n: number; area: number; fee: number }[];
  return rows.map((r) => ({ status: r.status, count: r.n, areaE6: r.area, feeE6: r.fee }));
}

/** SQL: 1 for a suspended clock (已出让 past the agreed delivery, 第八条), else 0 (a missing delivery date is 0). */
const SUSPENDED_SQL = `coalesce(state = 'transferred' AND contract_agreed_delivery < @ref, 0)`;

/**
 * SQL: the fee the domain orders a row by: 20 % of the price for a running clock (null price 0), none for a
 * suspended one (its `feeWan` is null: nothing is at stake while the government owes the land, 第八条).
 */
const feeSql = (suspended: boolean) => (suspended ? '0' : 'coalesce(land_price_wan * @rate, 0)');

/**
 * Whether most contract-only 已出让 clocks (of the platform) are suspended on the reference date: then walking
 * 已出让 in agreed-start order would pass all of those before the running ones, and the running ones are read by
 * agreed delivery instead (none, or not yet passed; index `parcels_transferred_clock`, migration 013). Either way
 * a list reads at most the smaller of the two sets before it stops.
 */
function mostlySuspended(db: Database, f: ContractClockFilter): boolean {
  const platform = f.platformId == null ? '' : 'AND platform_id = @platform';
  const { past, later } = db
    .prepare(
      `SELECT total(CASE WHEN agreed_delivery < @ref THEN count END) AS past,
         total(CASE WHEN agreed_delivery >= @ref THEN count END) AS later
       FROM contract_clock_deliveries WHERE true ${platform}`,
    )
    .get({ ref: f.refDate, ...(f.platformId == null ? {} : { platform: f.platformId }) }) as {
    past: number;
    later: number;
  };
  return past > later;
}

/** The running 已出让 clocks read by agreed delivery: none recorded, or not yet passed (each in start order). */
function runningTransferred(f: ContractClockFilter): string {
  const platform = f.platformId == null ? '' : 'AND platform_id = @platform';
  const part = (delivery: string) => `SELECT * FROM (SELECT id, contract_agreed_start AS day,
      coalesce(land_price_wan * @rate, 0) AS fee FROM parcels INDEXED BY parcels_transferred_clock
    WHERE state = 'transferred' AND retired_on IS NULL AND clock_records = 0 AND contract_agreed_start IS NOT NULL
      AND ${delivery} AND contract_agreed_start <= @soon ${platform} ORDER BY day, fee DESC LIMIT @n)`;
  return `${part('contract_agreed_delivery IS NULL')} UNION ALL ${part('contract_agreed_delivery >= @ref')}`;
}

/**
 * Ids, urgency day and fee of the first `n` contract-only rows of one urgency rank, most urgent first, as the
 * domain orders the watch list: running clocks (`suspended` false) by agreed start (= days until reclaim),
 * suspended ones by agreed delivery (= days overdue, most first), then by fee, largest first (a suspended clock
 * has none). Each state is read
 * in the order of the index (state, agreed start), so a running list stops after `n` rows per state (已出让, when
 * mostly suspended, by `runningTransferred`).
 */
function urgentRows(db: Database, f: ContractClockFilter, suspended: boolean, n: number) {
  const { sql, params } = watched(f);
  const day = suspended ? 'contract_agreed_delivery' : 'contract_agreed_start';
  const byDelivery = !suspended && f.states.includes('transferred') && mostlySuspended(db, f);
  const perState = f.states.map((s, i) =>
    byDelivery && s === 'transferred'
      ? runningTransferred(f)
      : `SELECT * FROM (SELECT id, ${day} AS day, ${feeSql(suspended)} AS fee ${sql}
      AND state = @s${i} AND ${SUSPENDED_SQL} = ${suspended ? 1 : 0} ORDER BY ${day}, fee DESC LIMIT @n)`,
  );
  return db
    .prepare(`SELECT id, day, fee FROM (${perState.join(' UNION ALL ')}) ORDER BY day, fee DESC LIMIT @n`)
    .all({ ...params, n }) as { id: string; day: string; fee: number }[];
}

/** Ids of the contract-only rows of one rank tied with `last` on day and fee (the domain orders those by code). */
function tiedRows(
  db: Database,
  f: ContractClockFilter,
  suspended: boolean,
  last: { day: string; fee: number },
) {
  const { sql, params } = watched(f);
  const day = suspended ? 'contract_agreed_delivery' : 'contract_agreed_start';
  return db
    .prepare(
      `SELECT id ${sql} AND ${SUSPENDED_SQL} = ${suspended ? 1 : 0} AND ${day} = @day
         AND ${feeSql(suspended)} = @fee`,
    )
    .pluck()
    .all({ ...params, day: last.day, fee: last.fee }) as string[];
}

/**
 * Ids of the `n` most urgent contract-only parcels on the watch list, plus every parcel tied with the last one
 * on everything but the code (the domain orders those by code with its own collation), so the domain's first
 * `n` rows of the whole list are among these and the parcels with records.
 */
export function mostUrgentContractClocks(db: Database, f: ContractClockFilter, n: number): string[] {
  if (!f.states.length) return [];
  const ids: string[] = [];
  // Running clocks come first (days until reclaim), then the suspended ones.
  for (const suspended of [false, true]) {
    const rows = urgentRows(db, f, suspended, n - ids.length);
    ids.push(...rows.map((r) => r.id));
    const last = rows.at(-1);
    if (last && ids.length >= n) return [...new Set([...ids, ...tiedRows(db, f, suspended, last)])];
  }
  return ids;
}
