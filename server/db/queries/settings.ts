/** SQL of the zone settings (migration 009_settings.sql): one JSON value per key over the empty zone's defaults. */
import type { Database } from 'better-sqlite3';
import type { ValidityArea } from '../../../domain/geometry-validation.ts';
import { EMPTY_ZONE_SETTINGS, ZoneSettings } from '../../../domain/settings/zone-settings.ts';

/** The zone settings: each stored key over EMPTY_ZONE_SETTINGS (a stored value that no longer parses is skipped). */
export function readSettings(db: Database): ZoneSettings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const out: Record<string, unknown> = { ...EMPTY_ZONE_SETTINGS };
  for (const r of rows) {
    if (!(r.key in EMPTY_ZONE_SETTINGS)) continue;
    const candidate = { ...out, [r.key]: JSON.parse(r.value) as unknown };
    if (ZoneSettings.safeParse(candidate).success) out[r.key] = candidate[r.key];
  }
  return ZoneSettings.parse(out);
}

/** Writes every key of `s` (callers validate and audit; run inside their transaction). */
export function writeSettings(db: Database, s: ZoneSettings): void {
  const stmt = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [k, v] of Object.entries(s)) stmt.run(k, JSON.stringify(v));
}

/** The zone's validity area (box and names) that imported geometry must lie in. */
export function validityArea(db: Database): ValidityArea {
  const s = readSettings(db);
  return { bbox: s.validityBox, nameZh: s.nameZh, nameEn: s.nameEn };
}

/** True when any zone setting is stored. */
export const hasSettings = (db: Database): boolean =>
  db.prepare('SELECT 1 FROM settings LIMIT 1').get() !== undefined;

/** The towns the platforms lie in, in order of first appearance (platforms by id). */
export function platformTowns(db: Database): string[] {
  const rows = db.prepare('SELECT towns FROM platforms ORDER BY rowid').pluck().all() as string[];
  return [...new Set(rows.flatMap((t) => JSON.parse(t) as string[]))];
}
