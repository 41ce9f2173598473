/**
 * Reads for the overview and the idle-land clock: parcel count and area per platform × state (kept by triggers
 * in parcel_state_totals), the parcels that may be on the idle-land watch list (pre-selected by state, agreed
 * start, agreed delivery and records — domain `watchlistCandidates`; the domain decides), the approved but
 * unsupplied parcels (批而未供) and the bounding boxes the lists zoom to. Every parcel comes with its current
 * grant's records (the contract clock reads them).
 */
import type { Database } from 'better-sqlite3';
import type { LandStateTotal } from '../../../domain/dashboard/charts.ts';
import type { IdleLandParcel } from '../../../domain/dashboard/idle-land.ts';
import { LAND_STATES, LAND_USES } from '../../../domain/enums.ts';
import type { AreaGeometry } from '../../../domain/schemas.ts';
import type { BBox } from '../../seed/dataset.ts';
import { type BBoxColumns, bboxColumns, enumColumn, geometryColumn } from './columns.ts';
import {
  allContractHistory,
  GRANT_COLUMNS_SQL,
  type GrantColumns,
  grantRecordsFromColumns,
} from './grant-records.ts';
import {
  type ContractColumns,
  contractFromColumns,
  type ParcelColumns,
  PROJECT_IDS_SQL,
  projectIdsColumn,
} from './parcel-record.ts';

/** A parcel as the dashboard reads it: the contract-clock fields and grant records plus its bbox (lon/lat degrees). */
export type DashboardParcel = IdleLandParcel & { bbox: BBox };

type Row = BBoxColumns &
  ContractColumns &
  GrantColumns &
  Pick<
    ParcelColumns,
    | 'id'
    | 'code'
    | 'platform_id'
    | 'town'
    | 'state'
    | 'land_use'
    | 'area_m2'
    | 'area_mu'
    | 'land_price_wan'
    | 'expected_ready_date'
  > & {
    project_ids: string | null;
  };

const COLUMNS = `p.id, p.code, p.platform_id, p.town, p.state, p.land_use, p.area_m2, p.area_mu, p.contract_signed,
  p.contract_agreed_delivery, p.contract_agreed_start, p.contract_agreed_completion, p.land_price_wan,
  p.expected_ready_date, p.min_lon, p.min_lat, p.max_lon, p.max_lat, ${GRANT_COLUMNS_SQL},
  ${PROJECT_IDS_SQL} AS project_ids`;

/** Dashboard parcels of the rows, with their current grant's amendments and procedure steps. */
function dashboardParcelsOf(db: Database, rows: Row[]): DashboardParcel[] {
  const history = rows.length ? allContractHistory(db) : { amendments: new Map(), steps: new Map() };
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    platformId: r.platform_id,
    town: r.town,
    state: enumColumn(LAND_STATES, 'parcels.state', r.state),
    landUse: enumColumn(LAND_USES, 'parcels.land_use', r.land_use),
    expectedReadyDate: r.expected_ready_date,
    areaM2: r.area_m2,
    areaMu: r.area_mu,
    contract: contractFromColumns(r),
    landPriceWan: r.land_price_wan,
    projectIds: projectIdsColumn(r.project_ids),
    records: grantRecordsFromColumns(r, history.amendments.get(r.id) ?? [], history.steps.get(r.id) ?? []),
    bbox: bboxColumns(r),
  }));
}

/** Count and area of the parcels per platform × land state (pairs without parcels are absent). */
export function landStateTotalsOf(db: Database): LandStateTotal[] {
  const rows = db
    .prepare('SELECT platform_id, state, count, area_m2, area_mu FROM parcel_state_totals')
    .all() as { platform_id: string; state: string; count: number; area_m2: number; area_mu: number }[];
  return rows.map((r) => ({
    platformId: r.platform_id,
    state: enumColumn(LAND_STATES, 'parcel_state_totals.state', r.state),
    count: r.count,
    areaM2: r.area_m2,
    areaMu: r.area_mu,
  }));
}

/** What selects the parcels that may be on the watch list (domain `watchlistCandidates`), and a platform. */
export type IdleCandidateFilter = {
  states: readonly string[];
  agreedStartUpTo: string;
  agreedDeliveryBefore: string;
  platformId: string | null;
};

/**
 * Parcels with clock records (`clock_records = 1`, migration 008: a 交地确认书, 动工, progress, 补充协议 or procedure
 * step — the contract-only ones are counted in SQL, queries/idle-clock.ts) in one of `f.states` whose agreed start
 * is on or before `f.agreedStartUpTo`, or whose agreed delivery is before `f.agreedDeliveryBefore`, or with
 * recorded development progress or a 补充协议 — optionally of one platform, without geometry, ordered by code.
 */
export function idleLandCandidates(db: Database, f: IdleCandidateFilter): DashboardParcel[] {
  const platform = f.platformId == null ? '' : 'AND p.platform_id = ?';
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM parcels p
       WHERE p.retired_on IS NULL AND p.clock_records = 1
         AND p.state IN (${f.states.map(() => '?').join(', ')}) ${platform}
         AND (p.contract_agreed_start <= ? OR p.contract_agreed_delivery < ? OR p.development IS NOT NULL
              OR EXISTS (SELECT 1 FROM contract_amendments a WHERE a.parcel_id = p.id AND a.grant_no = p.grant_no))
       ORDER BY p.code`,
    )
    .all(
      ...f.states,
      ...(f.platformId == null ? [] : [f.platformId]),
      f.agreedStartUpTo,
      f.agreedDeliveryBefore,
    ) as Row[];
  return dashboardParcelsOf(db, rows);
}

/** Dashboard parcels with the given ids (any order in, code order out). */
export function dashboardParcelsWithIds(db: Database, ids: readonly string[]): DashboardParcel[] {
  if (!ids.length) return [];
  // json_each takes the ids as one parameter, however many there are.
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM parcels p WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY p.code`,
    )
    .all(JSON.stringify(ids)) as Row[];
  return dashboardParcelsOf(db, rows);
}

/** Unsupplied parcels (规划 … 挂牌) with a 农转用 / 征收 approval recorded (批而未供 candidates), optionally of one platform. */
export function approvedUnsuppliedCandidates(db: Database, platformId: string | null): DashboardParcel[] {
  const platform = platformId == null ? '' : 'AND p.platform_id = ?';
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM parcels p
       WHERE p.retired_on IS NULL AND p.readiness IS NOT NULL
         AND p.state IN ('planned', 'reserve', 'ready', 'listed') ${platform}
         AND json_extract(p.readiness, '$.conversionApproved') IS NOT NULL
       ORDER BY p.code`,
    )
    .all(...(platformId == null ? [] : [platformId])) as Row[];
  return dashboardParcelsOf(db, rows);
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

/**
 * Geometries of the parcels with the given ids as stored (GeoJSON text, lon/lat, validated when written), for the
 * idle-land map layer: copied into the answer as they are rather than parsed and serialised again.
 */
export function parcelGeometryTexts(db: Database, ids: readonly string[]): Map<string, string> {
  if (!ids.length) return new Map();
  const rows = db
    .prepare('SELECT id, geometry FROM parcels WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: string; geometry: string }[];
  return new Map(rows.map((r) => [r.id, r.geometry]));
}

/** Geometries (lon/lat) of the parcels with the given ids, parsed. */
export function parcelGeometries(db: Database, ids: readonly string[]): Map<string, AreaGeometry> {
  return new Map([...parcelGeometryTexts(db, ids)].map(([id, text]) => [id, geometryColumn(text)]));
}
