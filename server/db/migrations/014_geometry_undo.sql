-- Undo of a split (分宗), merge (合宗) or vertex move (server/routes/parcel-geometry-undo.ts): a new revision,
-- nothing deleted. The parcels a split or merge created are retired with reason 'undo' and name the audit row of
-- the edit they undo; the parcels it retired come back (retired_on NULL again).
ALTER TABLE parcels ADD COLUMN retired_undo_of INTEGER REFERENCES audit_log(id);

-- A reinstated parcel returns to the R*Tree (current-map queries, topology checks) and the code search — the
-- reverse of parcels_retire_index (005). The per-state totals follow by the triggers of 005, which already
-- count a row whose retired_on becomes NULL.
CREATE TRIGGER parcels_reinstate_index AFTER UPDATE OF retired_on ON parcels
  WHEN old.retired_on IS NOT NULL AND new.retired_on IS NULL BEGIN
  INSERT INTO parcel_rtree (rid, min_lon, max_lon, min_lat, max_lat)
    VALUES (new.rid, new.min_lon, new.max_lon, new.min_lat, new.max_lat);
  INSERT INTO parcel_code_fts (rowid, code) VALUES (new.rid, new.code);
END;
