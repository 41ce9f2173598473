/**
 * The one number parser for text the app reads (query strings, environment variables): plain decimal
 * notation only — an optional minus sign, digits, an optional fraction (`12`, `-0.5`, `.5`, `3.`). Rejected:
 * hexadecimal and other prefixes (`0x50`, `0b1`, `0o7`), exponents (`1e3` — no form in this app needs one and
 * `Number` would also take `1e400` = Infinity), a leading `+`, digit separators, blanks, `Infinity` and `NaN`.
 * Surrounding spaces are not trimmed here: callers decide (query values are trimmed by their schema).
 */

const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;
const WHOLE = /^\d+$/;

/** Longest accepted text, characters: enough for any coordinate or count, short enough to parse cheaply. */
export const DECIMAL_MAX_LENGTH = 32;

/** The finite number written in plain decimal notation in `text`, or null when `text` is not one. */
export function parseDecimal(text: string): number | null {
  if (text.length > DECIMAL_MAX_LENGTH || !DECIMAL.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** The non-negative whole number (digits only, at most 15 of them so it is exact) in `text`, or null. */
export function parseWholeNumber(text: string): number | null {
  if (text.length > 15 || !WHOLE.test(text)) return null;
  return Number(text);
}
