/**
 * A parcel's land-supply state on a past date, from its event history and its split/merge lineage.
 *
 * A parcel exists on day D when it was created on or before D (`createdOn`: the split or merge that made it; for
 * a parcel loaded with the data, the date of its first event — before that it was not in the ledger) and not
 * retired on or before D (`retiredOn`: the split, merge or retirement that ended it — on that day its successors
 * stand in its place). Its state on D is the `to` of the last event dated on or before D, events of the same
 * day in the order they were recorded. A parcel existing by lineage but without an event by D (not possible for
 * data the app writes: every new parcel opens with an event) has state null.
 */
import { compareIso } from '../dates.ts';
import type { LandState } from '../enums.ts';

/** What the function reads: lineage dates (ISO, null when unknown/none) and events in recorded order. */
export interface ParcelTimeline {
  /** Day the parcel was created by a split or merge; null for a parcel of the loaded data. */
  createdOn: string | null;
  /** Day the parcel was retired (split, merged or retired with a reason); null while it stands. */
  retiredOn: string | null;
  /** Events in the order they were recorded (ids ascending). */
  events: readonly { to: LandState; date: string }[];
}

/**
 * The parcel on a date: whether it existed, its state, and since when its own events show it in that state (a
 * part of a split counts from the split; its stored `stateSince` carries the parent's date).
 */
export type ParcelStateAt =
  | { exists: false }
  | { exists: true; state: LandState | null; since: string | null };

/** First day the parcel is in the ledger (ISO), or null when it never is (no lineage date and no event). */
export function parcelFirstDay(t: ParcelTimeline): string | null {
  if (t.createdOn !== null) return t.createdOn;
  const dates = t.events.map((e) => e.date).sort(compareIso);
  return dates[0] ?? null;
}

/** State of the parcel on `date` (ISO); see the module doc. */
export function parcelStateAt(t: ParcelTimeline, date: string): ParcelStateAt {
  const first = parcelFirstDay(t);
  if (first === null || compareIso(first, date) > 0) return { exists: false };
  if (t.retiredOn !== null && compareIso(t.retiredOn, date) <= 0) return { exists: false };
  let state: LandState | null = null;
  let since: string | null = null;
  let latest: string | null = null;
  for (const e of t.events) {
    if (compareIso(e.date, date) > 0) continue;
    // Same-day events: the later-recorded one wins; an earlier-dated one recorded later does not override.
    if (latest !== null && compareIso(e.date, latest) < 0) continue;
    if (state !== e.to) since = e.date;
    state = e.to;
    latest = e.date;
  }
  return { exists: true, state, since };
}
