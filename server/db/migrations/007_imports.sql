-- Imports (POST /api/imports): a file is read and checked into staging tables (the dry run), then committed
-- in one transaction or dropped; a committed import keeps, per parcel it wrote, the full row it replaced so
-- that a revert restores exactly that.

CREATE TABLE imports (
  id            TEXT PRIMARY KEY,
  kind          TEXT NOT NULL,          -- parcels | projects
  file_name     TEXT NOT NULL,
  file_hash     TEXT NOT NULL,          -- sha256 hex of the uploaded bytes
  format        TEXT NOT NULL,          -- shapefile | guotu_txt | kml | kmz | geojson | csv | xlsx
  crs           TEXT,                   -- JSON UsedCrs of the read (null: no geometry)
  detected_crs  TEXT,                   -- JSON UsedCrs of what the file declared or its range suggested
  mapping       TEXT NOT NULL,          -- JSON ImportMapping
  fields        TEXT NOT NULL,          -- JSON array of the source's field names
  record_count  INTEGER NOT NULL,
  file_problems TEXT NOT NULL,          -- JSON array of file-level problems (record null)
  status        TEXT NOT NULL,          -- staged | committed | reverted
  created_at    TEXT NOT NULL,
  created_by    INTEGER REFERENCES users(id),
  created_by_name TEXT NOT NULL,
  commit_mode   TEXT,                   -- insert | update | upsert
  committed_at  TEXT,
  committed_by_name TEXT,
  counts        TEXT,                   -- JSON { inserted, updated, skipped, excluded }
  reverted_at   TEXT,
  reverted_by_name TEXT
) STRICT;
CREATE INDEX imports_created ON imports(created_at);

-- One row per source record: what it would write (a parcel as JSON) and its problems.
CREATE TABLE import_records (
  import_id   TEXT NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  record      INTEGER NOT NULL,         -- 1-based record number in the file
  code        TEXT,                     -- parcel code (宗地编号) or project name, when read
  platform_id TEXT,
  existing_id TEXT,                     -- id of the parcel with this code (project with this name) at the dry run
  candidate   TEXT,                     -- JSON of what the record would write (null when it could not be mapped)
  problems    TEXT NOT NULL,            -- JSON array of ImportProblem
  blocking    INTEGER NOT NULL,         -- 1 when a problem must be fixed or the record excluded
  PRIMARY KEY (import_id, record)
) STRICT, WITHOUT ROWID;

-- What a commit wrote: per parcel (or project), the full row before (null for an insert) and, for parcels, the
-- version it left (a project has no version: its row after the commit is kept instead).
CREATE TABLE import_changes (
  import_id   TEXT NOT NULL REFERENCES imports(id),
  record      INTEGER NOT NULL,
  entity_id   TEXT NOT NULL,            -- parcels.id or projects.id, by imports.kind
  op          TEXT NOT NULL,            -- insert | update
  before_row  TEXT,                     -- JSON of the full row replaced (update)
  after_version INTEGER NOT NULL,       -- parcels: version after the commit; projects: 0
  after_row   TEXT,                     -- projects: JSON of the full row after the commit
  PRIMARY KEY (import_id, record)
) STRICT, WITHOUT ROWID;
