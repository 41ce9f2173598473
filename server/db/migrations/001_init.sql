-- Initial schema. Areas in ㎡ (and 亩 for parcels), money in 万元, dates ISO YYYY-MM-DD,
-- geometry as GeoJSON text (RFC 7946 lon/lat) with its bounding box in four columns.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE platforms (
  id               TEXT PRIMARY KEY,
  name_zh          TEXT NOT NULL,
  name_en          TEXT NOT NULL,
  kind             TEXT NOT NULL,
  focus_industries TEXT NOT NULL, -- JSON array of industry keys
  towns            TEXT NOT NULL, -- JSON array of town names
  area_m2          REAL NOT NULL,
  geometry         TEXT NOT NULL,
  min_lon REAL NOT NULL, min_lat REAL NOT NULL, max_lon REAL NOT NULL, max_lat REAL NOT NULL
) STRICT;

CREATE TABLE parcels (
  rid              INTEGER PRIMARY KEY, -- key of the R*Tree entry
  id               TEXT NOT NULL UNIQUE,
  code             TEXT NOT NULL UNIQUE,
  platform_id      TEXT NOT NULL REFERENCES platforms(id),
  town             TEXT NOT NULL,
  land_use         TEXT NOT NULL,
  area_m2          REAL NOT NULL CHECK (area_m2 > 0),
  area_mu          REAL NOT NULL CHECK (area_mu > 0),
  plot_ratio_max   REAL NOT NULL,
  state            TEXT NOT NULL,
  state_since      TEXT NOT NULL,
  expected_ready_date TEXT,
  contract_signed           TEXT,
  contract_agreed_delivery  TEXT,
  contract_agreed_start     TEXT,
  contract_agreed_completion TEXT,
  land_price_wan   REAL,
  version          INTEGER NOT NULL DEFAULT 1,
  geometry         TEXT NOT NULL,
  min_lon REAL NOT NULL, min_lat REAL NOT NULL, max_lon REAL NOT NULL, max_lat REAL NOT NULL
) STRICT;
CREATE INDEX parcels_platform ON parcels(platform_id);
CREATE INDEX parcels_state ON parcels(state);

-- Bounding boxes of parcels; rid = parcels.rid. R*Tree stores 32-bit floats rounded outwards,
-- so it returns a superset that the query refines.
CREATE VIRTUAL TABLE parcel_rtree USING rtree(rid, min_lon, max_lon, min_lat, max_lat);

CREATE TABLE projects (
  id                 TEXT PRIMARY KEY,
  name               TEXT NOT NULL,
  enterprise         TEXT NOT NULL,
  industry           TEXT NOT NULL,
  origin             TEXT NOT NULL,
  investment_wan     REAL NOT NULL,
  land_demand_mu     REAL,
  floor_demand_m2    REAL,
  stage              TEXT NOT NULL,
  target_platform_id TEXT REFERENCES platforms(id),
  rd_oriented        INTEGER NOT NULL,
  needed_by          TEXT,
  annual_output_wan  REAL,
  key_dates          TEXT NOT NULL -- JSON ProjectDates
) STRICT;
CREATE INDEX projects_platform ON projects(target_platform_id);

CREATE TABLE parcel_projects (
  parcel_id  TEXT NOT NULL REFERENCES parcels(id),
  project_id TEXT NOT NULL REFERENCES projects(id),
  PRIMARY KEY (parcel_id, project_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX parcel_projects_project ON parcel_projects(project_id);

CREATE TABLE land_events (
  id         INTEGER PRIMARY KEY,
  parcel_id  TEXT NOT NULL REFERENCES parcels(id),
  from_state TEXT,
  to_state   TEXT NOT NULL,
  date       TEXT NOT NULL,
  note       TEXT NOT NULL,
  who        TEXT NOT NULL
) STRICT;
CREATE INDEX land_events_parcel ON land_events(parcel_id, date);

CREATE TABLE redevelopment_sites (
  id                  TEXT PRIMARY KEY,
  code                TEXT NOT NULL UNIQUE,
  name                TEXT NOT NULL,
  type                TEXT NOT NULL,
  mode                TEXT NOT NULL,
  platform_id         TEXT NOT NULL REFERENCES platforms(id),
  area_m2             REAL NOT NULL,
  target_year         INTEGER NOT NULL,
  stage               TEXT NOT NULL,
  completed_area_m2   REAL NOT NULL,
  floor_space_m2      REAL NOT NULL,
  land_output_m2      REAL NOT NULL,
  expected_completion TEXT NOT NULL,
  parcel_id           TEXT REFERENCES parcels(id),
  geometry            TEXT NOT NULL,
  min_lon REAL NOT NULL, min_lat REAL NOT NULL, max_lon REAL NOT NULL, max_lat REAL NOT NULL
) STRICT;
CREATE INDEX redevelopment_parcel ON redevelopment_sites(parcel_id);

CREATE TABLE targets (
  id     TEXT PRIMARY KEY,
  scope  TEXT NOT NULL,
  year   INTEGER NOT NULL,
  metric TEXT NOT NULL,
  value  REAL NOT NULL,
  unit   TEXT NOT NULL,
  source TEXT NOT NULL
) STRICT;

CREATE TABLE tech_upgrades (
  id             TEXT PRIMARY KEY,
  enterprise     TEXT NOT NULL,
  platform_id    TEXT NOT NULL REFERENCES platforms(id),
  year           INTEGER NOT NULL,
  investment_wan REAL NOT NULL,
  completed_wan  REAL NOT NULL
) STRICT;

-- Context layers (towns, roads, water): features kept whole, in file order.
CREATE TABLE context_features (
  layer    TEXT NOT NULL,
  position INTEGER NOT NULL,
  feature  TEXT NOT NULL, -- GeoJSON Feature
  PRIMARY KEY (layer, position)
) STRICT;
