-- Planner overrides of the land-balance matching: a project locked to a candidate site, and sites (parcel ids
-- or `redev:<三旧 site id>`) or projects kept out of matching. The matching reads them on every run.

-- One lock per project; `site_id` is the candidate site id (parcel ids joined by '+', or 'redev:<id>').
CREATE TABLE land_balance_locks (
  project_id TEXT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
  site_id    TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;

-- Exclusions: kind 'site' (ref = parcel id or 'redev:<id>') or 'project' (ref = project id).
CREATE TABLE land_balance_exclusions (
  kind       TEXT NOT NULL CHECK (kind IN ('site', 'project')),
  ref        TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  PRIMARY KEY (kind, ref)
) STRICT;
