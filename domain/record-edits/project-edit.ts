/**
 * Bodies of POST /api/projects (a new 招商 lead or a project entered late) and PATCH /api/projects/:id, and the
 * rules a project must satisfy after the edit. Money 万元, land 亩, floor space ㎡, dates ISO.
 *
 * Stage and key dates go together (the dashboard and the past-date view read the stage on a day from them,
 * domain/history/project-stage-at.ts): moving a project to a stage needs that stage's date (过会 ← approved,
 * 签约 ← signed, …; 在谈 ← firstContact); dated stages follow the chain in order; no key date lies beyond the
 * current stage or after today; 终止 needs the day talks ended. Loaded projects with undated past stages stay
 * valid — only the stage being moved to must be dated.
 */
import { z } from 'zod';
import { compareIso } from '../dates.ts';
import type { ProjectStage as Stage } from '../enums.ts';
import { type ChainStage, PROJECT_CHAIN, stageRank } from '../project-stages.ts';
import { SafeText } from '../safe-text.ts';
import { Industry, IsoDate, Origin, type ProjectDates, ProjectStage } from '../schemas.ts';
import { SignedInWho } from '../who-field.ts';
import { type RecordEditRefusal, refuseEdit } from './edit-refusal.ts';

const wan = z.number().nonnegative().max(1e9);
const docNo = SafeText({ min: 1, max: 80 }).nullable();

/** Key dates as sent: any subset, each an ISO date or null (null clears it). */
export const KeyDatesPatch = z
  .object({
    firstContact: IsoDate.nullable(),
    approved: IsoDate.nullable(),
    signed: IsoDate.nullable(),
    landAcquired: IsoDate.nullable(),
    started: IsoDate.nullable(),
    producing: IsoDate.nullable(),
  })
  .partial()
  .strict();

/** Fields a project edit may set (all optional here; POST requires the first five). */
const fields = {
  name: SafeText({ min: 1, max: 100 }),
  enterprise: SafeText({ min: 1, max: 100 }),
  industry: Industry,
  origin: Origin,
  /** 计划投资, 万元. */
  investmentWan: wan,
  /** 固定资产投资, 万元. */
  fixedInvestmentWan: wan.nullable(),
  /** 用地需求, 亩. */
  landDemandMu: z.number().positive().max(1e5).nullable(),
  /** 厂房需求, ㎡. */
  floorDemandM2: z.number().positive().max(1e8).nullable(),
  targetPlatformId: z.string().min(1).max(80).nullable(),
  stage: ProjectStage,
  keyDates: KeyDatesPatch,
  rdOriented: z.boolean(),
  neededBy: IsoDate.nullable(),
  annualOutputWan: wan.nullable(),
  /** The enterprise already in the zone this project expands (增资 / 二期); null for a new enterprise. */
  expansionOf: SafeText({ min: 1, max: 100 }).nullable(),
  /** 过会 document number (会议纪要 No.). */
  approvedDocNo: docNo,
  /** 签约 (投资协议) number. */
  signedDocNo: docNo,
  /** Day talks ended (stage 终止). */
  terminatedOn: IsoDate.nullable(),
  who: SignedInWho,
};

/** Body of POST /api/projects. A new lead needs only name, enterprise, industry, origin and investment. */
export const ProjectCreate = z
  .object({
    ...fields,
    fixedInvestmentWan: fields.fixedInvestmentWan.optional(),
    landDemandMu: fields.landDemandMu.optional(),
    floorDemandM2: fields.floorDemandM2.optional(),
    targetPlatformId: fields.targetPlatformId,
    stage: fields.stage.default('lead'),
    keyDates: fields.keyDates.default({}),
    rdOriented: fields.rdOriented.default(false),
    neededBy: fields.neededBy.optional(),
    annualOutputWan: fields.annualOutputWan.optional(),
    expansionOf: fields.expansionOf.optional(),
    approvedDocNo: fields.approvedDocNo.optional(),
    signedDocNo: fields.signedDocNo.optional(),
    terminatedOn: fields.terminatedOn.optional(),
  })
  .strict();
export type ProjectCreate = z.infer<typeof ProjectCreate>;

/** Body of PATCH /api/projects/:id: any subset of the fields; key dates merge into the stored ones. */
export const ProjectPatch = z
  .object(fields)
  .partial()
  .strict()
  .refine((b) => Object.keys(b).some((k) => k !== 'who'), { message: 'nothing to change', path: [] });
export type ProjectPatch = z.infer<typeof ProjectPatch>;

/** What the stage rules read of a project after the edit. */
export interface ProjectStageFields {
  stage: Stage;
  keyDates: ProjectDates;
  terminatedOn: string | null;
}

/** Key date of each chain stage after lead (as domain/history/project-stage-at.ts reads them). */
export const STAGE_KEY_DATE: Record<Exclude<ChainStage, 'lead'>, keyof ProjectDates> = {
  negotiating: 'firstContact',
  approved: 'approved',
  signed: 'signed',
  land_acquired: 'landAcquired',
  under_construction: 'started',
  producing: 'producing',
};

const CHAIN_DATES = PROJECT_CHAIN.slice(1).map((s) => STAGE_KEY_DATE[s as Exclude<ChainStage, 'lead'>]);

/**
 * Checks stage and dates after an edit (see the module doc). `stageMoved`: the edit sets a stage other than the
 * stored one (or creates the project), so that stage's date is required. `today`: ISO, Beijing.
 */
export function checkProjectStage(
  p: ProjectStageFields,
  stageMoved: boolean,
  today: string,
): { ok: true } | RecordEditRefusal {
  for (const k of CHAIN_DATES) {
    const d = p.keyDates[k];
    if (d !== null && compareIso(d, today) > 0) {
      return refuseEdit('date_in_future', `keyDates.${k}`, `日期 ${d} 晚于今天。`, `${d} is after today.`);
    }
  }
  let last: { k: keyof ProjectDates; d: string } | null = null;
  for (const k of CHAIN_DATES) {
    const d = p.keyDates[k];
    if (d === null) continue;
    if (last && compareIso(d, last.d) < 0) {
      return refuseEdit(
        'dates_out_of_order',
        `keyDates.${k}`,
        `${k} 日期 ${d} 早于前一阶段 ${last.k} 的 ${last.d}。`,
        `${k} ${d} is before the earlier stage's ${last.k} ${last.d}.`,
      );
    }
    last = { k, d };
  }
  return p.stage === 'terminated' ? checkTerminated(p, stageMoved, today) : checkChain(p, stageMoved);
}

function checkChain(p: ProjectStageFields, stageMoved: boolean): { ok: true } | RecordEditRefusal {
  if (p.terminatedOn !== null) {
    return refuseEdit(
      'not_terminated',
      'terminatedOn',
      '只有“终止”的项目才有终止日期。',
      'only a terminated project has terminatedOn.',
    );
  }
  const rank = stageRank(p.stage);
  for (const [i, k] of CHAIN_DATES.entries()) {
    if (i + 1 > rank && p.keyDates[k] !== null) {
      return refuseEdit(
        'date_beyond_stage',
        `keyDates.${k}`,
        `项目尚在“${p.stage}”阶段，不能有 ${k} 日期。`,
        `the project is at ${p.stage}; it cannot have a ${k} date yet.`,
      );
    }
  }
  if (stageMoved && rank > 0) {
    const k = STAGE_KEY_DATE[p.stage as Exclude<ChainStage, 'lead'>];
    if (p.keyDates[k] === null) {
      return refuseEdit(
        'stage_date_required',
        `keyDates.${k}`,
        `推进到该阶段需填写日期 ${k}。`,
        `moving the project to ${p.stage} needs the date ${k}.`,
      );
    }
  }
  return { ok: true };
}

function checkTerminated(
  p: ProjectStageFields,
  stageMoved: boolean,
  today: string,
): { ok: true } | RecordEditRefusal {
  if (stageMoved && p.terminatedOn === null) {
    return refuseEdit(
      'stage_date_required',
      'terminatedOn',
      '终止项目需填写终止日期。',
      'a project moved to terminated needs terminatedOn.',
    );
  }
  if (p.terminatedOn !== null && compareIso(p.terminatedOn, today) > 0) {
    return refuseEdit(
      'date_in_future',
      'terminatedOn',
      `日期 ${p.terminatedOn} 晚于今天。`,
      `${p.terminatedOn} is after today.`,
    );
  }
  if (p.keyDates.producing !== null) {
    return refuseEdit(
      'cannot_terminate',
      'stage',
      '已投产的项目不能终止。',
      'a producing project cannot be terminated (终止 follows any stage before 投产).',
    );
  }
  return { ok: true };
}
