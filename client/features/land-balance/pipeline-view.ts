/**
 * Filtering and sorting of the pipeline list (用地缺口 → 招商项目): by status (matched / unmatched /
 * cross-platform), stage, platform (target or assigned) and industry; sorted by any column, ties by name.
 * Areas 亩, dates ISO.
 */

import type { ProjectStage } from '../../../domain/enums.ts';
import { stageRank } from '../../../domain/project-stages.ts';

/** The fields of a pipeline row the list shows and filters on (as GET /api/land-balance/matches sends them). */
export interface PipelineRowView {
  projectId: string;
  name: string;
  industry: string;
  stage: ProjectStage;
  /** Target platform id, or `unassigned`. */
  platformId: string;
  landDemandMu: number;
  neededBy: string;
  status: 'matched' | 'unmatched';
  assignedPlatformId: string | null;
  crossPlatform: boolean;
  assignment: { areaMu: number; unusedMu: number } | null;
}

/** Status filter values. */
export const STATUS_FILTERS = ['all', 'matched', 'unmatched', 'cross'] as const;
/** Sortable columns. */
export const SORT_KEYS = ['name', 'stage', 'neededBy', 'demand', 'site', 'waste', 'platform'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export type SortKey = (typeof SORT_KEYS)[number];

/** The list's own filters; null = any. */
export interface PipelineFilter {
  status: StatusFilter;
  stage: ProjectStage | null;
  /** Matches the target platform or the platform of the assigned site. */
  platform: string | null;
  industry: string | null;
}

export const NO_PIPELINE_FILTER: PipelineFilter = {
  status: 'all',
  stage: null,
  platform: null,
  industry: null,
};

/** Unused share of the assigned site, % (null when unmatched). */
export const wastePct = (r: PipelineRowView): number | null =>
  r.assignment && r.assignment.areaMu > 0 ? (100 * r.assignment.unusedMu) / r.assignment.areaMu : null;

/** Whether the filter is the default (nothing hidden). */
export const isNoFilter = (f: PipelineFilter): boolean =>
  f.status === 'all' && f.stage === null && f.platform === null && f.industry === null;

function keep(r: PipelineRowView, f: PipelineFilter): boolean {
  if (f.status === 'matched' && r.status !== 'matched') return false;
  if (f.status === 'unmatched' && r.status !== 'unmatched') return false;
  if (f.status === 'cross' && !r.crossPlatform) return false;
  if (f.stage && r.stage !== f.stage) return false;
  if (f.industry && r.industry !== f.industry) return false;
  if (f.platform && r.platformId !== f.platform && r.assignedPlatformId !== f.platform) return false;
  return true;
}

/** Value of a column; null sorts last in both directions. */
function keyOf(r: PipelineRowView, k: SortKey, platformName: (id: string) => string): string | number | null {
  switch (k) {
    case 'name':
      return r.name;
    case 'stage':
      return stageRank(r.stage);
    case 'neededBy':
      return r.neededBy;
    case 'demand':
      return r.landDemandMu;
    case 'site':
      return r.assignment?.areaMu ?? null;
    case 'waste':
      return wastePct(r);
    case 'platform':
      return platformName(r.assignedPlatformId ?? r.platformId);
  }
}

/** The rows kept by `f`, sorted by `sort` (ties by name, then id). */
export function viewPipeline<R extends PipelineRowView>(
  rows: readonly R[],
  f: PipelineFilter,
  sort: { key: SortKey; desc: boolean },
  platformName: (id: string) => string,
): R[] {
  const cmp = (a: string | number, b: string | number) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN');
  return rows
    .filter((r) => keep(r, f))
    .sort((a, b) => {
      const x = keyOf(a, sort.key, platformName);
      const y = keyOf(b, sort.key, platformName);
      if (x === null || y === null) {
        if (x !== y) return x === null ? 1 : -1;
      } else {
        const c = cmp(x, y);
        if (c !== 0) return sort.desc ? -c : c;
      }
      return a.name.localeCompare(b.name, 'zh-CN') || (a.projectId < b.projectId ? -1 : 1);
    });
}
