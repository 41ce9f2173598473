-- Vector-tile cache and the indexes the whole-zone figures (overview, idle-land clock, platform statistics,
-- search) are computed with in SQL instead of by loading every parcel.

-- Generated Mapbox Vector Tiles (gzip-compressed), by layer and z/x/y. Rows are deleted when the features they
-- draw change (server/tiles/tile-cache.ts), so a row is always the tile of the current data.
CREATE TABLE tile_cache (
  layer TEXT NOT NULL,
  z     INTEGER NOT NULL,
  x     INTEGER NOT NULL,
  y     INTEGER NOT NULL,
  data  BLOB NOT NULL,
  PRIMARY KEY (layer, z, x, y)
) STRICT, WITHOUT ROWID;

-- The idle-land clock runs from the agreed construction start: candidates are found by date range.
CREATE INDEX parcels_agreed_start ON parcels(contract_agreed_start) WHERE contract_agreed_start IS NOT NULL;
-- Counts and areas per platform and state read this index alone (covering), never the geometry.
DROP INDEX parcels_platform;
CREATE INDEX parcels_platform_state ON parcels(platform_id, state, area_m2, area_mu);
CREATE INDEX parcels_state_platform ON parcels(state, platform_id, area_m2, area_mu);

-- Substring search on parcel codes: a trigram index (case-insensitive) kept in step with parcels by triggers.
CREATE VIRTUAL TABLE parcel_code_fts USING fts5(code, content='parcels', content_rowid='rid', tokenize='trigram');
INSERT INTO parcel_code_fts (rowid, code) SELECT rid, code FROM parcels;
CREATE TRIGGER parcels_code_fts_insert AFTER INSERT ON parcels BEGIN
  INSERT INTO parcel_code_fts (rowid, code) VALUES (new.rid, new.code);
END;
CREATE TRIGGER parcels_code_fts_delete AFTER DELETE ON parcels BEGIN
  INSERT INTO parcel_code_fts (parcel_code_fts, rowid, code) VALUES ('delete', old.rid, old.code);
END;
CREATE TRIGGER parcels_code_fts_update AFTER UPDATE OF code ON parcels BEGIN
  INSERT INTO parcel_code_fts (parcel_code_fts, rowid, code) VALUES ('delete', old.rid, old.code);
  INSERT INTO parcel_code_fts (rowid, code) VALUES (new.rid, new.code);
END;
