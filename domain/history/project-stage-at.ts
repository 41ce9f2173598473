/**
 * A project's stage on a past date, from its current stage and its key dates — the rule the dashboard's
 * platform standing uses (dashboard/platform-pipeline.ts), extended to every stage.
 *
 * Each chain stage after 线索 lead has a key date: 在谈 negotiating ← firstContact, 过会 approved ← approved,
 * 签约 signed ← signed, 已拿地 land_acquired ← landAcquired, 开工 under_construction ← started, 投产 producing ←
 * producing. Walking the chain from negotiating up to the current stage, a stage is reached on D when its date is
 * on or before D; an unknown date (null) counts as reached — the stage is all the data says — and the walk stops
 * at the first stage dated after D. A project is in the ledger from `createdOn` when known (a lead entered in the
 * app), else from its first contact (unknown: always). A terminated project is 终止 from `terminatedOn` (unknown:
 * on every date, as the dashboard leaves it out on every date); before that, it stands at its last stage dated on
 * or before D (undated stages are not assumed, since the data does not say how far it got).
 */
import { compareIso } from '../dates.ts';
import type { ProjectStage } from '../enums.ts';
import { type ChainStage, PROJECT_CHAIN, stageRank } from '../project-stages.ts';
import type { ProjectDates } from '../schemas.ts';

/** What the function reads of a project (dates ISO or null). */
export interface ProjectTimeline {
  stage: ProjectStage;
  keyDates: ProjectDates;
  /** Day the project was entered (a new 招商 lead); null for projects of the loaded data. */
  createdOn?: string | null;
  /** Day talks ended, for a terminated project; null when unknown. */
  terminatedOn?: string | null;
}

/** Key date of each chain stage after lead. */
const STAGE_DATE: Record<Exclude<ChainStage, 'lead'>, keyof ProjectDates> = {
  negotiating: 'firstContact',
  approved: 'approved',
  signed: 'signed',
  land_acquired: 'landAcquired',
  under_construction: 'started',
  producing: 'producing',
};

const onOrBefore = (d: string | null | undefined, date: string) => d != null && compareIso(d, date) <= 0;

/** The stage on `date` (ISO), or null when the project was not in the ledger yet. See the module doc. */
export function projectStageAt(p: ProjectTimeline, date: string): ProjectStage | null {
  const created = p.createdOn ?? null;
  if (created !== null && compareIso(created, date) > 0) return null;
  if (p.stage === 'terminated') {
    if (p.terminatedOn == null || onOrBefore(p.terminatedOn, date)) return 'terminated';
    return datedStageAt(p, date, created !== null);
  }
  let reached: ChainStage | null = created !== null ? 'lead' : null;
  for (const stage of PROJECT_CHAIN.slice(1, stageRank(p.stage) + 1)) {
    const d = p.keyDates[STAGE_DATE[stage as Exclude<ChainStage, 'lead'>]];
    if (d !== null && compareIso(d, date) > 0) break;
    reached = stage;
  }
  if (reached === null && stageRank(p.stage) === 0) return 'lead';
  return reached;
}

/** Last chain stage whose key date is on or before `date`; lead when only created by then. */
function datedStageAt(p: ProjectTimeline, date: string, created: boolean): ProjectStage | null {
  let reached: ChainStage | null = created ? 'lead' : null;
  for (const stage of PROJECT_CHAIN.slice(1)) {
    if (onOrBefore(p.keyDates[STAGE_DATE[stage as Exclude<ChainStage, 'lead'>]], date)) reached = stage;
  }
  return reached;
}
