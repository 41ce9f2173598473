-- Editing in the app: versions of projects and 三旧 sites (ETag / If-Match), project fields the 招商 desk keeps
-- (document numbers, entry and termination dates), the 三旧 implementer, parcel notes, and parcel lineage — a
-- parcel split (分宗) or merged (合宗) is retired on the edit's date, never deleted, and the new parcels record
-- where they came from. Retired parcels are not current: they leave the R*Tree, the per-state totals and search.

ALTER TABLE parcels ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE parcels ADD COLUMN created_on TEXT;      -- ISO day the app created it (split/merge); NULL for loaded data
ALTER TABLE parcels ADD COLUMN retired_on TEXT;      -- ISO day it stopped being current; NULL while current
ALTER TABLE parcels ADD COLUMN retired_reason TEXT;  -- split | merge
CREATE INDEX parcels_current ON parcels(retired_on);

CREATE TABLE parcel_lineage (
  parent_id TEXT NOT NULL REFERENCES parcels(id),
  child_id  TEXT NOT NULL REFERENCES parcels(id),
  kind      TEXT NOT NULL CHECK (kind IN ('split', 'merge')),
  date      TEXT NOT NULL,
  PRIMARY KEY (parent_id, child_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX parcel_lineage_child ON parcel_lineage(child_id);

ALTER TABLE projects ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE projects ADD COLUMN approved_doc_no TEXT;  -- 过会 document number (会议纪要)
ALTER TABLE projects ADD COLUMN signed_doc_no TEXT;    -- 签约 (投资协议) number
ALTER TABLE projects ADD COLUMN created_on TEXT;       -- ISO day entered in the app; NULL for loaded data
ALTER TABLE projects ADD COLUMN terminated_on TEXT;    -- ISO day talks ended (stage terminated)

ALTER TABLE redevelopment_sites ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE redevelopment_sites ADD COLUMN implementer TEXT; -- government_reserve | self | cooperative

-- Per-state totals count current parcels only: the triggers of 002 are replaced by ones that also follow
-- retired_on (a retired parcel leaves its platform × state row; it never comes back).
DROP TRIGGER parcels_totals_insert;
DROP TRIGGER parcels_totals_delete;
DROP TRIGGER parcels_totals_update;
CREATE TRIGGER parcels_totals_insert AFTER INSERT ON parcels WHEN new.retired_on IS NULL BEGIN
  INSERT INTO parcel_state_totals (platform_id, state, count, area_m2, area_mu)
    VALUES (new.platform_id, new.state, 1, new.area_m2, new.area_mu)
    ON CONFLICT (platform_id, state) DO UPDATE SET count = count + 1,
      area_m2 = area_m2 + excluded.area_m2, area_mu = area_mu + excluded.area_mu;
END;
CREATE TRIGGER parcels_totals_delete AFTER DELETE ON parcels WHEN old.retired_on IS NULL BEGIN
  UPDATE parcel_state_totals SET count = count - 1, area_m2 = area_m2 - old.area_m2,
    area_mu = area_mu - old.area_mu WHERE platform_id = old.platform_id AND state = old.state;
  DELETE FROM parcel_state_totals WHERE platform_id = old.platform_id AND state = old.state AND count = 0;
END;
CREATE TRIGGER parcels_totals_update_old AFTER UPDATE OF platform_id, state, area_m2, area_mu, retired_on ON parcels
  WHEN old.retired_on IS NULL BEGIN
  UPDATE parcel_state_totals SET count = count - 1, area_m2 = area_m2 - old.area_m2,
    area_mu = area_mu - old.area_mu WHERE platform_id = old.platform_id AND state = old.state;
  DELETE FROM parcel_state_totals WHERE platform_id = old.platform_id AND state = old.state AND count = 0;
END;
CREATE TRIGGER parcels_totals_update_new AFTER UPDATE OF platform_id, state, area_m2, area_mu, retired_on ON parcels
  WHEN new.retired_on IS NULL BEGIN
  INSERT INTO parcel_state_totals (platform_id, state, count, area_m2, area_mu)
    VALUES (new.platform_id, new.state, 1, new.area_m2, new.area_mu)
    ON CONFLICT (platform_id, state) DO UPDATE SET count = count + 1,
      area_m2 = area_m2 + excluded.area_m2, area_mu = area_mu + excluded.area_mu;
END;

-- A retired parcel leaves the R*Tree (no current-map query finds it) and the code search.
CREATE TRIGGER parcels_retire_index AFTER UPDATE OF retired_on ON parcels
  WHEN old.retired_on IS NULL AND new.retired_on IS NOT NULL BEGIN
  DELETE FROM parcel_rtree WHERE rid = new.rid;
  INSERT INTO parcel_code_fts (parcel_code_fts, rowid, code) VALUES ('delete', old.rid, old.code);
END;
