/**
 * Parcel queries: the filtered list for the map (R*Tree for bbox) and the whole record of one parcel.
 */
import { bboxPolygon, booleanIntersects } from '@turf/turf';
import type { Database } from 'better-sqlite3';
import {
  INDUSTRIES,
  type Industry,
  LAND_STATES,
  LAND_USES,
  type LandState,
  type LandUse,
} from '../../../domain/enums.ts';
import { landUseFamily } from '../../../domain/land-use.ts';
import type { AreaGeometry, LandEvent, Parcel } from '../../../domain/schemas.ts';
import type { QueryArea } from '../../../domain/spatial-query/query-area.ts';
import type { BBox } from '../../seed/dataset.ts';
import { type BBoxColumns, bboxColumns, enumColumn, geometryColumn } from './columns.ts';
import { type ParcelColumns, parcelFromColumns } from './parcel-record.ts';

/** Filters of the parcel list; every given filter must match (AND); lists match any of their values (OR). */
export type ParcelFilter = {
  bbox?: BBox;
  platformIds?: string[];
  states?: LandState[];
  /** Land uses; a level-2 code (1001) also matches its classes (100101–100103). */
  landUses?: LandUse[];
  minAreaMu?: number;
  maxAreaMu?: number;
  industries?: Industry[];
  /** Substring of the parcel code or of an enterprise holding a project on it (case-insensitive for Latin). */
  q?: string;
  /**
   * ISO date: the parcels that existed then (created on or before, retired after; retired ones included) instead of
   * the current ones. The state filter is then applied by the caller to the state on that date.
   */
  existedOn?: string;
  /** A drawn query area (domain/spatial-query/query-area.ts); honoured by read-models/parcel-table.ts. */
  area?: QueryArea;
  limit: number;
};

/** The light properties of a parcel on the map. */
export type ParcelListProps = {
  id: string;
  code: string;
  platformId: string;
  state: LandState;
  landUse: LandUse;
  areaM2: number;
  areaMu: number;
  /** Industry of the parcel's first holding project (by project id); null when no project holds it. */
  industry: Industry | null;
};

/** A parcel feature of the list. */
export type ParcelFeature = {
  type: 'Feature';
  id: string;
  geometry: AreaGeometry;
  properties: ParcelListProps;
};

type ListRow = BBoxColumns & {
  id: string;
  code: string;
  platform_id: string;
  state: string;
  land_use: string;
  area_m2: number;
  area_mu: number;
  industry: string | null;
  geometry: string;
};

/**
 * SQL expression: the industry of the parcel `p`'s first holding project by id (the sample has one industry
 * per parcel; ordering by id makes the choice stable when several projects share a parcel).
 */
const INDUSTRY_COLUMN = `(SELECT pr.industry FROM parcel_projects pp JOIN projects pr ON pr.id = pp.project_id
  WHERE pp.parcel_id = p.id ORDER BY pr.id LIMIT 1) AS industry`;

const industryColumn = (v: string | null): Industry | null =>
  v == null ? null : enumColumn(INDUSTRIES, 'projects.industry', v);

/**
 * The stored codes a land-use filter selects: a level-2 code stands for its whole family (1001 → 1001, 100101,
 * 100102, 100103), as a planner asking for 工业用地 means every industrial class; a level-3 code matches itself.
 */
export function landUsesMatching(filter: readonly LandUse[]): LandUse[] {
  return LAND_USES.filter((lu) =>
    filter.some((want) => lu === want || (landUseFamily(want) === want && landUseFamily(lu) === want)),
  );
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** SQL conditions and parameters for the non-spatial filters (and the exact bbox); `p` is the parcels table. */
export function whereClause(f: ParcelFilter): { sql: string; params: (string | number)[] } {
  // Only current parcels: one retired by a split or merge is history (GET /api/parcels/:id still shows it).
  const conds: string[] = [];
  const params: (string | number)[] = [];
  if (f.existedOn) {
    conds.push('(p.retired_on IS NULL OR p.retired_on > ?) AND (p.created_on IS NULL OR p.created_on <= ?)');
    params.push(f.existedOn, f.existedOn);
  } else conds.push('p.retired_on IS NULL');
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    conds.push(`${column} IN (${marks(values.length)})`);
    params.push(...values);
  };
  inList('p.platform_id', f.platformIds);
  inList('p.state', f.states);
  inList('p.land_use', f.landUses && landUsesMatching(f.landUses));
  if (f.minAreaMu != null) {
    conds.push('p.area_mu >= ?');
    params.push(f.minAreaMu);
  }
  if (f.maxAreaMu != null) {
    conds.push('p.area_mu <= ?');
    params.push(f.maxAreaMu);
  }
  if (f.industries?.length) {
    conds.push(
      `EXISTS (SELECT 1 FROM parcel_projects pp JOIN projects pr ON pr.id = pp.project_id
               WHERE pp.parcel_id = p.id AND pr.industry IN (${marks(f.industries.length)}))`,
    );
    params.push(...f.industries);
  }
  if (f.q) {
    conds.push(
      `(instr(lower(p.code), lower(?)) > 0 OR EXISTS (SELECT 1 FROM parcel_projects pp JOIN projects pr
        ON pr.id = pp.project_id WHERE pp.parcel_id = p.id AND instr(lower(pr.enterprise), lower(?)) > 0))`,
    );
    params.push(f.q, f.q);
  }
  if (f.bbox) {
    // Exact bbox overlap on the double columns: the R*Tree stores float32 boxes rounded outwards.
    const [minLon, minLat, maxLon, maxLat] = f.bbox;
    conds.push('p.max_lon >= ? AND p.min_lon <= ? AND p.max_lat >= ? AND p.min_lat <= ?');
    params.push(minLon, maxLon, minLat, maxLat);
  }
  return { sql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

/** True when the parcel's bbox lies inside `box`, so it certainly intersects it. */
const inside = (b: BBox, box: BBox) => b[0] >= box[0] && b[1] >= box[1] && b[2] <= box[2] && b[3] <= box[3];

/** The light properties of a parcel-list row (the one row → properties mapping of lists and lookups). */
function listProps(r: Omit<ListRow, 'geometry' | keyof BBoxColumns>): ParcelListProps {
  return {
    id: r.id,
    code: r.code,
    platformId: r.platform_id,
    state: enumColumn(LAND_STATES, 'parcels.state', r.state),
    landUse: enumColumn(LAND_USES, 'parcels.land_use', r.land_use),
    areaM2: r.area_m2,
    areaMu: r.area_mu,
    industry: industryColumn(r.industry),
  };
}

/**
 * Rows of the parcels matching `f`, ordered by code, at most `f.limit`, with the total number of matches and
 * the geometry as stored (GeoJSON text). With a bbox, candidates come from the R*Tree and those not wholly
 * inside the box are tested against the real geometry, so a parcel whose bbox merely grazes the box is not
 * returned; only those edge rows have their geometry parsed.
 */
function parcelListRows(db: Database, f: ParcelFilter): { rows: ListRow[]; total: number } {
  const { sql, params } = whereClause(f);
  const columns = `p.id, p.code, p.platform_id, p.state, p.land_use, p.area_m2, p.area_mu, p.geometry,
    p.min_lon, p.min_lat, p.max_lon, p.max_lat, ${INDUSTRY_COLUMN}`;
  if (f.bbox && !f.existedOn) {
    const [minLon, minLat, maxLon, maxLat] = f.bbox;
    // CROSS JOIN pins the R*Tree as the outer loop: otherwise a filter such as state=… can make SQLite walk
    // the state index and probe the R*Tree once per parcel, which is a scan in disguise.
    const candidates = db
      .prepare(
        `SELECT ${columns} FROM parcel_rtree r CROSS JOIN parcels p ON p.rid = r.rid
         ${sql} AND r.max_lon >= ? AND r.min_lon <= ? AND r.max_lat >= ? AND r.min_lat <= ?
         ORDER BY p.code`,
      )
      .all(...params, minLon, maxLon, minLat, maxLat) as ListRow[];
    let box: ReturnType<typeof bboxPolygon> | undefined;
    const matches = candidates.filter((row) => {
      if (inside(bboxColumns(row), f.bbox!)) return true;
      box ??= bboxPolygon(f.bbox!);
      return booleanIntersects(box, geometryColumn(row.geometry));
    });
    return { rows: matches.slice(0, f.limit), total: matches.length };
  }
  const total = Number(
    db
      .prepare(`SELECT count(*) FROM parcels p ${sql}`)
      .pluck()
      .get(...params),
  );
  const rows = db
    .prepare(`SELECT ${columns} FROM parcels p ${sql} ORDER BY p.code LIMIT ?`)
    .all(...params, f.limit) as ListRow[];
  return { rows, total };
}

/** Parcels matching `f`, ordered by code, at most `f.limit`, with the total number of matches. */
export function queryParcels(db: Database, f: ParcelFilter): { features: ParcelFeature[]; total: number } {
  const { rows, total } = parcelListRows(db, f);
  const features = rows.map(
    (r): ParcelFeature => ({
      type: 'Feature',
      id: r.id,
      geometry: geometryColumn(r.geometry),
      properties: listProps(r),
    }),
  );
  return { features, total };
}

/** The GET /api/parcels answer: a FeatureCollection with the total, the limit and whether the list was cut. */
export type ParcelCollection = {
  type: 'FeatureCollection';
  features: ParcelFeature[];
  total: number;
  limit: number;
  truncated: boolean;
};

/**
 * `queryParcels` as the JSON text of a `ParcelCollection`, with each geometry copied as stored (GeoJSON text
 * validated when it was written) instead of parsed and serialised again — on a large view that was about half
 * of the answer's time.
 */
export function parcelCollectionJson(db: Database, f: ParcelFilter): string {
  const { rows, total } = parcelListRows(db, f);
  const features = rows.map(
    (r) =>
      `{"type":"Feature","id":${JSON.stringify(r.id)},"geometry":${r.geometry},"properties":${JSON.stringify(listProps(r))}}`,
  );
  const tail = `"total":${total},"limit":${f.limit},"truncated":${total > rows.length}`;
  return `{"type":"FeatureCollection","features":[${features.join(',')}],${tail}}`;
}

type ParcelRow = ParcelColumns & BBoxColumns;

/** A full parcel record with its geometry and bbox. */
export type ParcelRecordRow = Parcel & { geometry: AreaGeometry; bbox: BBox };

/** One parcel by id (attributes, project ids, geometry), or null. */
export function getParcel(db: Database, id: string): ParcelRecordRow | null {
  const r = db.prepare('SELECT * FROM parcels WHERE id = ?').get(id) as ParcelRow | undefined;
  if (!r) return null;
  const projectIds = db
    .prepare('SELECT project_id FROM parcel_projects WHERE parcel_id = ? ORDER BY project_id')
    .pluck()
    .all(id) as string[];
  return { ...parcelFromColumns(r, projectIds), bbox: bboxColumns(r) };
}

type EventRow = {
  parcel_id: string;
  from_state: string | null;
  to_state: string;
  date: string;
  note: string;
  who: string;
};

/**
 * The land-state history of a parcel, oldest first, without events voided by a 更正 (the history panel shows
 * those from the audit rows). For a change recorded through the app, `who` is the account
 * named by its audit row; the seeded history keeps the name the source data gives.
 */
export function parcelEvents(db: Database, parcelId: string): LandEvent[] {
  const rows = db
    .prepare(
      `SELECT e.parcel_id, e.from_state, e.to_state, e.date, e.note, COALESCE(a.user_name, e.who) AS who
       FROM land_events e LEFT JOIN audit_log a ON a.id = e.audit_id
       WHERE e.parcel_id = ? AND e.corrected_by IS NULL ORDER BY e.date, e.id`,
    )
    .all(parcelId) as EventRow[];
  return rows.map((e) => ({
    parcelId: e.parcel_id,
    from: e.from_state == null ? null : enumColumn(LAND_STATES, 'land_events.from_state', e.from_state),
    to: enumColumn(LAND_STATES, 'land_events.to_state', e.to_state),
    date: e.date,
    note: e.note,
    who: e.who,
  }));
}

/** Light records (no geometry) of the parcels with the given ids, ordered by code. */
export function lightParcels(db: Database, ids: readonly string[]): ParcelListProps[] {
  if (!ids.length) return [];
  const rows = db
    .prepare(
      `SELECT id, code, platform_id, state, land_use, area_m2, area_mu, ${INDUSTRY_COLUMN} FROM parcels p
       WHERE id IN (${marks(ids.length)}) AND retired_on IS NULL ORDER BY code`,
    )
    .all(...ids) as Omit<ListRow, 'geometry' | keyof BBoxColumns>[];
  return rows.map(listProps);
}

/**
 * Every land event's parcel, state and date, in recorded order (id), by parcel — for states on past dates. An
 * event voided by a 更正 is left out: it never happened (domain/history/transition-correction.ts).
 */
export function landEventsByParcel(db: Database): Map<string, { to: LandState; date: string }[]> {
  const rows = db
    .prepare('SELECT parcel_id, to_state, date FROM land_events WHERE corrected_by IS NULL ORDER BY id')
    .all() as {
    parcel_id: string;
    to_state: string;
    date: string;
  }[];
  const out = new Map<string, { to: LandState; date: string }[]>();
  for (const r of rows) {
    const list = out.get(r.parcel_id) ?? [];
    list.push({ to: enumColumn(LAND_STATES, 'land_events.to_state', r.to_state), date: r.date });
    out.set(r.parcel_id, list);
  }
  return out;
}

/** Creation and retirement days of every parcel the app created or retired (others are absent). */
export function parcelLifeDays(
  db: Database,
): Map<string, { createdOn: string | null; retiredOn: string | null }> {
  const rows = db
    .prepare(
      'SELECT id, created_on, retired_on FROM parcels WHERE created_on IS NOT NULL OR retired_on IS NOT NULL',
    )
    .all() as { id: string; created_on: string | null; retired_on: string | null }[];
  return new Map(rows.map((r) => [r.id, { createdOn: r.created_on, retiredOn: r.retired_on }]));
}
