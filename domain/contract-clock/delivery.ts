/**
 * 交地: agreed against actual delivery. Delivering late is the government's delay (国土资源部令第53号 第八条
 * 第一项: the land was not handed over on the agreed date, so the project could not start): it is flagged
 * (交地逾期) and the idle clock does not run against the holder for those days.
 */
import { daysBetween } from '../dates.ts';
import type { LandState } from '../enums.ts';
import { stateIndex } from '../land-states.ts';

/** Delivery on a reference date: dates ISO, days whole. */
export interface Delivery {
  /** 约定交地日期 (contract), or null when none was agreed. */
  agreed: string | null;
  /** 实际交地日期 (交地确认书), or null while not delivered. */
  actual: string | null;
  /** Days the delivery is or was late: actual − agreed, or refDate − agreed while undelivered; 0 when on time. */
  overdueDays: number;
  /** True when the government delivered (or is delivering) late — a delay the holder did not cause. */
  governmentDelay: boolean;
}

/** What delivery reads of a parcel. */
export interface DeliveryInput {
  state: LandState;
  agreedDelivery: string | null;
  /** Recorded actual delivery date; a parcel at 已交地 or later without one counts as delivered on time. */
  deliveryActual: string | null;
}

/** Whether the land has been handed over: a recorded delivery date, or a state at 已交地 or later. */
export function isDelivered(p: DeliveryInput): boolean {
  return p.deliveryActual != null || stateIndex(p.state) >= stateIndex('delivered');
}

/** Delivery of a granted parcel on `refDate` (ISO). */
export function deliveryStatus(p: DeliveryInput, refDate: string): Delivery {
  const agreed = p.agreedDelivery;
  const actual = p.deliveryActual;
  if (agreed == null) return { agreed, actual, overdueDays: 0, governmentDelay: false };
  const end = actual ?? (isDelivered(p) ? agreed : refDate);
  const overdueDays = Math.max(0, daysBetween(agreed, end));
  return { agreed, actual, overdueDays, governmentDelay: overdueDays > 0 };
}

/** True while the land is still undelivered past the agreed date (the clock is suspended). */
export function deliveryPending(p: DeliveryInput, d: Delivery): boolean {
  return d.governmentDelay && !isDelivered(p);
}
