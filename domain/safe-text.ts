/**
 * Free text typed by people (event notes, names, search terms): what the app accepts and how it stores it.
 * Text is NFC-normalised (so `é` typed as e + combining accent and as one character compare and count the
 * same) and trimmed. Refused, with the reason, rather than silently stripped — a planner should see that a
 * pasted note carried something invisible:
 * - control characters: C0 (U+0000–U+001F, incl. NUL) except line feed and tab in multi-line text, DEL and
 *   C1 (U+007F–U+009F); a CR LF pair counts as a line feed;
 * - bidirectional formatting characters, which can make a file name or a note read differently from what it
 *   is (Trojan Source, CVE-2021-42574): U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069;
 * - line and paragraph separators U+2028 / U+2029, and unpaired UTF-16 surrogates (not encodable as UTF-8).
 * Lengths are counted in code points after normalisation.
 */
import { z } from 'zod';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const SEPARATORS = /[\u2028\u2029]/u;
// Without the u flag the regex sees UTF-16 code units, so it can find a surrogate that has no partner.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Options of `textProblem` and `SafeText`. */
export type SafeTextOptions = {
  /** Allow line feeds and tabs (notes); default false (names, search terms). */
  multiline?: boolean;
};

/** Describes a character for an error message: `U+202E`. */
const codePoint = (ch: string): string =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `text` is refused (English), or null when it may be stored. Check before normalising. */
export function textProblem(text: string, options: SafeTextOptions = {}): string | null {
  if (LONE_SURROGATE.test(text)) return 'contains an unpaired surrogate (not valid Unicode text)';
  const unified = options.multiline ? text.replaceAll('\r\n', '\n') : text;
  const control = (options.multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).exec(unified);
  if (control) return `contains the control character ${codePoint(control[0])}`;
  const bidi = BIDI.exec(unified);
  if (bidi) return `contains the bidirectional formatting character ${codePoint(bidi[0])}`;
  const sep = SEPARATORS.exec(unified);
  if (sep) return `contains the separator ${codePoint(sep[0])}`;
  return null;
}

/** The stored form of accepted text: CR LF → LF, NFC-normalised, trimmed. */
export function normaliseText(text: string): string {
  return text.replaceAll('\r\n', '\n').normalize('NFC').trim();
}

/** Length of `text` in code points (a CJK character or an emoji counts once). */
export const codePointLength = (text: string): number => [...text].length;

/**
 * zod schema of a free-text field: refuses control, bidi and separator characters (see above), then
 * normalises (NFC, trimmed) and checks `min`–`max` code points on the normalised text.
 */
export function SafeText({
  min = 0,
  max,
  multiline = false,
}: { min?: number; max: number } & SafeTextOptions) {
  return z
    .string()
    .superRefine((s, ctx) => {
      const problem = textProblem(s, { multiline });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform(normaliseText)
    .superRefine((s, ctx) => {
      const n = codePointLength(s);
      if (n < min)
        ctx.addIssue({ code: 'custom', message: min === 1 ? 'required' : `at least ${min} characters` });
      if (n > max) ctx.addIssue({ code: 'custom', message: `at most ${max} characters` });
    });
}
