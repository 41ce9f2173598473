import { compareIso } from '../../../domain/dates.ts';
import { useConfig } from '../../api/hooks.ts';
import { useRefDate } from '../dashboard/use-ref-date.ts';

/**
 * The day the ledger is shown as of: the reference date (参考日, URL `ref` — the one source the time slider, the
 * date field, the map tiles and the counts all follow) when it lies before the data's as-of date, else null
 * (today's ledger). The APIs' `asOf` parameter takes this value.
 */
export function useLedgerAsOf(): string | null {
  const { refDate } = useRefDate();
  const asOf = useConfig().data?.asOf ?? null;
  return refDate && asOf && compareIso(refDate, asOf) < 0 ? refDate : null;
}
