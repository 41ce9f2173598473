/**
 * Reads for the overview and the idle-land clock: every parcel's attributes without its geometry (the figures
 * need all of them, the map already has the shapes) and the bounding boxes the lists zoom to.
 */
import type { Database } from 'better-sqlite3';
import type { IdleLandParcel } from '../../../domain/dashboard/idle-land.ts';
import { LAND_STATES } from '../../../domain/enums.ts';
import type { AreaGeometry } from '../../../domain/schemas.ts';
import type { BBox } from '../../seed/dataset.ts';
import { type BBoxColumns, bboxColumns, enumColumn, geometryColumn } from './columns.ts';
import {
  type ContractColumns,
  contractFromColumns,
  type ParcelColumns,
  PROJECT_IDS_SQL,
  projectIdsColumn,
} from './parcel-record.ts';

/** A parcel as the dashboard reads it: the idle-clock fields plus its bbox (lon/lat degrees). */
export type DashboardParcel = IdleLandParcel & { bbox: BBox };

type Row = BBoxColumns &
  ContractColumns &
  Pick<
    ParcelColumns,
    'id' | 'code' | 'platform_id' | 'town' | 'state' | 'area_m2' | 'area_mu' | 'land_price_wan'
  > & {
    project_ids: string | null;
  };

/** Every parcel without geometry, ordered by code. */
export function dashboardParcels(db: Database): DashboardParcel[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.code, p.platform_id, p.town, p.state, p.area_m2, p.area_mu, p.contract_signed,
         p.contract_agreed_delivery, p.contract_agreed_start, p.contract_agreed_completion, p.land_price_wan,
         p.min_lon, p.min_lat, p.max_lon, p.max_lat,
         ${PROJECT_IDS_SQL} AS project_ids
       FROM parcels p ORDER BY p.code`,
    )
    .all() as Row[];
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    platformId: r.platform_id,
    town: r.town,
    state: enumColumn(LAND_STATES, 'parcels.state', r.state),
    areaM2: r.area_m2,
    areaMu: r.area_mu,
    contract: contractFromColumns(r),
    landPriceWan: r.land_price_wan,
    projectIds: projectIdsColumn(r.project_ids),
    bbox: bboxColumns(r),
  }));
}

/** Bounding boxes of the redevelopment sites by id. */
export function redevelopmentBoxes(db: Database): Map<string, BBox> {
  const rows = db
    .prepare('SELECT id, min_lon, min_lat, max_lon, max_lat FROM redevelopment_sites')
    .all() as (BBoxColumns & { id: string })[];
  return new Map(rows.map((r) => [r.id, bboxColumns(r)]));
}

/** Platform ids in seeded order (the order of every platform list in the app). */
export function platformIds(db: Database): string[] {
  return db.prepare('SELECT id FROM platforms ORDER BY rowid').pluck().all() as string[];
}

/** Geometries (lon/lat) of the parcels with the given ids, for the idle-land map layer. */
export function parcelGeometries(db: Database, ids: readonly string[]): Map<string, AreaGeometry> {
  if (!ids.length) return new Map();
  const marks = ids.map(() => '?').join(', ');
  const rows = db.prepare(`SELECT id, geometry FROM parcels WHERE id IN (${marks})`).all(...ids) as {
    id: string;
    geometry: string;
  }[];
  return new Map(rows.map((r) => [r.id, geometryColumn(r.geometry)]));
}
