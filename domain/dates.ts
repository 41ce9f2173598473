/**
 * Calendar arithmetic on ISO dates `YYYY-MM-DD`, always in UTC so that time zones and DST never shift a day.
 * Invalid dates throw a RangeError: a bad date is a programming or validation error, not a domain outcome.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Dates already parsed: whole-zone figures parse the same few thousand dates hundreds of thousands of times. */
const parsed = new Map<string, number>();
const PARSED_MAX = 20_000;

/** Earliest calendar year accepted in any date the app reads (environment, query, body, data files). */
export const DATE_MIN_YEAR = 1900;
/** Latest calendar year accepted in any date the app reads. */
export const DATE_MAX_YEAR = 2100;

/** UTC milliseconds at midnight of year/month(1–12)/day, exact for every year 0–9999 (Date.UTC maps 0–99 to 19xx). */
function utcMidnight(y: number, mo: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getTime();
}

/**
 * The one date parser of the app: `text` must be `YYYY-MM-DD`, a real calendar day (no 30 February, 29
 * February only in leap years) with the year within DATE_MIN_YEAR–DATE_MAX_YEAR. Returns null when accepted,
 * else the reason (English, for error messages).
 */
export function isoDateProblem(text: string): string | null {
  const m = ISO_DATE.exec(text);
  if (!m) return 'expected an ISO date YYYY-MM-DD';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < DATE_MIN_YEAR || y > DATE_MAX_YEAR) return `year must lie within ${DATE_MIN_YEAR}–${DATE_MAX_YEAR}`;
  const back = new Date(utcMidnight(y, mo, d));
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return 'not a real calendar date';
  }
  return null;
}

/**
 * Parses an ISO date (any year 0000–9999, so dates computed from accepted ones stay exact) to UTC
 * milliseconds at midnight; throws RangeError when it is not a real calendar date.
 */
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
  const ms = utcMidnight(y, mo, d);
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

/** True when `iso` is accepted by the app's date parser (`isoDateProblem`): a real day of 1900–2100. */
export function isIsoDate(iso: string): boolean {
  return isoDateProblem(iso) === null;
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
