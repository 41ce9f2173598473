/**
 * Reads for the land balance and matching: the parcels that can ever be supply (净地可供 ready, 挂牌 listed,
 * 储备 reserve — the domain ignores every other state) with their geometry for adjacency, the platforms
 * without boundaries, and the codes of parcels so responses can name them.
 */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { LAND_STATES, LAND_USES, PLATFORM_KINDS } from '../../../domain/enums.ts';
import type { ParcelWithGeometry } from '../../../domain/land-balance/index.ts';
import { type AreaGeometry, Industry, type Platform } from '../../../domain/schemas.ts';
import { enumColumn, geometryColumn, jsonColumn } from './columns.ts';

/** States whose parcels may count as supply now (ready, listed) or later (reserve). */
export const SUPPLY_STATES = ['ready', 'listed', 'reserve'] as const;

type Row = {
  id: string;
  code: string;
  platform_id: string;
  town: string;
  land_use: string;
  area_m2: number;
  area_mu: number;
  plot_ratio_max: number;
  state: string;
  state_since: string;
  expected_ready_date: string | null;
  contract_signed: string | null;
  contract_agreed_delivery: string | null;
  contract_agreed_start: string | null;
  contract_agreed_completion: string | null;
  land_price_wan: number | null;
  version: number;
  geometry: string;
  project_ids: string | null;
};

/** Every parcel in a supply state, with its holders and geometry (lon/lat), ordered by id. */
export function supplyParcels(db: Database): ParcelWithGeometry[] {
  const rows = db
    .prepare(
      // Unit separator (char 31) cannot occur in an id, unlike a comma.
      `SELECT p.id, p.code, p.platform_id, p.town, p.land_use, p.area_m2, p.area_mu, p.plot_ratio_max, p.state,
         p.state_since, p.expected_ready_date, p.contract_signed, p.contract_agreed_delivery,
         p.contract_agreed_start, p.contract_agreed_completion, p.land_price_wan, p.version, p.geometry,
         (SELECT group_concat(project_id, char(31)) FROM
            (SELECT project_id FROM parcel_projects WHERE parcel_id = p.id ORDER BY project_id)) AS project_ids
       FROM parcels p WHERE p.state IN (${SUPPLY_STATES.map(() => '?').join(', ')}) ORDER BY p.id`,
    )
    .all(...SUPPLY_STATES) as Row[];
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    platformId: r.platform_id,
    town: r.town,
    landUse: enumColumn(LAND_USES, 'parcels.land_use', r.land_use),
    areaM2: r.area_m2,
    areaMu: r.area_mu,
    plotRatioMax: r.plot_ratio_max,
    state: enumColumn(LAND_STATES, 'parcels.state', r.state),
    stateSince: r.state_since,
    expectedReadyDate: r.expected_ready_date,
    contract: {
      signed: r.contract_signed,
      agreedDelivery: r.contract_agreed_delivery,
      agreedStart: r.contract_agreed_start,
      agreedCompletion: r.contract_agreed_completion,
    },
    landPriceWan: r.land_price_wan,
    projectIds: r.project_ids ? r.project_ids.split('\u001f') : [],
    version: r.version,
    geometry: geometryColumn(r.geometry),
  }));
}

type PlatformRow = {
  id: string;
  name_zh: string;
  name_en: string;
  kind: string;
  focus_industries: string;
  towns: string;
  area_m2: number;
};

const Industries = z.array(Industry);
const Towns = z.array(z.string());

/** All platforms without their boundaries, in seeded order. */
export function platformRecords(db: Database): Platform[] {
  const rows = db
    .prepare(
      'SELECT id, name_zh, name_en, kind, focus_industries, towns, area_m2 FROM platforms ORDER BY rowid',
    )
    .all() as PlatformRow[];
  return rows.map((r) => ({
    id: r.id,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    kind: enumColumn(PLATFORM_KINDS, 'platforms.kind', r.kind),
    focusIndustries: jsonColumn(Industries, 'platforms.focus_industries', r.focus_industries),
    towns: jsonColumn(Towns, 'platforms.towns', r.towns),
    areaM2: r.area_m2,
  }));
}

/** Codes of all parcels by id (≈ 1.5k rows; cheap next to the geometry). */
export function parcelCodes(db: Database): Map<string, string> {
  const rows = db.prepare('SELECT id, code FROM parcels').all() as { id: string; code: string }[];
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** Geometries (lon/lat) of the 三旧 sites with the given ids. */
export function redevelopmentGeometries(db: Database, ids: readonly string[]): Map<string, AreaGeometry> {
  if (!ids.length) return new Map();
  const rows = db
    .prepare(`SELECT id, geometry FROM redevelopment_sites WHERE id IN (${ids.map(() => '?').join(', ')})`)
    .all(...ids) as { id: string; geometry: string }[];
  return new Map(rows.map((r) => [r.id, geometryColumn(r.geometry)]));
}
