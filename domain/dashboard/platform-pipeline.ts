/**
 * A platform's project standing as leaders quote it: "20 signed projects, 156亿元; 11 of them with land, 39亿元"
 * (the 357 belt in the seed article). Stages are the dataset's current stages (a snapshot, not dated).
 */
import { hasLandStage, isSignedOrLater } from '../project-stages.ts';
import type { Project } from '../schemas.ts';

/** A count of projects with their summed planned investment (万元) and ids. */
export interface ProjectTally {
  count: number;
  investmentWan: number;
  projectIds: string[];
}

/** Signed and landed projects targeting one platform. */
export interface PlatformPipelineStatus {
  platformId: string;
  /** 签约 or later, terminated excluded. */
  signed: ProjectTally;
  /** 已拿地 or later (a subset of `signed`). */
  withLand: ProjectTally;
  method: { zh: string; en: string };
}

const tally = (ps: readonly Project[]): ProjectTally => ({
  count: ps.length,
  investmentWan: ps.reduce((acc, p) => acc + p.investmentWan, 0),
  projectIds: ps.map((p) => p.id),
});

/** Signed-or-later and landed-or-later projects whose target platform is `platformId`; money in 万元. */
export function platformPipelineStatus(
  platformId: string,
  projects: readonly Project[],
): PlatformPipelineStatus {
  const mine = projects.filter((p) => p.targetPlatformId === platformId);
  return {
    platformId,
    signed: tally(mine.filter((p) => isSignedOrLater(p.stage))),
    withLand: tally(mine.filter((p) => hasLandStage(p.stage))),
    method: {
      zh: '目标平台为本平台、当前阶段为签约及以后（不含终止）的项目数与计划投资之和；其中已拿地及以后的另列。',
      en: 'Projects targeting this platform whose current stage is signed or later (terminated excluded), with their planned investment; those with land (land acquired or later) listed separately.',
    },
  };
}
