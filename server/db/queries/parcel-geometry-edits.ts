/**
 * Writes of split (分宗) and merge (合宗): new parcels created from a carry-over plan (domain/parcel-edit/), old
 * ones retired (never deleted), lineage, project and 三旧 links — and the reads the edits are checked against
 * (neighbours from the R*Tree, the platform boundary, every code ever used). Call inside a transaction.
 */
import type { Database } from 'better-sqlite3';
import type { NewParcelPlan } from '../../../domain/parcel-edit/carry-over-plan.ts';
import type { NeighbourParcel } from '../../../domain/parcel-edit/topology-check.ts';
import type { AreaGeometry } from '../../../domain/schemas.ts';
import type { BBox } from '../../seed/dataset.ts';
import { geometryColumn } from './columns.ts';
import { parcelAttributeValues } from './parcel-writes.ts';

/** Current parcels whose box meets `bbox`, with their geometry (the topology check's neighbours). */
export function parcelNeighbours(db: Database, bbox: BBox): NeighbourParcel[] {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const rows = db
    .prepare(
      `SELECT p.id, p.code, p.geometry FROM parcel_rtree r CROSS JOIN parcels p ON p.rid = r.rid
       WHERE r.max_lon >= ? AND r.min_lon <= ? AND r.max_lat >= ? AND r.min_lat <= ? AND p.retired_on IS NULL`,
    )
    .all(minLon, maxLon, minLat, maxLat) as { id: string; code: string; geometry: string }[];
  return rows.map((r) => ({ id: r.id, code: r.code, geometry: geometryColumn(r.geometry) }));
}

/** A platform's boundary for the containment test, or null. */
export function platformBoundary(
  db: Database,
  id: string,
): { id: string; nameZh: string; geometry: AreaGeometry } | null {
  const r = db.prepare('SELECT id, name_zh, geometry FROM platforms WHERE id = ?').get(id) as
    | { id: string; name_zh: string; geometry: string }
    | undefined;
  return r ? { id: r.id, nameZh: r.name_zh, geometry: geometryColumn(r.geometry) } : null;
}

/** Every parcel code ever used, current or retired (a code is never given twice). */
export const allParcelCodes = (db: Database): string[] =>
  db.prepare('SELECT code FROM parcels').pluck().all() as string[];

/** 三旧 sites linked to any of `parcelIds`, with their geometry. */
export function sitesOfParcels(
  db: Database,
  parcelIds: readonly string[],
): { id: string; parcelId: string; geometry: AreaGeometry }[] {
  if (!parcelIds.length) return [];
  const rows = db
    .prepare(
      `SELECT id, parcel_id, geometry FROM redevelopment_sites
       WHERE parcel_id IN (${parcelIds.map(() => '?').join(', ')}) ORDER BY code`,
    )
    .all(...parcelIds) as { id: string; parcel_id: string; geometry: string }[];
  return rows.map((r) => ({ id: r.id, parcelId: r.parcel_id, geometry: geometryColumn(r.geometry) }));
}

/** A free parcel id for a new parcel of `code`: the code itself, or the code with a `~n` suffix. */
export function freeParcelId(db: Database, code: string): string {
  const taken = db.prepare('SELECT 1 FROM parcels WHERE id = ?').pluck();
  for (let n = 1; ; n++) {
    const id = n === 1 ? code : `${code}~${n}`;
    if (!taken.get(id)) return id;
  }
}

/** What a new parcel is written with besides its plan. */
export type NewParcelRow = {
  id: string;
  plan: NewParcelPlan;
  geometry: AreaGeometry;
  bbox: BBox;
  /** The parent whose grant columns (grant, conditions, readiness, development) the new parcel starts with. */
  grantFrom: string;
  kind: 'split' | 'merge';
  who: string;
  auditId: number;
};

/** Inserts a new parcel (version 1, in the R*Tree), its opening event, lineage and project links. */
export function insertDerivedParcel(db: Database, n: NewParcelRow): void {
  const p = n.plan;
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO parcels (id, code, platform_id, town, land_use, area_m2, area_mu, plot_ratio_max, state,
         state_since, expected_ready_date, contract_signed, contract_agreed_delivery, contract_agreed_start,
         contract_agreed_completion, land_price_wan, version, geometry, min_lon, min_lat, max_lon, max_lat,
         grant_no, grant_mode, grant_legal_basis, grant_term_years, grant_lease_first, conditions,
         delivery_actual, started_date, started_evidence, development, readiness, created_on)
       SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?,
         grant_no, grant_mode, grant_legal_basis, grant_term_years, grant_lease_first, conditions,
         delivery_actual, started_date, started_evidence, development, readiness, ?
       FROM parcels WHERE id = ?`,
    )
    .run(
      ...parcelAttributeValues(n.id, p),
      JSON.stringify(n.geometry),
      ...n.bbox,
      p.openingEvent.date,
      n.grantFrom,
    );
  const [minLon, minLat, maxLon, maxLat] = n.bbox;
  db.prepare('INSERT INTO parcel_rtree (rid, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)').run(
    lastInsertRowid,
    minLon,
    maxLon,
    minLat,
    maxLat,
  );
  const e = p.openingEvent;
  db.prepare(
    `INSERT INTO land_events (parcel_id, from_state, to_state, date, note, who, audit_id) VALUES (?, NULL, ?, ?, ?, ?, ?)`,
  ).run(n.id, e.to, e.date, e.note, n.who, n.auditId);
  const lineage = db.prepare(
    'INSERT INTO parcel_lineage (parent_id, child_id, kind, date) VALUES (?, ?, ?, ?)',
  );
  for (const parent of p.derivedFrom) lineage.run(parent, n.id, n.kind, e.date);
  const link = db.prepare('INSERT OR IGNORE INTO parcel_projects (parcel_id, project_id) VALUES (?, ?)');
  for (const project of p.projectIds) link.run(n.id, project);
}

/** Retires a parcel on `date` for `reason` with version + 1; throws when it is no longer at `version`. */
export function retireParcel(
  db: Database,
  id: string,
  version: number,
  date: string,
  reason: 'split' | 'merge',
): void {
  const { changes } = db
    .prepare(
      `UPDATE parcels SET retired_on = ?, retired_reason = ?, version = version + 1
       WHERE id = ? AND version = ? AND retired_on IS NULL`,
    )
    .run(date, reason, id, version);
  if (changes !== 1) throw new Error(`parcel ${id} is no longer current at version ${version}`);
}

/** Moves a 三旧 site's parcel link. */
export function moveSiteLink(db: Database, siteId: string, parcelId: string): void {
  db.prepare('UPDATE redevelopment_sites SET parcel_id = ?, version = version + 1 WHERE id = ?').run(
    parcelId,
    siteId,
  );
}

/** A reshaped parcel's new outline and areas (vertex moves). */
export type ReshapedParcel = { geometry: AreaGeometry; bbox: BBox; areaM2: number; areaMu: number };

/**
 * Writes a parcel's new outline, areas and box (R*Tree too) with version + 1; throws when it is no longer current
 * at `version`. The per-state totals follow by the `parcels_totals_update` trigger (area_m2, area_mu).
 */
export function reshapeParcel(db: Database, id: string, version: number, r: ReshapedParcel): number {
  const row = db
    .prepare(
      `UPDATE parcels SET geometry = ?, area_m2 = ?, area_mu = ?, min_lon = ?, min_lat = ?, max_lon = ?,
         max_lat = ?, version = version + 1
       WHERE id = ? AND version = ? AND retired_on IS NULL RETURNING rid, version`,
    )
    .get(JSON.stringify(r.geometry), r.areaM2, r.areaMu, ...r.bbox, id, version) as
    | { rid: number; version: number }
    | undefined;
  if (!row) throw new Error(`parcel ${id} is no longer current at version ${version}`);
  const [minLon, minLat, maxLon, maxLat] = r.bbox;
  db.prepare('UPDATE parcel_rtree SET min_lon = ?, max_lon = ?, min_lat = ?, max_lat = ? WHERE rid = ?').run(
    minLon,
    maxLon,
    minLat,
    maxLat,
    row.rid,
  );
  return row.version;
}
