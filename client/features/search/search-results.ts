/** Flattens the search response into one keyboard-navigable list of choices, each knowing where it leads. */
import type { SearchAnswer } from '../../api/types.ts';

/** Where choosing a result goes: a parcel (select + fly) or a platform (a pipeline project without land). */
export type SearchTarget = { kind: 'parcel'; id: string } | { kind: 'platform'; id: string } | null;

/** One row of the result list. `primary`/`secondary` are shown as text. */
export interface SearchItem {
  key: string;
  kind: 'parcel' | 'project' | 'enterprise';
  primary: string;
  secondary: string;
  target: SearchTarget;
}

/** The parts of GET /api/search the list reads (a subset of the inferred answer, so tests can build it small). */
interface SearchResponse {
  parcels: Pick<SearchAnswer['parcels'][number], 'id' | 'code' | 'platformId'>[];
  projects: Pick<SearchAnswer['projects'][number], 'id' | 'name' | 'enterprise' | 'targetPlatformId'>[];
  enterprises: Pick<SearchAnswer['enterprises'][number], 'enterprise' | 'projectIds' | 'parcelIds'>[];
}

/** Lookups the list needs: a project's parcels and a platform's display name. */
export interface SearchContext {
  parcelIdsOf: (projectId: string) => readonly string[];
  platformName: (platformId: string) => string;
}

/**
 * Parcel, then project, then enterprise hits. A project leads to its first parcel (or, still without land, to
 * its target platform); an enterprise to the first parcel of its projects.
 */
export function searchItems(r: SearchResponse, ctx: SearchContext): SearchItem[] {
  const items: SearchItem[] = [];
  for (const p of r.parcels) {
    items.push({
      key: `parcel:${p.id}`,
      kind: 'parcel',
      primary: p.code,
      secondary: ctx.platformName(p.platformId),
      target: { kind: 'parcel', id: p.id },
    });
  }
  for (const p of r.projects) {
    const parcelId = ctx.parcelIdsOf(p.id)[0];
    items.push({
      key: `project:${p.id}`,
      kind: 'project',
      primary: p.name,
      secondary: p.enterprise,
      target: parcelId
        ? { kind: 'parcel', id: parcelId }
        : p.targetPlatformId
          ? { kind: 'platform', id: p.targetPlatformId }
          : null,
    });
  }
  for (const e of r.enterprises) {
    const parcelId = e.parcelIds[0];
    items.push({
      key: `enterprise:${e.enterprise}`,
      kind: 'enterprise',
      primary: e.enterprise,
      secondary: '',
      target: parcelId ? { kind: 'parcel', id: parcelId } : null,
    });
  }
  return items;
}
