/** SQL of saved import mappings (migration 009: `import_templates`). Callers run writes in their transaction. */
import type { Database } from 'better-sqlite3';
import type { Json } from './audit.ts';

/** A saved mapping as stored (JSON columns parsed). */
export type ImportTemplate = {
  id: number;
  kind: string;
  name: string;
  mapping: Json;
  sourceFields: string[];
  savedAt: string;
  savedBy: string;
};

type Row = Omit<ImportTemplate, 'mapping' | 'sourceFields'> & { mapping: string; sourceFields: string };

const COLUMNS = `id, kind, name, mapping, source_fields AS sourceFields, saved_at AS savedAt,
  saved_by_name AS savedBy`;

const parse = (r: Row): ImportTemplate => ({
  ...r,
  mapping: JSON.parse(r.mapping) as Json,
  sourceFields: JSON.parse(r.sourceFields) as string[],
});

/** The templates of `kind`, by name. */
export const templatesOfKind = (db: Database, kind: string): ImportTemplate[] =>
  (db.prepare(`SELECT ${COLUMNS} FROM import_templates WHERE kind = ? ORDER BY name`).all(kind) as Row[]).map(
    parse,
  );

/** The template `name` of `kind`, or undefined. */
export function templateByName(db: Database, kind: string, name: string): ImportTemplate | undefined {
  const r = db
    .prepare(`SELECT ${COLUMNS} FROM import_templates WHERE kind = ? AND name = ?`)
    .get(kind, name) as Row | undefined;
  return r ? parse(r) : undefined;
}

/** Saves (or replaces) template `name` of `kind`; returns its id. */
export function saveTemplate(
  db: Database,
  t: {
    kind: string;
    name: string;
    mapping: string;
    sourceFields: string[];
    savedAt: string;
    savedBy: string;
  },
): number {
  db.prepare(
    `INSERT INTO import_templates (kind, name, mapping, source_fields, saved_at, saved_by_name)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, name) DO UPDATE SET mapping = excluded.mapping, source_fields = excluded.source_fields,
       saved_at = excluded.saved_at, saved_by_name = excluded.saved_by_name`,
  ).run(t.kind, t.name, t.mapping, JSON.stringify(t.sourceFields), t.savedAt, t.savedBy);
  return templateByName(db, t.kind, t.name)!.id;
}
