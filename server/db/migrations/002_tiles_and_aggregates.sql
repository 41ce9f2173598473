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

-- Parcel count and area per platform × land state, kept by triggers in the same transaction as every write
-- to parcels (seed, state changes, imports, edits), so the overview and the platform statistics read a few
-- dozen rows instead of every parcel. Sums are maintained incrementally (floating-point drift ≪ 1 ㎡).
CREATE TABLE parcel_state_totals (
  platform_id TEXT NOT NULL,
  state       TEXT NOT NULL,
  count       INTEGER NOT NULL,
  area_m2     REAL NOT NULL,
  area_mu     REAL NOT NULL,
  PRIMARY KEY (platform_id, state)
) STRICT, WITHOUT ROWID;
INSERT INTO parcel_state_totals (platform_id, state, count, area_m2, area_mu)
  SELECT platform_id, state, count(*), sum(area_m2), sum(area_mu) FROM parcels WHERE true GROUP BY 1, 2;
CREATE TRIGGER parcels_totals_insert AFTER INSERT ON parcels BEGIN
  INSERT INTO parcel_state_totals (platform_id, state, count, area_m2, area_mu)
    VALUES (new.platform_id, new.state, 1, new.area_m2, new.area_mu)
    ON CONFLICT (platform_id, state) DO UPDATE SET count = count + 1,
      area_m2 = area_m2 + excluded.area_m2, area_mu = area_mu + excluded.area_mu;
END;
CREATE TRIGGER parcels_totals_delete AFTER DELETE ON parcels BEGIN
  UPDATE parcel_state_totals SET count = count - 1, area_m2 = area_m2 - old.area_m2,
    area_mu = area_mu - old.area_mu WHERE platform_id = old.platform_id AND state = old.state;
  DELETE FROM parcel_state_totals WHERE platform_id = old.platform_id AND state = old.state AND count = 0;
END;
CREATE TRIGGER parcels_totals_update AFTER UPDATE OF platform_id, state, area_m2, area_mu ON parcels BEGIN
  UPDATE parcel_state_totals SET count = count - 1, area_m2 = area_m2 - old.area_m2,
    area_mu = area_mu - old.area_mu WHERE platform_id = old.platform_id AND state = old.state;
  DELETE FROM parcel_state_totals WHERE platform_id = old.platform_id AND state = old.state AND count = 0;
  INSERT INTO parcel_state_totals (platform_id, state, count, area_m2, area_mu)
    VALUES (new.platform_id, new.state, 1, new.area_m2, new.area_mu)
    ON CONFLICT (platform_id, state) DO UPDATE SET count = count + 1,
      area_m2 = area_m2 + excluded.area_m2, area_mu = area_mu + excluded.area_mu;
END;

-- Search lists codes in case-insensitive order and finds prefixes by a range on this index.
CREATE INDEX parcels_code_nocase ON parcels(code COLLATE NOCASE);

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
