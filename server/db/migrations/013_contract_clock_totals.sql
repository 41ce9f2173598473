-- The contract-only idle-land clocks (migration 008: a current parcel with an agreed start and `clock_records = 0`)
-- summed by the columns that decide their status on any reference date, kept by triggers in the transaction of
-- every write, so the overview and the idle-land list add a few thousand summary rows instead of counting every
-- such parcel (~430,000 at a million parcels). For these parcels the domain's clock (domain/contract-clock/,
-- server/db/queries/idle-clock.ts) reads only: the state (acquired and not yet 竣工; 已出让 = `transferred` may be
-- suspended), the agreed start (reclaimable / idle / overdue / due soon are ranges of it), and for 已出让 the agreed
-- delivery (past it the clock is suspended: government_delay, 国土资源部令第53号 第八条); the platform filters.
--
-- Area and money are kept in whole millionths of a 亩 and of a 万元, each parcel rounded half up
-- (CAST(x * 1000000 + 0.5 AS INTEGER), the same IEEE operations as domain/dashboard/idle-land-tally.ts), so the
-- sums are integers: exact, the same in any order, and unchanged by any sequence of adds and subtracts. The fee is
-- the idle fee, 20 % of the land price (第十四条 第一项; CONTRACT_CLOCK_RULES.idleFeeRate), a missing price 0.

-- Every contract-only parcel by state, agreed delivery ('' unless 已出让 with one), agreed start and platform.
CREATE TABLE contract_clock_groups (
  state           TEXT NOT NULL,
  agreed_delivery TEXT NOT NULL,
  agreed_start    TEXT NOT NULL,
  platform_id     TEXT NOT NULL,
  count           INTEGER NOT NULL,
  area_mu_e6      INTEGER NOT NULL,
  fee_wan_e6      INTEGER NOT NULL,
  PRIMARY KEY (state, agreed_delivery, agreed_start, platform_id)
) STRICT, WITHOUT ROWID;

-- The contract-only 已出让 parcels with an agreed delivery, by that date and platform: the suspended ones on a
-- reference date are a range of it, whatever their start.
CREATE TABLE contract_clock_deliveries (
  agreed_delivery TEXT NOT NULL,
  platform_id     TEXT NOT NULL,
  count           INTEGER NOT NULL,
  area_mu_e6      INTEGER NOT NULL,
  fee_wan_e6      INTEGER NOT NULL,
  PRIMARY KEY (agreed_delivery, platform_id)
) STRICT, WITHOUT ROWID;

-- Backfill: the definition below, applied to every parcel.
INSERT INTO contract_clock_groups
  SELECT state, CASE WHEN state = 'transferred' THEN coalesce(contract_agreed_delivery, '') ELSE '' END,
    contract_agreed_start, platform_id, count(*), sum(CAST(area_mu * 1000000 + 0.5 AS INTEGER)),
    sum(coalesce(CAST(land_price_wan * 0.2 * 1000000 + 0.5 AS INTEGER), 0))
  FROM parcels WHERE retired_on IS NULL AND clock_records = 0 AND contract_agreed_start IS NOT NULL
  GROUP BY 1, 2, 3, 4;
INSERT INTO contract_clock_deliveries
  SELECT contract_agreed_delivery, platform_id, count(*), sum(CAST(area_mu * 1000000 + 0.5 AS INTEGER)),
    sum(coalesce(CAST(land_price_wan * 0.2 * 1000000 + 0.5 AS INTEGER), 0))
  FROM parcels WHERE retired_on IS NULL AND clock_records = 0 AND contract_agreed_start IS NOT NULL
    AND state = 'transferred' AND contract_agreed_delivery IS NOT NULL
  GROUP BY 1, 2;

-- The triggers add a row's share (sign +1) when it starts counting and take it away (sign -1) when it stops, as
-- upserts, so the order SQLite fires them in (an UPDATE of the flag by migration 008's triggers runs inside the
-- write's own statement) does not matter: a group may pass through a negative count within one statement; a
-- group at 0 is removed.
CREATE TRIGGER parcels_contract_clock_insert AFTER INSERT ON parcels
WHEN new.retired_on IS NULL AND new.clock_records = 0 AND new.contract_agreed_start IS NOT NULL BEGIN
  INSERT INTO contract_clock_groups
    VALUES (new.state, CASE WHEN new.state = 'transferred' THEN coalesce(new.contract_agreed_delivery, '') ELSE '' END, new.contract_agreed_start, new.platform_id, 1, CAST(new.area_mu * 1000000 + 0.5 AS INTEGER), coalesce(CAST(new.land_price_wan * 0.2 * 1000000 + 0.5 AS INTEGER), 0))
    ON CONFLICT DO UPDATE SET count = count + excluded.count, area_mu_e6 = area_mu_e6 + excluded.area_mu_e6,
      fee_wan_e6 = fee_wan_e6 + excluded.fee_wan_e6;
  DELETE FROM contract_clock_groups WHERE count = 0 AND state = new.state AND agreed_delivery = CASE WHEN new.state = 'transferred' THEN coalesce(new.contract_agreed_delivery, '') ELSE '' END
    AND agreed_start = new.contract_agreed_start AND platform_id = new.platform_id;
  INSERT INTO contract_clock_deliveries
    SELECT new.contract_agreed_delivery, new.platform_id, 1, CAST(new.area_mu * 1000000 + 0.5 AS INTEGER), coalesce(CAST(new.land_price_wan * 0.2 * 1000000 + 0.5 AS INTEGER), 0)
    WHERE new.state = 'transferred' AND new.contract_agreed_delivery IS NOT NULL
    ON CONFLICT DO UPDATE SET count = count + excluded.count, area_mu_e6 = area_mu_e6 + excluded.area_mu_e6,
      fee_wan_e6 = fee_wan_e6 + excluded.fee_wan_e6;
  DELETE FROM contract_clock_deliveries WHERE count = 0 AND agreed_delivery = new.contract_agreed_delivery
    AND platform_id = new.platform_id;
END;
CREATE TRIGGER parcels_contract_clock_delete AFTER DELETE ON parcels
WHEN old.retired_on IS NULL AND old.clock_records = 0 AND old.contract_agreed_start IS NOT NULL BEGIN
  INSERT INTO contract_clock_groups
    VALUES (old.state, CASE WHEN old.state = 'transferred' THEN coalesce(old.contract_agreed_delivery, '') ELSE '' END, old.contract_agreed_start, old.platform_id, -1, -CAST(old.area_mu * 1000000 + 0.5 AS INTEGER), -coalesce(CAST(old.land_price_wan * 0.2 * 1000000 + 0.5 AS INTEGER), 0))
    ON CONFLICT DO UPDATE SET count = count + excluded.count, area_mu_e6 = area_mu_e6 + excluded.area_mu_e6,
      fee_wan_e6 = fee_wan_e6 + excluded.fee_wan_e6;
  DELETE FROM contract_clock_groups WHERE count = 0 AND state = old.state AND agreed_delivery = CASE WHEN old.state = 'transferred' THEN coalesce(old.contract_agreed_delivery, '') ELSE '' END
    AND agreed_start = old.contract_agreed_start AND platform_id = old.platform_id;
  INSERT INTO contract_clock_deliveries
    SELECT old.contract_agreed_delivery, old.platform_id, -1, -CAST(old.area_mu * 1000000 + 0.5 AS INTEGER), -coalesce(CAST(old.land_price_wan * 0.2 * 1000000 + 0.5 AS INTEGER), 0)
    WHERE old.state = 'transferred' AND old.contract_agreed_delivery IS NOT NULL
    ON CONFLICT DO UPDATE SET count = count + excluded.count, area_mu_e6 = area_mu_e6 + excluded.area_mu_e6,
      fee_wan_e6 = fee_wan_e6 + excluded.fee_wan_e6;
  DELETE FROM contract_clock_deliveries WHERE count = 0 AND agreed_delivery = old.contract_agreed_delivery
    AND platform_id = old.platform_id;
END;
-- An update of any column the groups read takes the old row's share away and adds the new row's.
CREATE TRIGGER parcels_contract_clock_update_old AFTER UPDATE OF retired_on, clock_records, state, platform_id, contract_agreed_start, contract_agreed_delivery,
  area_mu, land_price_wan ON parcels
WHEN old.retired_on IS NULL AND old.clock_records = 0 AND old.contract_agreed_start IS NOT NULL BEGIN
  INSERT INTO contract_clock_groups
    VALUES (old.state, CASE WHEN old.state = 'transferred' THEN coalesce(old.contract_agreed_delivery, '') ELSE '' END, old.contract_agreed_start, old.platform_id, -1, -CAST(old.area_mu * 1000000 + 0.5 AS INTEGER), -coalesce(CAST(old.land_price_wan * 0.2 * 1000000 + 0.5 AS INTEGER), 0))
    ON CONFLICT DO UPDATE SET count = count + excluded.count, area_mu_e6 = area_mu_e6 + excluded.area_mu_e6,
      fee_wan_e6 = fee_wan_e6 + excluded.fee_wan_e6;
  DELETE FROM contract_clock_groups WHERE count = 0 AND state = old.state AND agreed_delivery = CASE WHEN old.state = 'transferred' THEN coalesce(old.contract_agreed_delivery, '') ELSE '' END
    AND agreed_start = old.contract_agreed_start AND platform_id = old.platform_id;
  INSERT INTO contract_clock_deliveries
    SELECT old.contract_agreed_delivery, old.platform_id, -1, -CAST(old.area_mu * 1000000 + 0.5 AS INTEGER), -coalesce(CAST(old.land_price_wan * 0.2 * 1000000 + 0.5 AS INTEGER), 0)
    WHERE old.state = 'transferred' AND old.contract_agreed_delivery IS NOT NULL
    ON CONFLICT DO UPDATE SET count = count + excluded.count, area_mu_e6 = area_mu_e6 + excluded.area_mu_e6,
      fee_wan_e6 = fee_wan_e6 + excluded.fee_wan_e6;
  DELETE FROM contract_clock_deliveries WHERE count = 0 AND agreed_delivery = old.contract_agreed_delivery
    AND platform_id = old.platform_id;
END;
CREATE TRIGGER parcels_contract_clock_update_new AFTER UPDATE OF retired_on, clock_records, state, platform_id, contract_agreed_start, contract_agreed_delivery,
  area_mu, land_price_wan ON parcels
WHEN new.retired_on IS NULL AND new.clock_records = 0 AND new.contract_agreed_start IS NOT NULL BEGIN
  INSERT INTO contract_clock_groups
    VALUES (new.state, CASE WHEN new.state = 'transferred' THEN coalesce(new.contract_agreed_delivery, '') ELSE '' END, new.contract_agreed_start, new.platform_id, 1, CAST(new.area_mu * 1000000 + 0.5 AS INTEGER), coalesce(CAST(new.land_price_wan * 0.2 * 1000000 + 0.5 AS INTEGER), 0))
    ON CONFLICT DO UPDATE SET count = count + excluded.count, area_mu_e6 = area_mu_e6 + excluded.area_mu_e6,
      fee_wan_e6 = fee_wan_e6 + excluded.fee_wan_e6;
  DELETE FROM contract_clock_groups WHERE count = 0 AND state = new.state AND agreed_delivery = CASE WHEN new.state = 'transferred' THEN coalesce(new.contract_agreed_delivery, '') ELSE '' END
    AND agreed_start = new.contract_agreed_start AND platform_id = new.platform_id;
  INSERT INTO contract_clock_deliveries
    SELECT new.contract_agreed_delivery, new.platform_id, 1, CAST(new.area_mu * 1000000 + 0.5 AS INTEGER), coalesce(CAST(new.land_price_wan * 0.2 * 1000000 + 0.5 AS INTEGER), 0)
    WHERE new.state = 'transferred' AND new.contract_agreed_delivery IS NOT NULL
    ON CONFLICT DO UPDATE SET count = count + excluded.count, area_mu_e6 = area_mu_e6 + excluded.area_mu_e6,
      fee_wan_e6 = fee_wan_e6 + excluded.fee_wan_e6;
  DELETE FROM contract_clock_deliveries WHERE count = 0 AND agreed_delivery = new.contract_agreed_delivery
    AND platform_id = new.platform_id;
END;
-- The running (not suspended) 已出让 clocks in agreed-start order without walking past the suspended ones: those
-- with no agreed delivery (in start order), and those whose delivery has not passed (a range of it). The
-- idle-land list reads this instead of parcels_contract_clock when most 已出让 clocks are suspended on the
-- reference date (server/db/queries/idle-clock.ts).
CREATE INDEX parcels_transferred_clock ON parcels(contract_agreed_delivery, contract_agreed_start, land_price_wan,
  platform_id, id) WHERE state = 'transferred' AND retired_on IS NULL AND clock_records = 0
  AND contract_agreed_start IS NOT NULL;
