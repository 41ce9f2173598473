import { useConfig } from '../../api/hooks.ts';
import { update, useAppState } from '../../state/app-store.ts';

/**
 * The reference date deadlines and "this year" are computed against: the user's choice (`ref=` in the URL) or
 * the server's (REFERENCE_DATE, else the dataset's as-of date — 2018-03-09 for the sample).
 */
export function useRefDate(): {
  refDate: string | null;
  chosen: string | null;
  serverDefault: string | null;
  /** The data's as-of date (null until the config has loaded). */
  asOf: string | null;
  /** The reference date is after the data's as-of date: date-driven figures are projected, not recorded. */
  projected: boolean;
} {
  const chosen = useAppState((s) => s.refDate);
  const config = useConfig();
  const serverDefault = config.data?.referenceDate ?? null;
  const asOf = config.data?.asOf ?? null;
  const refDate = chosen ?? serverDefault;
  return { refDate, chosen, serverDefault, asOf, projected: isProjected(refDate, asOf) };
}

/** True when `refDate` is after `asOf` (ISO dates compare as strings); false when either is unknown. */
export function isProjected(refDate: string | null, asOf: string | null): boolean {
  return refDate != null && asOf != null && refDate > asOf;
}

/** Sets the reference date; the server default (or null) clears the choice so links stay short. */
export function setRefDate(iso: string | null, serverDefault: string | null): void {
  update({ refDate: iso == null || iso === serverDefault ? null : iso });
}
