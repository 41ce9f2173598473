/** 三旧改造 (redevelopment) site queries. */
import type { Database } from 'better-sqlite3';
import {
  REDEVELOPMENT_IMPLEMENTERS,
  REDEVELOPMENT_MODES,
  REDEVELOPMENT_STAGES,
  REDEVELOPMENT_TYPES,
  type RedevelopmentMode,
  type RedevelopmentStage,
  type RedevelopmentType,
} from '../../../domain/enums.ts';
import type { AreaGeometry, RedevelopmentSite } from '../../../domain/schemas.ts';
import type { BBox } from '../../seed/dataset.ts';
import { type BBoxColumns, bboxColumns, enumColumn, geometryColumn } from './columns.ts';

/** Filters of the redevelopment list; lists match any of their values. */
export type RedevelopmentFilter = {
  platformIds?: string[];
  types?: RedevelopmentType[];
  modes?: RedevelopmentMode[];
  stages?: RedevelopmentStage[];
  targetYears?: number[];
};

/** A site as a GeoJSON feature with all its attributes. */
export type RedevelopmentFeature = {
  type: 'Feature';
  id: string;
  geometry: AreaGeometry;
  properties: RedevelopmentSite & { version: number };
};

type SiteRow = BBoxColumns & {
  id: string;
  code: string;
  name: string;
  type: string;
  mode: string;
  platform_id: string;
  area_m2: number;
  target_year: number;
  stage: string;
  completed_area_m2: number;
  floor_space_m2: number;
  land_output_m2: number;
  expected_completion: string;
  parcel_id: string | null;
  implementer: string | null;
  version: number;
  geometry: string;
};

function toFeature(r: SiteRow): RedevelopmentFeature {
  return {
    type: 'Feature',
    id: r.id,
    geometry: geometryColumn(r.geometry),
    properties: {
      id: r.id,
      code: r.code,
      name: r.name,
      type: enumColumn(REDEVELOPMENT_TYPES, 'redevelopment_sites.type', r.type),
      mode: enumColumn(REDEVELOPMENT_MODES, 'redevelopment_sites.mode', r.mode),
      platformId: r.platform_id,
      areaM2: r.area_m2,
      targetYear: r.target_year,
      stage: enumColumn(REDEVELOPMENT_STAGES, 'redevelopment_sites.stage', r.stage),
      completedAreaM2: r.completed_area_m2,
      floorSpaceM2: r.floor_space_m2,
      landOutputM2: r.land_output_m2,
      expectedCompletion: r.expected_completion,
      parcelId: r.parcel_id,
      implementer:
        r.implementer == null
          ? null
          : enumColumn(REDEVELOPMENT_IMPLEMENTERS, 'redevelopment_sites.implementer', r.implementer),
      version: r.version,
    },
  };
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Sites matching `f`, ordered by code. */
export function listRedevelopment(db: Database, f: RedevelopmentFilter = {}): RedevelopmentFeature[] {
  const conds: string[] = [];
  const params: (string | number)[] = [];
  const inList = (column: string, values: readonly (string | number)[] | undefined) => {
    if (!values?.length) return;
    conds.push(`${column} IN (${marks(values.length)})`);
    params.push(...values);
  };
  inList('platform_id', f.platformIds);
  inList('type', f.types);
  inList('mode', f.modes);
  inList('stage', f.stages);
  inList('target_year', f.targetYears);
  const where = conds.length ? `WHERE ${conds.join(' AND ')}` : '';
  const rows = db
    .prepare(`SELECT * FROM redevelopment_sites ${where} ORDER BY code`)
    .all(...params) as SiteRow[];
  return rows.map(toFeature);
}

/** The site on a parcel, or null. */
export function redevelopmentOfParcel(db: Database, parcelId: string): RedevelopmentSite | null {
  const row = db
    .prepare('SELECT * FROM redevelopment_sites WHERE parcel_id = ? ORDER BY code LIMIT 1')
    .get(parcelId) as SiteRow | undefined;
  return row ? toFeature(row).properties : null;
}

/** One site by id with its bounding box (for tile invalidation), or null. */
export function getRedevelopmentSite(
  db: Database,
  id: string,
): (RedevelopmentFeature & { bbox: BBox }) | null {
  const row = db.prepare('SELECT * FROM redevelopment_sites WHERE id = ?').get(id) as SiteRow | undefined;
  return row ? { ...toFeature(row), bbox: bboxColumns(row) } : null;
}

/** Rewrites a site's editable fields and bumps its version; throws when it is no longer at `version`. */
export function updateRedevelopmentSite(
  db: Database,
  id: string,
  version: number,
  s: RedevelopmentSite,
): void {
  const { changes } = db
    .prepare(
      `UPDATE redevelopment_sites SET name = ?, type = ?, mode = ?, implementer = ?, stage = ?, area_m2 = ?,
         completed_area_m2 = ?, floor_space_m2 = ?, land_output_m2 = ?, target_year = ?, expected_completion = ?,
         version = version + 1
       WHERE id = ? AND version = ?`,
    )
    .run(
      s.name,
      s.type,
      s.mode,
      s.implementer ?? null,
      s.stage,
      s.areaM2,
      s.completedAreaM2,
      s.floorSpaceM2,
      s.landOutputM2,
      s.targetYear,
      s.expectedCompletion,
      id,
      version,
    );
  if (changes !== 1) throw new Error(`redevelopment site ${id} is no longer at version ${version}`);
}
