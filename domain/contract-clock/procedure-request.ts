/**
 * Recording a step of the idle-land procedure or the proof of 动工 (POST /api/parcels/:id/compliance): the
 * request and its rules.
 * - `start_verified` (动工核查): the evidence of 国土资源部令第53号 第三十条 with its date; only after the
 *   construction permit (state 在建 or later — 第三十条 "依法取得施工许可证后") and once;
 * - `investigated` (调查, 第九条): only when the clock says 疑似闲置 on that date — never for a delay the
 *   government caused (第八条);
 * - `confirmed_idle` (认定) after the investigation, with the 认定书 number;
 * - `fee_levied` (征缴土地闲置费, 第十四条 第一项) after 认定, with the decision number;
 * - `reclaimed` (收回, 第十四条 第二项) after 认定, two years past the start, with the decision number and the
 *   date of the hearing or of the notice of the right to one (第十五条).
 * Steps are dated in order, on or after the contract, and not after today.
 */
import { z } from 'zod';
import { compareIso } from '../dates.ts';
import { START_EVIDENCE } from '../enums.ts';
import { isAcquired, stateIndex } from '../land-states.ts';
import { NOTE_MAX } from '../land-transition.ts';
import { SafeText } from '../safe-text.ts';
import { IsoDate } from '../schemas.ts';
import { SignedInWho } from '../who-field.ts';
import { type ContractClockInput, contractClock } from './index.ts';
import { type ComplianceStep, DOCUMENT_NO_MAX, PROCEDURE_STEPS, type StartRecord } from './records.ts';
import { type Refusal, refuse } from './refusal.ts';

/** Body of POST /api/parcels/:id/compliance. */
export const ComplianceRequest = z.object({
  step: z.enum([...PROCEDURE_STEPS, 'start_verified']),
  date: IsoDate,
  decisionNo: SafeText({ min: 1, max: DOCUMENT_NO_MAX }).optional(),
  hearingDate: IsoDate.optional(),
  evidence: z.enum(START_EVIDENCE).optional(),
  note: SafeText({ max: NOTE_MAX, multiline: true }).optional(),
  who: SignedInWho,
  version: z.number().int().min(1),
});
export type ComplianceRequest = z.infer<typeof ComplianceRequest>;

/** Outcome: a procedure step or a start record to store, or a refusal. */
export type ComplianceCheck =
  | { ok: true; kind: 'step'; step: ComplianceStep }
  | { ok: true; kind: 'start'; started: StartRecord }
  | Refusal;

/** The step that must precede each procedure step. */
const PREVIOUS: Record<ComplianceStep['step'], readonly (ComplianceStep['step'] | null)[]> = {
  investigated: [null],
  confirmed_idle: ['investigated'],
  fee_levied: ['confirmed_idle'],
  reclaimed: ['confirmed_idle', 'fee_levied'],
};

function checkStart(parcel: ContractClockInput, req: ComplianceRequest): ComplianceCheck {
  if (req.evidence == null) {
    return refuse(
      'evidence_required',
      'evidence',
      '动工核查须注明第三十条的哪一项条件。 Name the condition of art. 30 that was met.',
    );
  }
  if (stateIndex(parcel.state) < stateIndex('under_construction')) {
    return refuse(
      'permit_required',
      'step',
      '动工以取得施工许可证为前提（第三十条）：地块须先变更为「在建」。 Start needs the construction permit first (state "Under construction").',
    );
  }
  if (parcel.started != null) {
    return refuse(
      'already_started',
      'step',
      `已于 ${parcel.started.date} 记录动工。 A start was already recorded on ${parcel.started.date}.`,
    );
  }
  return { ok: true, kind: 'start', started: { date: req.date, evidence: req.evidence } };
}

function checkStep(
  parcel: ContractClockInput,
  req: ComplianceRequest & { step: ComplianceStep['step'] },
): ComplianceCheck {
  const clock = contractClock(parcel, req.date);
  const stage = clock.compliance.stage;
  if (!PREVIOUS[req.step].includes(stage)) {
    return refuse(
      'step_out_of_order',
      'step',
      `程序顺序不符：当前为「${stage ?? '未立案'}」，不能记录「${req.step}」。 The procedure is at ${stage ?? 'no step'}; ${req.step} cannot follow.`,
    );
  }
  if (req.step === 'investigated') {
    if (clock.idle.status === 'government_delay') {
      return refuse(
        'government_delay',
        'step',
        '政府未按期交地（第八条），不属于闲置土地。 The government has not delivered on time (art. 8): not idle land.',
      );
    }
    if (clock.compliance.status !== 'suspected_idle') {
      return refuse(
        'not_suspected',
        'step',
        `该日地块未满一年未动工，不构成疑似闲置（状态：${clock.idle.status}）。 The parcel is not suspected idle on that date.`,
      );
    }
  }
  if (req.step !== 'investigated' && req.decisionNo == null) {
    return refuse(
      'decision_no_required',
      'decisionNo',
      '须填写决定书（认定书）文号。 The decision number is required.',
    );
  }
  if (req.step === 'reclaimed') {
    if (clock.idle.status !== 'reclaimable') {
      return refuse(
        'not_reclaimable',
        'step',
        '未满两年未动工，不能无偿收回（第十四条）。 Not two years past the start: cannot be reclaimed.',
      );
    }
    if (req.hearingDate == null || compareIso(req.hearingDate, req.date) > 0) {
      return refuse(
        'hearing_required',
        'hearingDate',
        '收回前须告知听证权利（第十五条），听证（告知）日期不得晚于决定日期。 A hearing (or notice of the right to one) must precede the decision.',
      );
    }
  }
  return {
    ok: true,
    kind: 'step',
    step: {
      step: req.step,
      date: req.date,
      decisionNo: req.decisionNo ?? null,
      hearingDate: req.step === 'reclaimed' ? (req.hearingDate ?? null) : null,
      note: req.note ?? '',
    },
  };
}

/** Whether `req` may be recorded on the parcel; `today` (ISO) is the last allowed date. */
export function checkComplianceStep(
  parcel: ContractClockInput,
  req: ComplianceRequest,
  today: string,
): ComplianceCheck {
  const signed = parcel.contract.signed;
  if (!isAcquired(parcel.state) || signed == null) {
    return refuse('no_contract', 'step', '地块尚未出让，不适用闲置土地程序。 The parcel is not granted.');
  }
  if (compareIso(req.date, today) > 0) {
    return refuse(
      'date_in_future',
      'date',
      `日期 ${req.date} 晚于今天（${today}）。 The date is after today.`,
    );
  }
  const last = [...parcel.complianceSteps].sort((a, b) => compareIso(a.date, b.date)).at(-1)?.date ?? signed;
  if (compareIso(req.date, last) < 0) {
    return refuse(
      'date_out_of_order',
      'date',
      `日期早于上一步骤或合同（${last}）。 The date is before the previous step or the contract (${last}).`,
    );
  }
  const { step } = req;
  if (step === 'start_verified') return checkStart(parcel, req);
  return checkStep(parcel, { ...req, step });
}
