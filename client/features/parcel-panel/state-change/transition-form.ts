/**
 * The state-change form as plain data, apart from React: the form's starting values, the states a parcel may
 * move to on a date (收回 only after the idle-land procedure's reclaim decision), whether the move asks for the
 * land contract, and the request body built from what the planner typed (who records it is the signed-in
 * account, set by the server). StateChange.tsx renders these.
 */
import { compareIso, isIsoDate } from '../../../../domain/dates.ts';
import type { LandState } from '../../../../domain/enums.ts';
import { isAcquired, nextStates } from '../../../../domain/land-states.ts';
import type { ContractPatch, LandTransitionRequest } from '../../../../domain/land-transition.ts';
import type { Contract } from '../../../../domain/schemas.ts';
import { EMPTY_GRANT, type GrantFormValue, grantFromForm } from './grant-form.ts';

/** The contract dates the form asks for, in display order. */
export const CONTRACT_FIELDS = ['signed', 'agreedDelivery', 'agreedStart', 'agreedCompletion'] as const;
export type ContractField = (typeof CONTRACT_FIELDS)[number];

/** What the form reads of the parcel (a subset of GET /api/parcels/:id). */
export interface FormParcel {
  state: LandState;
  /** Date (ISO) the parcel entered `state`. */
  stateSince: string;
  version: number;
  contract: Contract;
  /** 出让价款, 万元. */
  landPriceWan: number | null;
  /** Where the idle-land procedure stands; `reclaimed` once the reclaim (收回) has been decided. */
  compliance: { status: string };
}

/** The form's fields as typed: dates ISO ('' = empty), the price in 万元 as text, `to` '' = the first allowed state. */
export interface TransitionFormValues {
  to: LandState | '';
  date: string;
  note: string;
  contract: Record<ContractField, string>;
  price: string;
  /** 出让方式 etc., sent only with a move to 已出让. */
  grant: GrantFormValue;
}

/** The states offered on the form's date, the one a submit records, and whether it asks for the contract. */
export interface TransitionChoice {
  options: LandState[];
  target: LandState | null;
  askContract: boolean;
}

/**
 * Starting values: the date is the reference date (else `today`, both ISO) but never before the parcel entered
 * its state; the contract and price are the recorded ones; no grant mode chosen.
 */
export function initialFormValues(
  parcel: FormParcel,
  refDate: string | null,
  today: string,
): TransitionFormValues {
  const d = refDate ?? today;
  return {
    to: '',
    date: compareIso(d, parcel.stateSince) < 0 ? parcel.stateSince : d,
    note: '',
    contract: {
      signed: parcel.contract.signed ?? '',
      agreedDelivery: parcel.contract.agreedDelivery ?? '',
      agreedStart: parcel.contract.agreedStart ?? '',
      agreedCompletion: parcel.contract.agreedCompletion ?? '',
    },
    price: parcel.landPriceWan == null ? '' : String(parcel.landPriceWan),
    grant: EMPTY_GRANT,
  };
}

/** True when no state can follow the parcel's (投产 ends the chain): the form has nothing to offer. */
export const isEndOfChain = (parcel: FormParcel): boolean =>
  nextStates(parcel.state, { reclaimable: true }).length === 0;

/**
 * The states the parcel may move to on `date` (收回 only after the reclaim decision of the idle-land procedure,
 * 闲置土地处置办法; the server re-checks it on `date`), the chosen one if still allowed else the first, and
 * whether that move asks for the contract: a grant (→ 已出让) records its contract; later stages ask only when
 * none is recorded.
 */
export function transitionChoice(parcel: FormParcel, date: string, chosen: LandState | ''): TransitionChoice {
  const reclaimable = isIsoDate(date) && parcel.compliance.status === 'reclaimed';
  const options = nextStates(parcel.state, { reclaimable });
  const target = chosen !== '' && options.includes(chosen) ? chosen : (options[0] ?? null);
  const askContract =
    target != null && isAcquired(target) && (target === 'transferred' || parcel.contract.signed == null);
  return { options, target, askContract };
}

/**
 * The body of POST /api/parcels/:id/transitions for what was typed, or null when no move is possible. The note
 * is trimmed (an empty one is left out); contract dates and the land price go only with a move that asks for
 * them, and only the valid dates / a finite price; the grant only with a move to 已出让 and a chosen mode.
 */
export function buildTransitionBody(
  parcel: FormParcel,
  v: TransitionFormValues,
): LandTransitionRequest | null {
  const { target, askContract } = transitionChoice(parcel, v.date, v.to);
  if (target == null) return null;
  const contract: ContractPatch = {};
  if (askContract) for (const f of CONTRACT_FIELDS) if (isIsoDate(v.contract[f])) contract[f] = v.contract[f];
  const price = askContract && v.price.trim() !== '' ? Number(v.price) : Number.NaN;
  const note = v.note.trim();
  const grant = target === 'transferred' ? grantFromForm(v.grant) : undefined;
  return {
    to: target,
    date: v.date,
    version: parcel.version,
    ...(note ? { note } : {}),
    ...(Object.keys(contract).length ? { contract } : {}),
    ...(Number.isFinite(price) ? { landPriceWan: price } : {}),
    ...(grant ? { grant } : {}),
  };
}
