/**
 * Where the map reads parcel tiles from: the TileJSON of GET /api/tiles/parcels.json, whose URL template carries
 * the data version (tiles cacheable for ever) and, on a past reference date, `asOf` (the ledger on that day).
 */

/** The TileJSON URL; `version` (the data version) only makes a new URL after an edit so maplibre reloads. */
export function parcelTileJsonUrl(
  origin: string,
  opts: { version?: string | null; asOf?: string | null } = {},
): string {
  const q = new URLSearchParams();
  if (opts.version) q.set('v', opts.version);
  if (opts.asOf) q.set('asOf', opts.asOf);
  const qs = q.toString();
  return `${origin}/api/tiles/parcels.json${qs ? `?${qs}` : ''}`;
}

/**
 * The date the map draws the parcels at: the reference date (参考日, ISO) when it is earlier than the
 * dataset's as-of date; null (today's ledger) otherwise — the data says nothing about later days.
 */
export function mapAsOf(refDate: string | null, datasetAsOf: string | null | undefined): string | null {
  return refDate && datasetAsOf && refDate < datasetAsOf ? refDate : null;
}
