/**
 * Everything the parcel panel, the dossier and GET /api/parcels/:id show about a parcel's grant and its
 * supervision on a reference date: the grant (with 弹性年期), its conditions, the contract with its 补充协议 and
 * the dates the clock uses, delivery, 动工, completion and production, the idle-land clock and procedure, and the
 * supply readiness of unsupplied land. Built from the contract clock (contract-clock/) — one source for every view.
 */
import { type ContractClock, type ContractClockInput, contractClock } from './contract-clock/index.ts';
import type { Amendment, DevelopmentRecord, StartRecord } from './contract-clock/records.ts';
import { type Grant, isFlexibleTerm } from './grant.ts';
import type { GrantConditions } from './grant-conditions.ts';
import type { GrantRecords } from './grant-records.ts';
import type { Contract, Parcel } from './schemas.ts';
import { type Readiness, readinessOf } from './supply-readiness.ts';

/** What supervision reads of a parcel. */
export type SupervisedParcel = Pick<
  Parcel,
  'state' | 'landUse' | 'contract' | 'landPriceWan' | 'expectedReadyDate'
>;

/** The supervision view of a parcel on a reference date (dates ISO, days whole, money 万元). */
export interface ParcelSupervision {
  grant: (Grant & { flexibleTerm: boolean }) | null;
  conditions: GrantConditions | null;
  contract: Contract & {
    amendments: Amendment[];
    /**
     * The agreed start and completion the clock uses (after amendments and late delivery); null while the
     * government has not delivered past the agreed date (they move with the delivery, not yet known).
     */
    effectiveStart: string | null;
    effectiveCompletion: string | null;
  };
  delivery: ContractClock['delivery'];
  started: StartRecord | null;
  development: DevelopmentRecord | null;
  completion: ContractClock['completion'];
  compliance: ContractClock['compliance'];
  idle: ContractClock['idle'];
  readiness: Readiness | null;
}

/** The contract-clock input of a parcel and its records. */
export function clockInput(
  p: Pick<Parcel, 'state' | 'contract' | 'landPriceWan'>,
  r: GrantRecords,
): ContractClockInput {
  return {
    state: p.state,
    contract: p.contract,
    landPriceWan: p.landPriceWan,
    deliveryActual: r.deliveryActual,
    amendments: r.amendments,
    started: r.started,
    development: r.development,
    complianceSteps: r.complianceSteps,
    penaltyPermillePerDay: r.conditions?.penaltyPermillePerDay ?? null,
  };
}

/** The supervision view of a parcel with its records on `refDate` (ISO). */
export function parcelSupervision(p: SupervisedParcel, r: GrantRecords, refDate: string): ParcelSupervision {
  const clock = contractClock(clockInput(p, r), refDate);
  const pending = clock.idle.status === 'government_delay';
  return {
    grant: r.grant == null ? null : { ...r.grant, flexibleTerm: isFlexibleTerm(r.grant, p.landUse) },
    conditions: r.conditions,
    contract: {
      ...p.contract,
      amendments: r.amendments,
      effectiveStart: pending ? null : clock.dates.agreedStart,
      effectiveCompletion: pending ? null : clock.dates.agreedCompletion,
    },
    delivery: clock.delivery,
    started: r.started,
    development: r.development,
    // While the land is owed, completion and production dates move with the delivery too.
    completion: pending
      ? {
          ...clock.completion,
          agreed: null,
          overdueDays: 0,
          penaltyExposureWan: null,
          productionDue: null,
          productionOverdueDays: 0,
        }
      : clock.completion,
    compliance: clock.compliance,
    idle: clock.idle,
    readiness: readinessOf(p.state, r.readiness, p.expectedReadyDate, refDate),
  };
}
