/**
 * Why a parcel geometry edit (split, merge, vertex move) was refused. The server answers these as 422 with the
 * code and the bilingual message; `parcelId` / `parcelCode` name the offending parcel when there is one.
 */

/** Machine-readable reasons a split, merge, reshape or new parcel is refused. */
export type EditRefusalCode =
  | 'invalid_parcel'
  | 'invalid_line'
  | 'line_self_intersects'
  | 'line_ends_inside'
  | 'line_does_not_cross'
  | 'sliver'
  | 'invalid_result'
  | 'split_failed'
  | 'too_few_parcels'
  | 'not_adjacent'
  | 'not_single_polygon'
  | 'overlaps_parcel'
  | 'outside_platform'
  | 'different_platform'
  | 'different_state'
  | 'different_land_use'
  | 'different_holders'
  | 'contracts_differ'
  | 'state_locked'
  | 'invalid_assignment'
  | 'code_taken'
  | 'code_required'
  | 'town_required'
  | 'date_in_future';

/** A refusal: code, message (zh then en), and the parcel or part concerned when there is one. */
export interface EditRefusal {
  ok: false;
  reason: EditRefusalCode;
  message: string;
  /** The parcel the refusal is about (a neighbour it would overlap, a parcel not adjacent to the others…). */
  parcelId?: string;
  parcelCode?: string;
  /** Index of the offending part of a split (0-based, in the order the parts are returned). */
  partIndex?: number;
}

/** Builds a refusal; `zh` and `en` become one message. */
export function refuse(
  reason: EditRefusalCode,
  zh: string,
  en: string,
  about: Pick<EditRefusal, 'parcelId' | 'parcelCode' | 'partIndex'> = {},
): EditRefusal {
  return { ok: false, reason, message: `${zh} ${en}`, ...about };
}
