-- The zone's own settings (domain/settings/zone-settings.ts): zone name, opening map view, towns, parcel code
-- pattern, validity box — one row per key, the value as JSON. The seed writes the bundled zone's values; a key
-- missing here takes the empty zone's default. Changed by an administrator (PUT /api/settings, audited).
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL        -- JSON
) STRICT;

-- Saved import mappings (模板): the field and value mapping of an import under a name, offered on the next import
-- of the same kind whose file has every source field the template maps. Saved and replaced with an audit row.
CREATE TABLE import_templates (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL,          -- parcels | platforms | redevelopment | projects
  name        TEXT NOT NULL,
  mapping     TEXT NOT NULL,          -- JSON mapping (fields, values, defaults) as the import used it
  source_fields TEXT NOT NULL,        -- JSON array of the source field names the mapping reads
  saved_at    TEXT NOT NULL,
  saved_by_name TEXT NOT NULL,
  UNIQUE (kind, name)
) STRICT;
