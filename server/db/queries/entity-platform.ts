/**
 * The platform of the entity a request path names (`/api/parcels/:id…`, `/api/projects/:id…`,
 * `/api/redevelopment/:id…`), so writes by an editor limited to some platforms can be checked before any route
 * runs. A parcel or 三旧 site belongs to its platform, a project to its target platform.
 */
import type { Database } from 'better-sqlite3';

const ENTITY_PATHS: readonly { path: RegExp; sql: string }[] = [
  { path: /^\/api\/parcels\/([^/]+)/, sql: 'SELECT platform_id FROM parcels WHERE id = ?' },
  { path: /^\/api\/projects\/([^/]+)/, sql: 'SELECT target_platform_id FROM projects WHERE id = ?' },
  { path: /^\/api\/redevelopment\/([^/]+)/, sql: 'SELECT platform_id FROM redevelopment_sites WHERE id = ?' },
];

/** The entity's platform when `path` names an existing entity; `{ exists: false }` when not; null if no entity path. */
export function entityPlatform(
  db: Database,
  path: string,
): { exists: true; platformId: string | null } | { exists: false } | null {
  for (const e of ENTITY_PATHS) {
    const m = e.path.exec(path);
    if (!m) continue;
    let id: string;
    try {
      id = decodeURIComponent(m[1] ?? '');
    } catch {
      return { exists: false };
    }
    const row = db.prepare(e.sql).raw().get(id) as [string | null] | undefined;
    return row ? { exists: true, platformId: row[0] } : { exists: false };
  }
  return null;
}
