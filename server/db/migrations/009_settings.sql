-- The zone's own settings (domain/settings/zone-settings.ts): zone name, opening map view, towns, parcel code
-- pattern, validity box — one row per key, the value as JSON. The seed writes the bundled zone's values; a key
-- missing here takes the empty zone's default. Changed by an administrator (PUT /api/settings, audited).
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL        -- JSON
) STRICT;
