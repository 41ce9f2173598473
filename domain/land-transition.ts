/**
 * Recording a land-supply state change (every change is an event — from, to, date, note, who).
 * The request schema shared by the API and the client, and the rules a change must satisfy beyond the state
 * machine of land-states.ts:
 * - the move itself must be allowed by `canTransition`; a reclaim (→ reserve) counts as allowed when a 收回
 *   decision is recorded by the event's date (the idle-land procedure of contract-clock/, 国土资源部令第53号);
 * - a grant (→ transferred) satisfies grant.ts: its mode fits the state it closes from and the land use (协议 only
 *   from 规划 with a legal basis, never from 储备/净地/挂牌; no 划拨 of operating land; term within the legal
 *   maximum) — refused with the rule's own code;
 * - the event's date lies between the date the parcel entered its current state (`stateSince`, inclusive —
 *   history stays in order) and the latest allowed date (inclusive; the server passes today's date, so a
 *   change cannot be recorded before it happens);
 * - a parcel at 已出让 (transferred) or later must have a signed contract (出让合同): moving there requires
 *   `contract.signed`, either already recorded or given with the request; when moving to transferred the
 *   signing date cannot be after the event. Contract dates and the land price may only be given when moving to
 *   transferred or later (they describe the grant);
 * - a reclaim (收回 → reserve) ends the contract: its dates, the land price and the grant's records are cleared
 *   (the next grant starts its own), so the land must be granted afresh before it is transferred again;
 * - moving to 已交地 records the actual delivery date (交地确认书) the contract clock compares with the agreed one.
 */
import { z } from 'zod';
import { contractClock } from './contract-clock/index.ts';
import { compareIso } from './dates.ts';
import { LAND_STATE_ZH, type LandState, type LandUse } from './enums.ts';
import { checkGrant, type Grant, GrantInput, type GrantRefusal } from './grant.ts';
import { type GrantRecords, NO_GRANT_RECORDS } from './grant-records.ts';
import { LAND_STATE_EN } from './labels-en.ts';
import { canTransition, isAcquired } from './land-states.ts';
import { NOTE_MAX } from './limits.ts';
import { SafeText } from './safe-text.ts';
import { type Contract, IsoDate, LandState as LandStateSchema } from './schemas.ts';
import { SignedInWho } from './who-field.ts';

// Re-exported for the request schemas that import it with this module; the client imports limits.ts (no zod).
export { NOTE_MAX };

/** Contract fields a transition may set (each optional; given ones replace the recorded value). */
export const ContractPatch = z.object({
  signed: IsoDate.optional(),
  agreedDelivery: IsoDate.optional(),
  agreedStart: IsoDate.optional(),
  agreedCompletion: IsoDate.optional(),
});
export type ContractPatch = z.infer<typeof ContractPatch>;

/**
 * Body of POST /api/parcels/:id/transitions: the new state, the event's date (ISO), an optional note, the parcel
 * `version` the client last saw (optimistic concurrency), and for grants the contract and the land price (万元).
 * Who records it is the signed-in account, never typed: a `who` field is refused (400) rather than silently
 * ignored, so a script that still sends one learns that it no longer decides the name.
 */
export const LandTransitionRequest = z.object({
  to: LandStateSchema,
  date: IsoDate,
  note: SafeText({ max: NOTE_MAX, multiline: true }).optional(),
  who: SignedInWho,
  version: z.number().int().min(1),
  contract: ContractPatch.optional(),
  landPriceWan: z.number().finite().positive().optional(),
  /** The grant's mode, legal basis (协议), term and 先租后让 — only when moving to 已出让. */
  grant: GrantInput.optional(),
});
export type LandTransitionRequest = z.infer<typeof LandTransitionRequest>;

/** What the rules read of the parcel. */
export interface TransitionParcel {
  state: LandState;
  landUse: LandUse;
  /** Date (ISO) the parcel entered `state`. */
  stateSince: string;
  contract: Contract;
  /** 出让价款, 万元. */
  landPriceWan: number | null;
  /** The current grant's records (procedure steps decide a reclaim); none when absent. */
  records?: GrantRecords;
}

/** Machine-readable reasons a change is refused (HTTP 422 codes). */
export type TransitionRefusal =
  | 'transition_not_allowed'
  | 'date_before_state_since'
  | 'date_in_future'
  | 'contract_required'
  | 'contract_not_applicable'
  | GrantRefusal;

/**
 * Outcome of `checkLandTransition`: the parcel's contract and land price after the change, or a refusal with a
 * bilingual (zh / en) reason and the request field it concerns.
 */
export type TransitionCheck =
  | {
      ok: true;
      contract: Contract;
      landPriceWan: number | null;
      /** The grant records after the change (a new grant, a delivery date, or cleared by a reclaim). */
      records: GrantRecords;
      /** True when the change ends the grant (收回): the next grant's records start afresh. */
      endsGrant: boolean;
    }
  | { ok: false; code: TransitionRefusal; field: string; reason: string };

const NO_CONTRACT: Contract = {
  signed: null,
  agreedDelivery: null,
  agreedStart: null,
  agreedCompletion: null,
};

const zh = (s: LandState) => `「${LAND_STATE_ZH[s]}」`;
const en = (s: LandState) => `"${LAND_STATE_EN[s]}"`;

type Refused = Extract<TransitionCheck, { ok: false }>;
type Request = Pick<LandTransitionRequest, 'to' | 'date' | 'contract' | 'landPriceWan' | 'grant'>;

/**
 * Whether `req` may be recorded on `parcel`, with `latestDate` (ISO) the last allowed event date; on success
 * the parcel's contract and land price (万元) after the change. The checks run in the order the README lists.
 */
export function checkLandTransition(
  parcel: TransitionParcel,
  req: Request,
  latestDate: string,
): TransitionCheck {
  const records = parcel.records ?? NO_GRANT_RECORDS;
  const refused =
    moveRefusal(parcel, records, req) ?? dateRefusal(parcel, req.date, latestDate) ?? grantDataRefusal(req);
  if (refused) return refused;
  if (req.to === 'reserve' && isAcquired(parcel.state)) {
    // 收回: the grant ends with the reclaim; the next grant brings its own contract and records.
    return {
      ok: true,
      contract: NO_CONTRACT,
      landPriceWan: null,
      records: NO_GRANT_RECORDS,
      endsGrant: true,
    };
  }
  const grant = grantAfter(parcel, records, req);
  if (!grant.ok) return grant;
  const contract = contractAfter(parcel, req);
  if (!contract.ok) return contract;
  const deliveryActual = req.to === 'delivered' ? req.date : records.deliveryActual;
  return {
    ok: true,
    contract: contract.contract,
    landPriceWan: req.landPriceWan ?? parcel.landPriceWan,
    records: { ...records, grant: grant.grant, deliveryActual },
    endsGrant: false,
  };
}

/** The state machine: a 收回 (→ 储备) only once the idle procedure's 收回 decision stands on the event date. */
function moveRefusal(parcel: TransitionParcel, records: GrantRecords, req: Request): Refused | null {
  const reclaimable =
    isAcquired(parcel.state) &&
    contractClock({ ...parcel, ...records, penaltyPermillePerDay: null }, req.date).compliance.status ===
      'reclaimed';
  const move = canTransition(parcel.state, req.to, { reclaimable });
  return move.ok ? null : { ok: false, code: 'transition_not_allowed', field: 'to', reason: move.reason };
}

/** The event date lies between the parcel's last change and today. */
function dateRefusal(parcel: TransitionParcel, date: string, latestDate: string): Refused | null {
  if (compareIso(date, parcel.stateSince) < 0) {
    return {
      ok: false,
      code: 'date_before_state_since',
      field: 'date',
      reason:
        `变更日期 ${date} 早于地块进入${zh(parcel.state)}的日期 ${parcel.stateSince}。 ` +
        `The date ${date} is before the parcel became ${en(parcel.state)} on ${parcel.stateSince}.`,
    };
  }
  if (compareIso(date, latestDate) > 0) {
    return {
      ok: false,
      code: 'date_in_future',
      field: 'date',
      reason: `变更日期 ${date} 晚于今天（${latestDate}）。 The date ${date} is after today (${latestDate}).`,
    };
  }
  return null;
}

/** Contract, land price and grant are given only when moving to 已出让 or later. */
function grantDataRefusal(req: Request): Refused | null {
  const grants = req.contract != null || req.landPriceWan != null || req.grant != null;
  if (!grants || isAcquired(req.to)) return null;
  return {
    ok: false,
    code: 'contract_not_applicable',
    field: req.contract != null ? 'contract' : req.landPriceWan != null ? 'landPriceWan' : 'grant',
    reason:
      `出让合同和出让价款只能在变更为「已出让」或之后的状态时填写，${zh(req.to)}不适用。 ` +
      `Contract dates and the land price apply only when moving to "Transferred" or later, not to ${en(req.to)}.`,
  };
}

/** The grant after the change: checked by domain/grant.ts on a move to 已出让, else the recorded one. */
function grantAfter(
  parcel: TransitionParcel,
  records: GrantRecords,
  req: Request,
): { ok: true; grant: Grant | null } | Refused {
  if (req.to === 'transferred') return checkGrant(req.grant, parcel.state, parcel.landUse);
  if (req.grant == null) return { ok: true, grant: records.grant };
  return {
    ok: false,
    code: 'contract_not_applicable',
    field: 'grant',
    reason:
      '出让方式只能在变更为「已出让」时填写。 The grant mode is given only when moving to "Transferred".',
  };
}

/** The contract after the change: acquired land needs its signing date, and a grant is not dated before it. */
function contractAfter(parcel: TransitionParcel, req: Request): { ok: true; contract: Contract } | Refused {
  const { to, date } = req;
  const given = Object.fromEntries(Object.entries(req.contract ?? {}).filter(([, v]) => v != null));
  const contract: Contract = { ...parcel.contract, ...given };
  if (isAcquired(to) && contract.signed == null) {
    return {
      ok: false,
      code: 'contract_required',
      field: 'contract.signed',
      reason:
        `变更为${zh(to)}需要出让合同签订日期（contract.signed）。 ` +
        `Moving to ${en(to)} needs the date the land contract was signed (contract.signed).`,
    };
  }
  if (to === 'transferred' && contract.signed != null && compareIso(contract.signed, date) > 0) {
    return {
      ok: false,
      code: 'contract_required',
      field: 'contract.signed',
      reason:
        `出让合同签订日期 ${contract.signed} 晚于出让日期 ${date}。 ` +
        `The contract was signed on ${contract.signed}, after the transfer date ${date}.`,
    };
  }
  return { ok: true, contract };
}
