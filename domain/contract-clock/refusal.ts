/** The refusal shape shared by the contract records' write rules (HTTP 422 with a code and the field). */

/** A rule's refusal: machine code, the request field it concerns, and a bilingual (zh / en) reason. */
export type Refusal = { ok: false; code: string; field: string; reason: string };

/** Builds a refusal. */
export const refuse = (code: string, field: string, reason: string): Refusal => ({
  ok: false,
  code,
  field,
  reason,
});
