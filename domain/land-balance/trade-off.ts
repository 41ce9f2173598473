/**
 * Trade-offs (取舍说明): when a project did not get its best-ranked candidate site, which project got it and
 * what giving it to this project instead would cost — computed honestly by re-solving the whole matching
 * exactly with that (project, site) pair forced as a lock (overrides.ts), and comparing the two solutions:
 * the projects that would lose their site (by stage, count and 亩) and those that would move to a worse-ranked
 * site. Areas in 亩.
 */
import { PROJECT_STAGE_ZH, type ProjectStage } from '../enums.ts';
import { formatMu } from '../format.ts';
import { PROJECT_STAGE_EN } from '../labels-en.ts';
import { stageRank } from '../project-stages.ts';
import type { Project } from '../schemas.ts';
import { type MatchResult, matchProjects } from './matching.ts';
import type { LandBalanceInput, ParcelWithGeometry } from './options.ts';
import { NO_OVERRIDES } from './overrides.ts';
import type { Reason } from './reasons.ts';
import type { SolverContext } from './solver-context.ts';

/** A project named in a trade-off. */
export interface TradeOffProject {
  projectId: string;
  name: string;
  stage: ProjectStage;
  demandMu: number;
}

/** Cost of giving project `projectId` its best-ranked site. */
export interface TradeOff {
  projectId: string;
  /** Its best-ranked candidate site (rank 1) and that site's parcels. */
  siteId: string;
  parcelIds: string[];
  /** Rank it got (null when it got no site). */
  gotRank: number | null;
  /** Projects whose assigned site shares a parcel with the best site. */
  heldBy: TradeOffProject[];
  /** False when the pair cannot be forced (another planner lock holds a parcel of the site). */
  feasible: boolean;
  /** Projects matched now that would get no site with the pair forced. */
  lost: TradeOffProject[];
  /** Projects that would stay matched but on a worse-ranked site. */
  movedWorse: TradeOffProject[];
}

const view = (p: Project, demandMu: number): TradeOffProject => ({
  projectId: p.id,
  name: p.name,
  stage: p.stage,
  demandMu,
});

/**
 * The trade-off of project `projectId` in the matching `base` (the result of `matchProjects(input, ctx)`), or
 * null when it got its best-ranked site or has no candidate. Runs one more exact solve.
 */
export function tradeOff(
  input: LandBalanceInput<ParcelWithGeometry>,
  ctx: SolverContext,
  base: MatchResult,
  projectId: string,
): TradeOff | null {
  const best = base.candidates[projectId]?.[0];
  if (!best) return null;
  const mine = base.assignments.find((a) => a.projectId === projectId);
  if (mine?.siteId === best.siteId) return null;
  const projects = new Map(input.projects.map((p) => [p.id, p]));
  const shares = new Set(best.parcelIds.length > 0 ? best.parcelIds : [best.siteId]);
  const heldBy = base.assignments
    .filter((a) => a.projectId !== projectId)
    .filter((a) => (a.parcelIds.length > 0 ? a.parcelIds : [a.siteId]).some((id) => shares.has(id)))
    .map((a) => view(projects.get(a.projectId)!, a.demandMu));
  const ov = input.overrides ?? NO_OVERRIDES;
  const forced = matchProjects(
    {
      ...input,
      overrides: {
        ...ov,
        locks: [...ov.locks.filter((l) => l.projectId !== projectId), { projectId, siteId: best.siteId }],
      },
    },
    ctx,
  );
  const feasible = !forced.lockViolations.some((l) => l.projectId === projectId);
  const after = new Map(forced.assignments.map((a) => [a.projectId, a]));
  const lost: TradeOffProject[] = [];
  const movedWorse: TradeOffProject[] = [];
  for (const a of base.assignments) {
    if (a.projectId === projectId) continue;
    const b = after.get(a.projectId);
    const p = view(projects.get(a.projectId)!, a.demandMu);
    if (!b) lost.push(p);
    else if (b.rank > a.rank) movedWorse.push(p);
  }
  const byStage = (x: TradeOffProject, y: TradeOffProject) => stageRank(y.stage) - stageRank(x.stage);
  return {
    projectId,
    siteId: best.siteId,
    parcelIds: best.parcelIds,
    gotRank: mine?.rank ?? null,
    heldBy,
    feasible,
    lost: lost.sort(byStage),
    movedWorse: movedWorse.sort(byStage),
  };
}

/** Count and 亩 of `ps` per stage, highest stage first. */
function perStage(ps: readonly TradeOffProject[]): Array<{ stage: ProjectStage; count: number; mu: number }> {
  const m = new Map<ProjectStage, { count: number; mu: number }>();
  for (const p of ps) {
    const e = m.get(p.stage) ?? { count: 0, mu: 0 };
    e.count++;
    e.mu += p.demandMu;
    m.set(p.stage, e);
  }
  return [...m].map(([stage, e]) => ({ stage, ...e }));
}

/**
 * The planner's sentence, e.g. "首选 ZK-357-0419 分给了 云驰（在谈）：若给康凯斯，则 1 个在谈项目共 80 亩无地可配".
 * `site` names the best site (parcel codes); `name` the project.
 */
export function tradeOffReason(t: TradeOff, site: string, name: string): Reason<'trade_off'> {
  const held = {
    zh: t.heldBy.map((h) => `${h.name}（${PROJECT_STAGE_ZH[h.stage]}）`).join('、') || '其他项目',
    en: t.heldBy.map((h) => `${h.name} (${PROJECT_STAGE_EN[h.stage]})`).join(', ') || 'other projects',
  };
  const head = { zh: `首选 ${site} 分给了 ${held.zh}`, en: `First choice ${site} went to ${held.en}` };
  const stages = perStage(t.lost);
  const lostZh = stages.map(
    (s) => `${s.count} 个${PROJECT_STAGE_ZH[s.stage]}项目共 ${formatMu(s.mu, 'zh-CN')}`,
  );
  const lostEn = stages.map(
    (s) => `${s.count} ${PROJECT_STAGE_EN[s.stage]} project(s), ${formatMu(s.mu, 'en')} in all,`,
  );
  let zh: string;
  let en: string;
  if (!t.feasible) {
    zh = `${head.zh}；该地块涉及规划人员锁定的分配，不能改给${name}`;
    en = `${head.en}; a planner's lock holds part of it, so it cannot go to ${name}`;
  } else if (stages.length > 0) {
    zh = `${head.zh}：若给${name}，则 ${lostZh.join('、')}无地可配`;
    en = `${head.en}: giving it to ${name} would leave ${lostEn.join(' and ')} without a site`;
  } else {
    zh = `${head.zh}：若给${name}，其余项目仍都有地，但 ${t.movedWorse.length} 个项目改配到排序更后的用地`;
    en = `${head.en}: giving it to ${name} keeps every project placed, but ${t.movedWorse.length} project(s) move to worse-ranked sites`;
  }
  return {
    code: 'trade_off',
    zh,
    en,
    details: {
      siteId: t.siteId,
      heldBy: t.heldBy.map((h) => h.projectId),
      lost: t.lost.map((h) => h.projectId),
      movedWorse: t.movedWorse.map((h) => h.projectId),
      feasible: t.feasible,
    },
  };
}
