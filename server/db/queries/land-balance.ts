/**
 * Reads for the land balance and matching: the parcels that can ever be supply (净地可供 ready, 挂牌 listed,
 * 储备 reserve — the domain ignores every other state) with their geometry for adjacency, the platforms
 * without boundaries, and the codes of parcels so responses can name them.
 */
import type { Database } from 'better-sqlite3';
import type { ParcelSupplyFilter, ParcelWithGeometry } from '../../../domain/land-balance/index.ts';
import type { AreaGeometry, Parcel, Platform } from '../../../domain/schemas.ts';
import { geometryColumn } from './columns.ts';
import {
  type ParcelColumns,
  PROJECT_IDS_SQL,
  parcelAttributesFromColumns,
  parcelFromColumns,
  projectIdsColumn,
} from './parcel-record.ts';
import { type PlatformColumns, platformFromColumns } from './platform-record.ts';

/** States whose parcels may count as supply now (ready, listed) or later (reserve). */
export const SUPPLY_STATES = ['ready', 'listed', 'reserve'] as const;

type Row = ParcelColumns & { project_ids: string | null };

const supplySql = (geometry: string) =>
  `SELECT p.id, p.code, p.platform_id, p.town, p.land_use, p.area_m2, p.area_mu, p.plot_ratio_max, p.state,
     p.state_since, p.expected_ready_date, p.contract_signed, p.contract_agreed_delivery,
     p.contract_agreed_start, p.contract_agreed_completion, p.land_price_wan, p.version, ${geometry} AS geometry,
     ${PROJECT_IDS_SQL} AS project_ids
   FROM parcels p WHERE p.retired_on IS NULL AND p.state IN (${SUPPLY_STATES.map(() => '?').join(', ')}) ORDER BY p.id`;

/** Every parcel in a supply state, with its holders and geometry (lon/lat), ordered by id (for matching). */
export function supplyParcels(db: Database): ParcelWithGeometry[] {
  const rows = db.prepare(supplySql('p.geometry')).all(...SUPPLY_STATES) as Row[];
  return rows.map((r) => parcelFromColumns(r, projectIdsColumn(r.project_ids)));
}

const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The parcels `f` lets become supply (domain/land-balance/supply.ts, ParcelSupplyFilter), with their holders
 * and geometry, ordered by id: what matching builds its sites from. The WHERE is the filter's rules on the
 * indexed supply columns (migration 010), so held, non-industrial, undated or too-late parcels are never read
 * — at a million parcels most supply-state rows are, and reading a row means reading its geometry.
 */
export function matchSupplyParcels(db: Database, f: ParcelSupplyFilter): ParcelWithGeometry[] {
  const sql = supplySql('p.geometry').replace(
    ' ORDER BY p.id',
    ` AND p.land_use IN (${list(f.landUses.length)}) AND (
       (p.state IN (${list(f.availableStates.length)})
         AND NOT EXISTS (SELECT 1 FROM parcel_projects pp WHERE pp.parcel_id = p.id)
         AND (@horizon IS NULL OR @asOf <= @horizon))
       OR (@reserve AND p.state = 'reserve' AND p.expected_ready_date IS NOT NULL AND p.expected_ready_date <> ''
         AND (@horizon IS NULL OR max(p.expected_ready_date, @asOf) <= @horizon)))
     ORDER BY p.id`,
  );
  const rows = db.prepare(sql).all(...SUPPLY_STATES, ...f.landUses, ...f.availableStates, {
    horizon: f.horizon,
    asOf: f.asOf,
    reserve: f.reserve ? 1 : 0,
  }) as Row[];
  return rows.map((r) => parcelFromColumns(r, projectIdsColumn(r.project_ids)));
}

/**
 * Every parcel in a supply state with its holders but without geometry, ordered by id: the supply tables
 * need areas, uses, states and dates only, and parsing the shapes was most of the cost on large cadastres.
 */
export function supplyParcelAttributes(db: Database): Parcel[] {
  const rows = db.prepare(supplySql('NULL')).all(...SUPPLY_STATES) as Omit<Row, 'geometry'>[];
  return rows.map((r) => parcelAttributesFromColumns(r, projectIdsColumn(r.project_ids)));
}

/**
 * Codes by id of the parcels in a supply state (not retired) that `refs` name, each ref an id or a code (ASCII
 * letters in any case, the `parcels_code_nocase` index): what the overrides show and resolve, without reading
 * every supply parcel.
 */
export function supplyParcelCodes(db: Database, refs: readonly string[]): Map<string, string> {
  if (!refs.length) return new Map();
  // Two index searches joined by UNION (an OR of the two would scan every supply parcel by state); `+state`
  // keeps the state index out of them.
  const supply = `retired_on IS NULL AND +state IN (${SUPPLY_STATES.map((s) => `'${s}'`).join(', ')})`;
  const rows = db
    .prepare(
      `SELECT id, code FROM parcels WHERE id IN (SELECT value FROM json_each(@refs)) AND ${supply}
       UNION
       SELECT id, code FROM parcels WHERE code COLLATE NOCASE IN (SELECT value FROM json_each(@refs)) AND ${supply}
       ORDER BY id`,
    )
    .all({ refs: JSON.stringify(refs) }) as { id: string; code: string }[];
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** All platforms without their boundaries, in seeded order. */
export function platformRecords(db: Database): Platform[] {
  const rows = db
    .prepare(
      'SELECT id, name_zh, name_en, kind, focus_industries, towns, area_m2 FROM platforms ORDER BY rowid',
    )
    .all() as PlatformColumns[];
  return rows.map(platformFromColumns);
}

/** Geometries (lon/lat) of the 三旧 sites with the given ids. */
export function redevelopmentGeometries(db: Database, ids: readonly string[]): Map<string, AreaGeometry> {
  if (!ids.length) return new Map();
  const rows = db
    .prepare(`SELECT id, geometry FROM redevelopment_sites WHERE id IN (${ids.map(() => '?').join(', ')})`)
    .all(...ids) as { id: string; geometry: string }[];
  return new Map(rows.map((r) => [r.id, geometryColumn(r.geometry)]));
}
