/**
 * The idle-land clock of contract-only parcels in SQL (migration 008): a current parcel whose grant has no record
 * besides the contract (`clock_records = 0`: no 交地确认书, 动工, progress, 补充协议 or procedure step) runs the
 * domain's clock (domain/contract-clock/) on its contract columns alone, so its status on a reference date is a
 * range of its agreed start:
 * - 已出让 (not delivered) past the agreed delivery → `government_delay` (国土资源部令第53号 第八条: suspended);
 * - otherwise, days past the agreed start ≥ 730 → `reclaimable`, ≥ 365 → `idle` (第十四条, 第二条), > 0 →
 *   `overdue`, within `dueSoonDays` → `due_soon`.
 * With no procedure step the 20 % fee is exposure for idle and reclaimable land and nothing is owed
 * (contract-clock/compliance.ts). Counts and sums come from the covering index `parcels_contract_clock`;
 * only the rows a list shows are read as parcels (and then evaluated by the domain itself).
 */
import type { Database } from 'better-sqlite3';
import type { IdleStatus } from '../../../domain/contract-clock/index.ts';
import { CONTRACT_CLOCK_RULES } from '../../../domain/contract-clock/index.ts';
import { addDays } from '../../../domain/dates.ts';

/** Count, area (亩) and 20 % fee (万元; null prices count 0) of the contract-only rows of one clock status. */
export type ContractClockTotal = { status: IdleStatus; count: number; areaMu: number; feeWan: number };

/** What selects the contract-only clocks: acquired states not yet 竣工, the reference date, a platform. */
export type ContractClockFilter = { states: readonly string[]; refDate: string; platformId: string | null };

const STATUS_SQL = `CASE
    WHEN state = 'transferred' AND contract_agreed_delivery < @ref THEN 'government_delay'
    WHEN contract_agreed_start <= @reclaim THEN 'reclaimable'
    WHEN contract_agreed_start <= @idle THEN 'idle'
    WHEN contract_agreed_start < @ref THEN 'overdue'
    ELSE 'due_soon' END`;

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

/** Totals per clock status of the contract-only parcels on the watch list (statuses without rows are absent). */
export function contractClockTotals(db: Database, f: ContractClockFilter): ContractClockTotal[] {
  const { sql, params } = watched(f);
  const rows = db
    .prepare(
      `SELECT ${STATUS_SQL} AS status, count(*) AS n, total(area_mu) AS mu, total(land_price_wan * @rate) AS fee
       ${sql} GROUP BY 1`,
    )
    .all(params) as { status: IdleStatus; n: number; mu: number; fee: number }[];
  return rows.map((r) => ({ status: r.status, count: r.n, areaMu: r.mu, feeWan: r.fee }));
}

/**
 * Urgency of a contract-only row as the domain orders the watch list: running clocks first by agreed start
 * (= days until reclaim), then suspended ones by agreed delivery (= days overdue, most first), then the fee
 * (largest first). The domain breaks the remaining ties by code.
 */
const URGENCY_SQL = `(state = 'transferred' AND contract_agreed_delivery < @ref) AS rank,
  CASE WHEN state = 'transferred' AND contract_agreed_delivery < @ref THEN contract_agreed_delivery
       ELSE contract_agreed_start END AS day,
  coalesce(land_price_wan * @rate, 0) AS fee`;

/**
 * Ids of the `n` most urgent contract-only parcels on the watch list, plus every parcel tied with the last one
 * on everything but the code (the domain orders those by code with its own collation), so the domain's first
 * `n` rows of the whole list are among these and the parcels with records.
 */
export function mostUrgentContractClocks(db: Database, f: ContractClockFilter, n: number): string[] {
  const { sql, params } = watched(f);
  const rows = db
    .prepare(`SELECT id, ${URGENCY_SQL} ${sql} ORDER BY rank, day, fee DESC LIMIT @n`)
    .all({ ...params, n }) as { id: string; rank: number; day: string; fee: number }[];
  const last = rows.at(-1);
  if (!last || rows.length < n) return rows.map((r) => r.id);
  const ties = db
    .prepare(
      `SELECT id FROM (SELECT id, ${URGENCY_SQL} ${sql}) WHERE rank = @lastRank AND day = @lastDay AND fee = @lastFee`,
    )
    .pluck()
    .all({ ...params, lastRank: last.rank, lastDay: last.day, lastFee: last.fee }) as string[];
  return [...new Set([...rows.map((r) => r.id), ...ties])];
}
