-- Whole-zone figures in SQL at any cadastre size: which parcels' idle-land clock can be read from the contract
-- columns alone, and the indexes the overview, the idle-land list and the 批而未供 list read instead of every parcel.

-- 1 when the parcel's current grant has a record the idle-land clock reads besides the contract's dates — a
-- 交地确认书 (delivery_actual), 动工 (started_date), development progress, a 补充协议 or an idle-procedure step —
-- else 0. For a parcel at 0 the clock (domain/contract-clock/) counts from the contract's agreed start, the
-- government's delay is "agreed delivery passed while still 已出让", and the procedure has no step: the server
-- classifies those parcels in SQL (server/db/queries/idle-clock.ts). Parcels at 1 are few and go through the
-- domain's clock one by one. Kept by the triggers below, in the transaction of every write (seed, records,
-- transitions, imports, splits and merges), so no write path has to remember it.
ALTER TABLE parcels ADD COLUMN clock_records INTEGER NOT NULL DEFAULT 0;

UPDATE parcels SET clock_records = 1
WHERE delivery_actual IS NOT NULL OR started_date IS NOT NULL OR development IS NOT NULL
   OR EXISTS (SELECT 1 FROM contract_amendments a WHERE a.parcel_id = parcels.id AND a.grant_no = parcels.grant_no)
   OR EXISTS (SELECT 1 FROM compliance_steps s WHERE s.parcel_id = parcels.id AND s.grant_no = parcels.grant_no);

-- Each trigger below re-applies the definition above to the rows it touched. A new row has no amendment or
-- step yet (those reference an existing parcel), so its own columns decide.
CREATE TRIGGER parcels_clock_records_insert AFTER INSERT ON parcels
WHEN new.delivery_actual IS NOT NULL OR new.started_date IS NOT NULL OR new.development IS NOT NULL BEGIN
  UPDATE parcels SET clock_records = 1 WHERE rid = new.rid;
END;
CREATE TRIGGER parcels_clock_records_update AFTER UPDATE OF delivery_actual, started_date, development, grant_no
ON parcels BEGIN
  UPDATE parcels SET clock_records = (delivery_actual IS NOT NULL OR started_date IS NOT NULL OR development IS NOT NULL
    OR EXISTS (SELECT 1 FROM contract_amendments a WHERE a.parcel_id = parcels.id AND a.grant_no = parcels.grant_no)
    OR EXISTS (SELECT 1 FROM compliance_steps s WHERE s.parcel_id = parcels.id AND s.grant_no = parcels.grant_no))
  WHERE rid = new.rid;
END;
CREATE TRIGGER contract_amendments_clock_insert AFTER INSERT ON contract_amendments BEGIN
  UPDATE parcels SET clock_records = 1 WHERE id = new.parcel_id AND grant_no = new.grant_no;
END;
CREATE TRIGGER compliance_steps_clock_insert AFTER INSERT ON compliance_steps BEGIN
  UPDATE parcels SET clock_records = 1 WHERE id = new.parcel_id AND grant_no = new.grant_no;
END;
CREATE TRIGGER contract_amendments_clock_delete AFTER DELETE ON contract_amendments BEGIN
  UPDATE parcels SET clock_records = (delivery_actual IS NOT NULL OR started_date IS NOT NULL OR development IS NOT NULL
    OR EXISTS (SELECT 1 FROM contract_amendments a WHERE a.parcel_id = parcels.id AND a.grant_no = parcels.grant_no)
    OR EXISTS (SELECT 1 FROM compliance_steps s WHERE s.parcel_id = parcels.id AND s.grant_no = parcels.grant_no))
  WHERE id = old.parcel_id;
END;
CREATE TRIGGER compliance_steps_clock_delete AFTER DELETE ON compliance_steps BEGIN
  UPDATE parcels SET clock_records = (delivery_actual IS NOT NULL OR started_date IS NOT NULL OR development IS NOT NULL
    OR EXISTS (SELECT 1 FROM contract_amendments a WHERE a.parcel_id = parcels.id AND a.grant_no = parcels.grant_no)
    OR EXISTS (SELECT 1 FROM compliance_steps s WHERE s.parcel_id = parcels.id AND s.grant_no = parcels.grant_no))
  WHERE id = old.parcel_id;
END;
CREATE TRIGGER contract_amendments_clock_update AFTER UPDATE OF parcel_id, grant_no ON contract_amendments BEGIN
  UPDATE parcels SET clock_records = (delivery_actual IS NOT NULL OR started_date IS NOT NULL OR development IS NOT NULL
    OR EXISTS (SELECT 1 FROM contract_amendments a WHERE a.parcel_id = parcels.id AND a.grant_no = parcels.grant_no)
    OR EXISTS (SELECT 1 FROM compliance_steps s WHERE s.parcel_id = parcels.id AND s.grant_no = parcels.grant_no))
  WHERE id IN (old.parcel_id, new.parcel_id);
END;
CREATE TRIGGER compliance_steps_clock_update AFTER UPDATE OF parcel_id, grant_no ON compliance_steps BEGIN
  UPDATE parcels SET clock_records = (delivery_actual IS NOT NULL OR started_date IS NOT NULL OR development IS NOT NULL
    OR EXISTS (SELECT 1 FROM contract_amendments a WHERE a.parcel_id = parcels.id AND a.grant_no = parcels.grant_no)
    OR EXISTS (SELECT 1 FROM compliance_steps s WHERE s.parcel_id = parcels.id AND s.grant_no = parcels.grant_no))
  WHERE id IN (old.parcel_id, new.parcel_id);
END;

-- The contract-only clocks, read by state and agreed start (a range per status) without touching the table:
-- every column the idle-land totals and the list's order need.
CREATE INDEX parcels_contract_clock ON parcels(state, contract_agreed_start, contract_agreed_delivery, platform_id,
  land_price_wan, area_mu) WHERE retired_on IS NULL AND clock_records = 0 AND contract_agreed_start IS NOT NULL;
-- The parcels whose clock the domain evaluates one by one.
CREATE INDEX parcels_clock_records ON parcels(state) WHERE retired_on IS NULL AND clock_records = 1;
-- 批而未供 candidates: unsupplied parcels with a readiness record (approvals live there).
CREATE INDEX parcels_readiness ON parcels(state) WHERE retired_on IS NULL AND readiness IS NOT NULL;

-- Nearly every parcel is current, so an index on `retired_on` holding the NULLs only misleads the planner
-- (`retired_on IS NULL` looks like an equality on an index and wins over the selective indexes above, the code
-- index of search and the state index; at a million parcels each such read walked every row). Only the
-- retired parcels are indexed now (history, as-of reads: `retired_on > ?` implies NOT NULL).
DROP INDEX parcels_current;
CREATE INDEX parcels_retired ON parcels(retired_on) WHERE retired_on IS NOT NULL;
