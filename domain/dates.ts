/**
 * Calendar arithmetic on ISO dates `YYYY-MM-DD`, always in UTC so that time zones and DST never shift a day.
 * Invalid dates throw a RangeError: a bad date is a programming or validation error, not a domain outcome.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Dates already parsed: whole-zone figures parse the same few thousand dates hundreds of thousands of times. */
const parsed = new Map<string, number>();
const PARSED_MAX = 20_000;

/** Parses an ISO date to UTC milliseconds at midnight; throws RangeError when it is not a real calendar date. */
export function isoToUtcMs(iso: string): number {
  const hit = parsed.get(iso);
  if (hit !== undefined) return hit;
  const ms = parseIso(iso);
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(iso, ms);
  return ms;
}

function parseIso(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`not an ISO date YYYY-MM-DD: ${JSON.stringify(iso)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`not a real calendar date: ${iso}`);
  }
  return ms;
}

/** Formats UTC milliseconds as an ISO date `YYYY-MM-DD` (years 0–9999). */
export function utcMsToIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True when `iso` is a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(iso: string): boolean {
  try {
    isoToUtcMs(iso);
    return true;
  } catch {
    return false;
  }
}

/** Whole days from `fromIso` to `toIso` (to − from); negative when `toIso` is earlier. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((isoToUtcMs(toIso) - isoToUtcMs(fromIso)) / MS_PER_DAY);
}

/** The date `n` days after `iso` (n may be negative). */
export function addDays(iso: string, n: number): string {
  return utcMsToIso(isoToUtcMs(iso) + n * MS_PER_DAY);
}

/** Calendar quarter of a date, e.g. `2018-05-01` → `2018Q2`. */
export function quarterOf(iso: string): string {
  const d = new Date(isoToUtcMs(iso));
  return `${d.getUTCFullYear()}Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** Comparator for ISO dates: negative when a is earlier, 0 when equal, positive when later (for Array.sort). */
export function compareIso(a: string, b: string): number {
  return Math.sign(isoToUtcMs(a) - isoToUtcMs(b));
}
