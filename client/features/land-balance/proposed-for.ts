/**
 * Which project the matching proposes a parcel for: the assignment (GET /api/land-balance/matches) whose site
 * uses the parcel, by project name. Used by the map label and the parcel panel.
 */

/** The fields of the matching answer read here. */
export interface MatchesLike {
  assignments: readonly { projectId: string; parcelIds: readonly string[]; siteId: string }[];
  projects: readonly { projectId: string; name: string }[];
}

/** Name of the project whose assigned site includes `parcelId` (a parcel or `redev:<id>`), or null. */
export function proposedFor(m: MatchesLike | undefined, parcelId: string): string | null {
  if (!m) return null;
  const a = m.assignments.find((x) => x.parcelIds.includes(parcelId) || x.siteId === parcelId);
  if (!a) return null;
  return m.projects.find((p) => p.projectId === a.projectId)?.name ?? a.projectId;
}
