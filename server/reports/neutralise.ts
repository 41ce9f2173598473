/**
 * Formula-injection ("CSV injection") defence for the CSV export (OWASP): a text cell that begins with
 * `=`, `+`, `-`, `@`, tab or carriage return is interpreted as a formula by Excel/WPS/LibreOffice, so it is
 * prefixed with an apostrophe, which those programs show as plain text. Numbers are never touched (a negative
 * number stays a number); only text goes through here. The XLSX export needs no prefix: it writes text as
 * string cells of Text format (server/reports/xlsx.ts).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text safe to put in a spreadsheet cell: `=1+1` → `'=1+1`; other text unchanged. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
