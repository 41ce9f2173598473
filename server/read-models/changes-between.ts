/**
 * "变化 / What changed" between two dates as GET /api/changes answers it (domain/history/what-changed.ts over the
 * stored ledger): parcels whose state changed, that were created or retired — with code, platform and area — and
 * projects that moved stage, with name and enterprise; land granted in ㎡ and 亩.
 */
import type { Database } from 'better-sqlite3';
import { whatChanged } from '../../domain/history/what-changed.ts';
import { m2ToMu } from '../../domain/units.ts';
import { parcelChangeTimelines } from '../db/queries/change-timelines.ts';
import { listProjects } from '../db/queries/projects.ts';

/** Changes from `from` to `to` (ISO, from ≤ to). */
export function changesBetween(db: Database, from: string, to: string) {
  const parcels = parcelChangeTimelines(db);
  const projects = listProjects(db);
  const changed = whatChanged(parcels, projects, from, to);
  const parcelById = new Map(parcels.map((p) => [p.id, p]));
  const projectById = new Map(projects.map((p) => [p.id, p]));
  return {
    from: changed.from,
    to: changed.to,
    grantedM2: changed.grantedM2,
    grantedMu: m2ToMu(changed.grantedM2),
    parcels: changed.parcels.map((c) => ({
      ...c,
      areaMu: m2ToMu(c.areaM2),
      platformId: parcelById.get(c.id)?.platformId ?? null,
    })),
    projects: changed.projects.map((c) => {
      const p = projectById.get(c.id);
      return {
        ...c,
        name: p?.name ?? c.id,
        enterprise: p?.enterprise ?? '',
        platformId: p?.targetPlatformId ?? null,
      };
    }),
  };
}

/** The answer of GET /api/changes. */
export type ChangesBetween = ReturnType<typeof changesBetween>;
