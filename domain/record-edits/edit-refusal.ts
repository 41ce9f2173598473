/**
 * Why an attribute edit (parcel, project, 三旧 site) is refused although every field is well-formed: the server
 * answers 422 with the code, the bilingual message and the field (dotted path, e.g. `keyDates.signed`).
 */

/** A refused edit: machine code, message (zh then en) and the field concerned. */
export interface RecordEditRefusal {
  ok: false;
  code: string;
  message: string;
  field: string;
}

/** Builds a refusal; `zh` and `en` become one message. */
export const refuseEdit = (code: string, field: string, zh: string, en: string): RecordEditRefusal => ({
  ok: false,
  code,
  message: `${zh} ${en}`,
  field,
});
