/**
 * A parcel's ledger record as a report of a past day shows it: the state on that day (parcel-state-at.ts) and
 * only what had been agreed by then. A land contract (出让合同) signed after the day did not exist on it, so the
 * contract dates and the land price (出让价款, 万元) are left empty, as the ledger of that day had them; the
 * planning attributes (code, land use, area, plot ratio) are today's — the ledger keeps no history of those
 * besides split/merge, which decides whether the parcel existed at all.
 */
import { compareIso } from '../dates.ts';
import type { Contract, Parcel } from '../schemas.ts';
import type { ParcelStateAt } from './parcel-state-at.ts';

const NO_CONTRACT: Contract = {
  signed: null,
  agreedDelivery: null,
  agreedStart: null,
  agreedCompletion: null,
};

/**
 * `parcel` as it stood on `date` (ISO) given its standing that day, or null when it did not exist or had no
 * state yet. `stateSince` becomes the day its own events first show that state (null-safe: kept when unknown).
 */
export function parcelRecordAt<P extends Parcel>(parcel: P, standing: ParcelStateAt, date: string): P | null {
  if (!standing.exists || standing.state === null) return null;
  const signedLater = parcel.contract.signed !== null && compareIso(parcel.contract.signed, date) > 0;
  return {
    ...parcel,
    state: standing.state,
    stateSince: standing.since ?? parcel.stateSince,
    ...(signedLater ? { contract: NO_CONTRACT, landPriceWan: null } : {}),
  };
}
