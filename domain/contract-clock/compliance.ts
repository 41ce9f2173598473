/**
 * The idle-land procedure (闲置土地处置办法, 国土资源部令第53号): 疑似闲置 when the clock has passed → 调查
 * (第九条, 调查通知书) → 认定 (闲置土地认定书, decision no.) → 征缴土地闲置费 (第十四条 第一项, decision no.) and/or,
 * two years past the start, 收回 (第十四条 第二项, decision no., after the holder was told of the right to a
 * hearing, 第十五条 and 国土资源听证规定).
 *
 * Money: the 20 % fee is *exposure* until the 征缴 decision and *owed* after it — the law makes the fee payable
 * by the decision, so nothing is owed on the strength of the clock alone (and never before 认定). Delay the
 * government caused (第八条) carries neither.
 */
import type { ComplianceStatus } from '../enums.ts';
import type { IdleLandResult } from './idle-land-clock.ts';
import type { ComplianceStep, ProcedureStep } from './records.ts';

/** The parcel's standing in the procedure on a reference date. Money in 万元. */
export interface Compliance {
  status: ComplianceStatus;
  /** The last recorded step of the procedure, or null. */
  stage: ProcedureStep | null;
  /** The fee at stake but not (yet) decided: 20 % of the land price while suspected / investigated / confirmed. */
  exposureWan: number;
  /** The fee owed under a 征缴 decision. */
  owedWan: number;
  /** Decision (or notice) numbers of the recorded steps. */
  decisions: {
    investigation: string | null;
    confirmation: string | null;
    fee: string | null;
    reclaim: string | null;
  };
  /** True when the parcel is idle by partial development (第二条). */
  partialDevelopment: boolean;
  /** The recorded steps, oldest first. */
  steps: ComplianceStep[];
}

const SUSPECT: readonly IdleLandResult['status'][] = ['idle', 'reclaimable', 'partial_idle'];

/** The last recorded step and the decision numbers of the steps. */
function recorded(steps: readonly ComplianceStep[]) {
  const no = (s: ProcedureStep) => steps.findLast((x) => x.step === s)?.decisionNo ?? null;
  return {
    stage: steps.at(-1)?.step ?? null,
    levied: steps.some((s) => s.step === 'fee_levied'),
    decisions: {
      investigation: no('investigated'),
      confirmation: no('confirmed_idle'),
      fee: no('fee_levied'),
      reclaim: no('reclaimed'),
    },
  };
}

/** The procedure status from the clock and the recorded steps. */
function statusOf(clock: IdleLandResult, stage: ProcedureStep | null): ComplianceStatus {
  if (stage === 'reclaimed') return 'reclaimed';
  const twoYears = clock.status === 'reclaimable';
  if ((stage === 'confirmed_idle' || stage === 'fee_levied') && twoYears) return 'reclaimable';
  if (stage != null) return stage;
  if (clock.status === 'government_delay') return 'government_delay';
  if (SUSPECT.includes(clock.status)) return 'suspected_idle';
  if (clock.status === 'due_soon' || clock.status === 'overdue') return 'warning';
  return 'ok';
}

/** The compliance standing from the clock on the reference date and the recorded steps (oldest first). */
export function complianceOf(clock: IdleLandResult, steps: readonly ComplianceStep[]): Compliance {
  const r = recorded(steps);
  const status = statusOf(clock, r.stage);
  const fee = clock.feeWan ?? 0;
  const atStake = status !== 'ok' && status !== 'warning' && status !== 'government_delay';
  return {
    status,
    stage: r.stage,
    exposureWan: atStake && !r.levied && status !== 'reclaimed' ? fee : 0,
    owedWan: r.levied ? fee : 0,
    decisions: r.decisions,
    partialDevelopment: clock.status === 'partial_idle',
    steps: [...steps],
  };
}
