/**
 * Turns the search response into groups of choices — projects, enterprises, platforms, parcels — each saying
 * what matched (a parcel code, a project or enterprise name, an industry term, the project that holds a parcel)
 * and where choosing it leads. Projects come before parcels so a project is never buried under the 20 parcels
 * its name also finds.
 */
import type { Industry } from '../../../domain/enums.ts';
import type { SearchAnswer } from '../../api/types.ts';

/** Where choosing a result goes: a parcel (select + fly), a project's panel, or a platform's. */
export type SearchTarget =
  | { kind: 'parcel'; id: string }
  | { kind: 'project'; id: string }
  | { kind: 'platform'; id: string }
  | null;

/** The result groups, in display order. */
export const SEARCH_GROUPS = ['project', 'enterprise', 'platform', 'parcel'] as const;
export type SearchGroupKind = (typeof SEARCH_GROUPS)[number];

/**
 * What a hit matched: the parcel `code`, a project `name`, an `enterprise`, an `industry` term, a `platform`
 * name, or (for a parcel) the project (`heldByProject`) or enterprise (`heldByEnterprise`) holding it.
 */
export type MatchField =
  | 'code'
  | 'name'
  | 'enterprise'
  | 'industry'
  | 'platform'
  | 'heldByProject'
  | 'heldByEnterprise';

/** One row of the result list. `primary`/`secondary` are shown as text; `match.text` is the matched value. */
export interface SearchItem {
  key: string;
  kind: SearchGroupKind;
  primary: string;
  secondary: string;
  match: { field: MatchField; text: string };
  target: SearchTarget;
}

/** A group of rows; `more` counts rows left out by the display cap, `truncated` says the server cut the list. */
export interface SearchGroup {
  kind: SearchGroupKind;
  items: SearchItem[];
  more: number;
  truncated: boolean;
}

/** The parts of GET /api/search the list reads (a subset of the inferred answer, so tests can build it small). */
export interface SearchResponse {
  parcels: Pick<SearchAnswer['parcels'][number], 'id' | 'code' | 'platformId'>[];
  projects: Pick<SearchAnswer['projects'][number], 'id' | 'name' | 'enterprise' | 'targetPlatformId'>[];
  enterprises: Pick<SearchAnswer['enterprises'][number], 'enterprise' | 'projectIds' | 'parcelIds'>[];
  truncated?: { parcels: boolean; projects: boolean; enterprises: boolean };
}

/** A project as the list knows it (from GET /api/projects). */
export interface KnownProject {
  id: string;
  name: string;
  enterprise: string;
  industry: Industry;
  targetPlatformId: string | null;
  parcelIds: readonly string[];
}

/** Lookups the list needs. `industryLabel` gives both languages' labels so either matches. */
export interface SearchContext {
  projects: readonly KnownProject[];
  platforms: readonly { id: string; nameZh: string; nameEn: string }[];
  platformName: (platformId: string) => string;
  industryLabels: (industry: Industry) => readonly string[];
  industryLabel: (industry: Industry) => string;
}

/** Rows shown per group when other groups have hits too (the rest is counted in `more`). */
export const GROUP_CAP = 8;

const has = (text: string, q: string): boolean => q !== '' && text.toLowerCase().includes(q.toLowerCase());

/** Where a project leads: its first parcel when it holds land, else its own panel (a pipeline project). */
const projectTarget = (p: KnownProject | undefined, id: string): SearchTarget =>
  p?.parcelIds[0] ? { kind: 'parcel', id: p.parcelIds[0] } : { kind: 'project', id };

function projectItems(r: SearchResponse, q: string, ctx: SearchContext): SearchItem[] {
  const byId = new Map(ctx.projects.map((p) => [p.id, p]));
  const items: SearchItem[] = r.projects.map((p) => ({
    key: `project:${p.id}`,
    kind: 'project',
    primary: p.name,
    secondary: p.enterprise,
    match: has(p.name, q) ? { field: 'name', text: p.name } : { field: 'enterprise', text: p.enterprise },
    target: projectTarget(byId.get(p.id), p.id),
  }));
  // An industry term (激光, laser) finds the projects of that industry, whatever their names.
  const seen = new Set(items.map((i) => i.key));
  for (const p of ctx.projects) {
    if (seen.has(`project:${p.id}`) || !ctx.industryLabels(p.industry).some((l) => has(l, q))) continue;
    items.push({
      key: `project:${p.id}`,
      kind: 'project',
      primary: p.name,
      secondary: p.enterprise,
      match: { field: 'industry', text: ctx.industryLabel(p.industry) },
      target: projectTarget(p, p.id),
    });
  }
  return items;
}

function parcelItems(r: SearchResponse, q: string, ctx: SearchContext): SearchItem[] {
  const holders = new Map<string, KnownProject>();
  const matched = new Set(r.projects.map((p) => p.id));
  for (const p of ctx.projects) {
    if (!matched.has(p.id)) continue;
    for (const id of p.parcelIds) if (!holders.has(id)) holders.set(id, p);
  }
  return r.parcels.map((p) => {
    const holder = holders.get(p.id);
    const match: SearchItem['match'] =
      has(p.code, q) || !holder
        ? { field: 'code', text: p.code }
        : has(holder.name, q)
          ? { field: 'heldByProject', text: holder.name }
          : { field: 'heldByEnterprise', text: holder.enterprise };
    return {
      key: `parcel:${p.id}`,
      kind: 'parcel',
      primary: p.code,
      secondary: ctx.platformName(p.platformId),
      match,
      target: { kind: 'parcel', id: p.id },
    };
  });
}

function enterpriseItems(r: SearchResponse): SearchItem[] {
  return r.enterprises.map((e) => ({
    key: `enterprise:${e.enterprise}`,
    kind: 'enterprise',
    primary: e.enterprise,
    secondary: '',
    match: { field: 'enterprise', text: e.enterprise },
    // The enterprise's (first) project; its panel lists the enterprise's other projects.
    target: e.projectIds[0] ? { kind: 'project', id: e.projectIds[0] } : null,
  }));
}

function platformItems(q: string, ctx: SearchContext): SearchItem[] {
  return ctx.platforms
    .filter((p) => has(p.nameZh, q) || has(p.nameEn, q))
    .map((p) => ({
      key: `platform:${p.id}`,
      kind: 'platform',
      primary: ctx.platformName(p.id),
      secondary: '',
      match: { field: 'platform', text: has(p.nameZh, q) ? p.nameZh : p.nameEn },
      target: { kind: 'platform', id: p.id },
    }));
}

/**
 * The groups for query `q`, empty ones left out. When more than one group has hits each shows at most
 * GROUP_CAP rows.
 */
export function searchGroups(r: SearchResponse, q: string, ctx: SearchContext): SearchGroup[] {
  const all: Record<SearchGroupKind, SearchItem[]> = {
    project: projectItems(r, q, ctx),
    enterprise: enterpriseItems(r),
    platform: platformItems(q, ctx),
    parcel: parcelItems(r, q, ctx),
  };
  const present = SEARCH_GROUPS.filter((k) => all[k].length > 0);
  const cap = present.length > 1 ? GROUP_CAP : Number.POSITIVE_INFINITY;
  return present.map((kind) => {
    const items = all[kind];
    return {
      kind,
      items: items.slice(0, cap),
      more: Math.max(0, items.length - cap),
      truncated: kind !== 'platform' && r.truncated?.[`${kind}s`] === true,
    };
  });
}

/** The rows of all groups in display order (the keyboard walks this list). */
export const flatItems = (groups: readonly SearchGroup[]): SearchItem[] => groups.flatMap((g) => g.items);
