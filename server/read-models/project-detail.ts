/**
 * One project as GET /api/projects/:id answers it — also the answer of its writes (POST /api/projects, PATCH,
 * PUT …/parcels): the project with its land, version, document numbers, target platform and current parcels.
 */
import type { Database } from 'better-sqlite3';
import { lightParcels } from '../db/queries/parcels.ts';
import { platformRef } from '../db/queries/platforms.ts';
import { getProject } from '../db/queries/projects.ts';

/** The project `id` with its target platform and parcels; null if unknown. */
export function projectDetail(db: Database, id: string) {
  const project = getProject(db, id);
  if (!project) return null;
  return {
    ...project,
    targetPlatform: project.targetPlatformId ? platformRef(db, project.targetPlatformId) : null,
    parcels: lightParcels(db, project.parcelIds),
  };
}
