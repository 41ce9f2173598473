/**
 * "Today" and "now" as planners in Huizhou read them: China Standard Time, UTC+8 all year (no daylight
 * saving since 1991). Pure functions of an instant the caller passes, so the server (its injected clock) and
 * the browser (whatever its own time zone) name the same calendar day.
 */

/** China Standard Time's offset from UTC, milliseconds. */
export const BEIJING_UTC_OFFSET_MS = 8 * 3_600_000;

/** The calendar date in Beijing at instant `now`, ISO `YYYY-MM-DD`. */
export function beijingDate(now: Date): string {
  return new Date(now.getTime() + BEIJING_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** Beijing local date and time of instant `now` to the minute, `YYYY-MM-DD HH:mm`. */
export function beijingDateTime(now: Date): string {
  return new Date(now.getTime() + BEIJING_UTC_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
