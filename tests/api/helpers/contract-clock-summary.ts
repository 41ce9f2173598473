/**
 * The summary tables of migration 013 (contract-only idle-land clocks) as kept by the triggers, and as their
 * definition gives them rebuilt from every parcel: a test after any write expects the two equal.
 */
import type { Database } from 'better-sqlite3';

/** The summary tables as migration 013 defines them, rebuilt from every parcel. */
export function freshSummary(db: Database) {
  const groups = db
    .prepare(
      `SELECT state, CASE WHEN state = 'transferred' THEN ifnull(contract_agreed_delivery, '') ELSE '' END AS d,
         contract_agreed_start AS s, platform_id AS p, count(*) AS n,
         sum(CAST(area_mu * 1000000 + 0.5 AS INTEGER)) AS a, sum(ifnull(CAST(land_price_wan * 0.2 * 1000000 + 0.5 AS INTEGER), 0)) AS f
       FROM parcels WHERE retired_on IS NULL AND clock_records = 0 AND contract_agreed_start IS NOT NULL
       GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .all();
  const deliveries = db
    .prepare(
      `SELECT contract_agreed_delivery AS d, platform_id AS p, count(*) AS n,
         sum(CAST(area_mu * 1000000 + 0.5 AS INTEGER)) AS a, sum(ifnull(CAST(land_price_wan * 0.2 * 1000000 + 0.5 AS INTEGER), 0)) AS f
       FROM parcels WHERE retired_on IS NULL AND clock_records = 0 AND contract_agreed_start IS NOT NULL
         AND state = 'transferred' AND contract_agreed_delivery IS NOT NULL
       GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all();
  return { groups, deliveries };
}
export const keptSummary = (db: Database) => ({
  groups: db
    .prepare(
      `SELECT state, agreed_delivery AS d, agreed_start AS s, platform_id AS p, count AS n, area_mu_e6 AS a,
         fee_wan_e6 AS f FROM contract_clock_groups ORDER BY 1, 2, 3, 4`,
    )
    .all(),
  deliveries: db
    .prepare(
      `SELECT agreed_delivery AS d, platform_id AS p, count AS n, area_mu_e6 AS a, fee_wan_e6 AS f
       FROM contract_clock_deliveries ORDER BY 1, 2`,
    )
    .all(),
});
