/**
 * A platform's project standing as leaders quote it: "20 signed projects, 156亿元; 11 of them with land, 39亿元"
 * (the 357 belt in the seed article), as of a reference date.
 *
 * A project counts as signed on the reference date when its current stage is signed or later and its signing
 * date (keyDates.signed) is on or before that date; it has land when its current stage is land acquired or
 * later and keyDates.landAcquired is on or before the date. A project without the date (data that records
 * only the stage) counts by its current stage. Terminated projects are left out on every date: the data does
 * not say when talks ended, and a deal that fell through is not part of the standing.
 */
import { compareIso } from '../dates.ts';
import { hasLandStage, isSignedOrLater } from '../project-stages.ts';
import type { Project } from '../schemas.ts';

/** A count of projects with their summed planned investment (万元) and ids. */
export interface ProjectTally {
  count: number;
  investmentWan: number;
  projectIds: string[];
}

/** Signed and landed projects targeting one platform, on a reference date. */
export interface PlatformPipelineStatus {
  platformId: string;
  /** 签约 or later by the reference date (see the module doc), terminated excluded. */
  signed: ProjectTally;
  /** 已拿地 or later by the reference date (a subset of `signed`). */
  withLand: ProjectTally;
  method: { zh: string; en: string };
}

const tally = (ps: readonly Project[]): ProjectTally => ({
  count: ps.length,
  investmentWan: ps.reduce((acc, p) => acc + p.investmentWan, 0),
  projectIds: ps.map((p) => p.id),
});

/** On or before `refDate` (ISO); an unknown date (null) counts as reached, the stage being all we know. */
const reachedBy = (date: string | null | undefined, refDate: string): boolean =>
  date == null || compareIso(date, refDate) <= 0;

/** Signed (签约) or later on `refDate` (ISO): current stage signed or later and keyDates.signed ≤ refDate. */
export function isSignedBy(p: Project, refDate: string): boolean {
  return isSignedOrLater(p.stage) && reachedBy(p.keyDates.signed, refDate);
}

/**
 * Has land (已拿地) or later on `refDate` (ISO): current stage land acquired or later, keyDates.landAcquired
 * ≤ refDate, and signed by then (a landed project is always a signed one).
 */
export function hasLandBy(p: Project, refDate: string): boolean {
  return hasLandStage(p.stage) && reachedBy(p.keyDates.landAcquired, refDate) && isSignedBy(p, refDate);
}

/**
 * Signed-or-later and landed-or-later projects on `refDate` (ISO) whose target platform is `platformId`;
 * money in 万元.
 */
export function platformPipelineStatus(
  platformId: string,
  projects: readonly Project[],
  refDate: string,
): PlatformPipelineStatus {
  const mine = projects.filter((p) => p.targetPlatformId === platformId);
  return {
    platformId,
    signed: tally(mine.filter((p) => isSignedBy(p, refDate))),
    withLand: tally(mine.filter((p) => hasLandBy(p, refDate))),
    method: {
      zh: '目标平台为本平台、参考日已签约（当前阶段为签约及以后且签约日期不晚于参考日；无签约日期的按当前阶段；不含终止）的项目数与计划投资之和；其中参考日已拿地（拿地日期不晚于参考日）的另列。',
      en: 'Projects targeting this platform signed by the reference date (current stage signed or later and signing date on or before it; undated projects by their current stage; terminated excluded), with their planned investment; those with land by the reference date (land-acquired date on or before it) listed separately.',
    },
  };
}
