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
} {
  const chosen = useAppState((s) => s.refDate);
  const config = useConfig();
  const serverDefault = config.data?.referenceDate ?? null;
  return { refDate: chosen ?? serverDefault, chosen, serverDefault };
}

/** Sets the reference date; the server default (or null) clears the choice so links stay short. */
export function setRefDate(iso: string | null, serverDefault: string | null): void {
  update({ refDate: iso == null || iso === serverDefault ? null : iso });
}
