/**
 * 控规 dates: a parcel enters the records as 规划 on the date its platform's regulatory detailed plan was approved
 * (a few dates per platform, platform-info.ts), not on a random day. Each parcel's 规划 event moves to the
 * approval date nearest its drawn date that does not come after its next event; a parcel whose next event
 * precedes every approval entered the records directly as 储备 (its 规划 event is dropped).
 */
import { daysBetween } from '../../domain/dates.ts';
import type { ParcelDraft } from './parcels.ts';
import { PLATFORM_INFO } from './platform-info.ts';
import { AS_OF } from './prng.ts';

/** Moves (or drops) every parcel's 规划 event onto its platform's 控规 approval dates. */
export function snapPlanDates(drafts: ParcelDraft[]): void {
  for (const d of drafts) {
    const first = d.events[0];
    if (first?.to !== 'planned') continue;
    const dates = PLATFORM_INFO[d.platformId]?.planDates ?? [];
    const limit = d.events[1]?.date ?? AS_OF;
    const allowed = dates.filter((x) => x <= limit);
    if (allowed.length === 0) {
      const next = d.events[1];
      if (!next) throw new Error(`no 控规 date on or before ${limit} for ${d.id}`);
      d.events = [{ ...next, from: null }, ...d.events.slice(2)];
      continue;
    }
    const best = allowed.reduce((a, b) =>
      Math.abs(daysBetween(b, first.date)) < Math.abs(daysBetween(a, first.date)) ? b : a,
    );
    first.date = best;
    if (d.events.length === 1) d.stateSince = best;
  }
}
