/**
 * Writing a new parcel row with its R*Tree box — the one insert the seed and the imports share (column layout:
 * server/db/migrations/001_init.sql; later migrations' columns take their defaults or are written after).
 */
import type { Database } from 'better-sqlite3';

/** The columns of a new parcel; contract dates, ready date and land price may be null. */
export interface NewParcelRow {
  id: string;
  code: string;
  platformId: string;
  town: string;
  landUse: string;
  areaM2: number;
  areaMu: number;
  plotRatioMax: number;
  state: string;
  stateSince: string;
  expectedReadyDate: string | null;
  contract: {
    signed: string | null;
    agreedDelivery: string | null;
    agreedStart: string | null;
    agreedCompletion: string | null;
  };
  landPriceWan: number | null;
  version: number;
  /** GeoJSON geometry, stored as its JSON text. */
  geometry: unknown;
  /** [minLon, minLat, maxLon, maxLat]. */
  bbox: readonly [number, number, number, number];
}

/** A new parcel's attribute columns besides its id: code … land price. */
export type ParcelAttributes = Omit<NewParcelRow, 'id' | 'version' | 'geometry' | 'bbox'>;

/**
 * The values of id, code, platform_id, town, land_use, area_m2, area_mu, plot_ratio_max, state, state_since,
 * expected_ready_date, the four contract dates and land_price_wan, in that order (every parcel insert lists them so).
 */
export function parcelAttributeValues(id: string, p: ParcelAttributes) {
  const c = p.contract;
  return [
    id,
    p.code,
    p.platformId,
    p.town,
    p.landUse,
    p.areaM2,
    p.areaMu,
    p.plotRatioMax,
    p.state,
    p.stateSince,
    p.expectedReadyDate,
    c.signed,
    c.agreedDelivery,
    c.agreedStart,
    c.agreedCompletion,
    p.landPriceWan,
  ] as const;
}

/** A writer of new parcels (statements prepared once, so the seed's loop over thousands stays fast). */
export function parcelWriter(db: Database): (p: NewParcelRow) => void {
  const parcel = db.prepare(
    `INSERT INTO parcels (id, code, platform_id, town, land_use, area_m2, area_mu, plot_ratio_max, state,
       state_since, expected_ready_date, contract_signed, contract_agreed_delivery, contract_agreed_start,
       contract_agreed_completion, land_price_wan, version, geometry, min_lon, min_lat, max_lon, max_lat)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rtree = db.prepare(
    'INSERT INTO parcel_rtree (rid, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)',
  );
  return (p) => {
    const { lastInsertRowid } = parcel.run(
      ...parcelAttributeValues(p.id, p),
      p.version,
      JSON.stringify(p.geometry),
      ...p.bbox,
    );
    const [minLon, minLat, maxLon, maxLat] = p.bbox;
    rtree.run(lastInsertRowid, minLon, maxLon, minLat, maxLat);
  };
}
