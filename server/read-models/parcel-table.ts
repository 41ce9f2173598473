/**
 * The parcels a filter plus an optional drawn area select — for the attribute table, the result count and
 * the exports (one function, so they always agree). A drawn area is answered in two steps: the R*Tree gives
 * the parcels whose bbox overlaps the area's bbox (server/db/queries/parcel-table.ts), then turf decides
 * exactly — `intersects` (any shared point, turf booleanIntersects) or `within` (wholly inside, turf
 * booleanWithin; a parcel sharing the area's edge counts as inside).
 */
import { booleanIntersects, booleanWithin, bbox as turfBbox } from '@turf/turf';
import type { Database } from 'better-sqlite3';
import type { ParcelTableColumn, SortDirection } from '../../domain/spatial-query/parcel-table.ts';
import {
  parseQueryArea,
  QUERY_AREA_VERTICES_MAX,
  type QueryArea,
  type QueryRelation,
} from '../../domain/spatial-query/query-area.ts';
import { geometryColumn } from '../db/queries/columns.ts';
import {
  areaCandidates,
  type Selection,
  tableIndexOf,
  tablePage,
  tableTotals,
} from '../db/queries/parcel-table.ts';
import type { ParcelFilter } from '../db/queries/parcels.ts';
import { ApiError, InvalidInputError } from '../errors.ts';
import type { BBox } from '../seed/dataset.ts';

/** Longest `area` text accepted (500 vertices of "lon,lat;" at 6 decimals with room to spare). */
const AREA_TEXT_MAX = QUERY_AREA_VERTICES_MAX * 32;

/** 413 for a query area over the vertex limit, naming the field `area` and the limit. */
class QueryAreaTooLargeError extends ApiError {
  constructor(message: string) {
    super(413, 'query_area_too_large', message, 'area');
    this.name = 'QueryAreaTooLargeError';
  }
}

/** The query area of `area` (URL form) and `relation` (default intersects); undefined when no area is given. */
export function queryAreaOf(
  area: string | undefined,
  relation: QueryRelation | undefined,
): QueryArea | undefined {
  if (area == null) {
    if (relation) throw new InvalidInputError('relation', 'relation: needs an area (area=lon,lat;…)');
    return undefined;
  }
  if (area.length > AREA_TEXT_MAX) {
    throw new QueryAreaTooLargeError(
      `area: ${area.length} characters; the limit is ${AREA_TEXT_MAX} (${QUERY_AREA_VERTICES_MAX} vertices)`,
    );
  }
  const parsed = parseQueryArea(area);
  if (parsed.ok) return { polygon: parsed.polygon, relation: relation ?? 'intersects' };
  if (parsed.reason === 'too_large') throw new QueryAreaTooLargeError(`area: ${parsed.message}`);
  throw new InvalidInputError('area', `area: ${parsed.message}`);
}

/** Ids (ordered by code) of the current parcels matching `filter` that lie in / touch `area`. */
export function idsInArea(db: Database, filter: ParcelFilter, area: QueryArea): string[] {
  const box = turfBbox(area.polygon) as BBox;
  const test =
    area.relation === 'within'
      ? (g: ReturnType<typeof geometryColumn>) => booleanWithin(g, area.polygon)
      : (g: ReturnType<typeof geometryColumn>) => booleanIntersects(g, area.polygon);
  return areaCandidates(db, filter, box)
    .filter((c) => test(geometryColumn(c.geometry)))
    .map((c) => c.id);
}

/** The selection of a filter: its WHERE clause, or the ids its drawn area selects. */
export const selectionOf = (db: Database, filter: ParcelFilter): Selection =>
  filter.area ? { ids: idsInArea(db, filter, filter.area) } : { filter };

/** One page of the attribute table with the selection's totals and extent (and where `locate` sits in it). */
export function parcelTable(
  db: Database,
  filter: ParcelFilter,
  page: { sort: ParcelTableColumn; dir: SortDirection; offset: number; limit: number; locate?: string },
) {
  const sel = selectionOf(db, filter);
  const order = { sort: page.sort, dir: page.dir };
  const rows = tablePage(db, sel, order, page.offset, page.limit);
  const { bbox, ...totals } = tableTotals(db, sel);
  const located = page.locate ? { id: page.locate, index: tableIndexOf(db, sel, order, page.locate) } : null;
  return {
    rows,
    total: totals.count,
    offset: page.offset,
    limit: page.limit,
    truncated: page.offset + rows.length < totals.count,
    totals,
    bbox,
    located,
  };
}
