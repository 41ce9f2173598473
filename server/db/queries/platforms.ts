/** Platform queries with their land and investment summaries. */
import type { Database } from 'better-sqlite3';
import {
  INDUSTRIES,
  type Industry as IndustryKey,
  LAND_STATES,
  type LandState,
  PROJECT_STAGES,
  type ProjectStage,
} from '../../../domain/enums.ts';
import type { AreaGeometry, Platform } from '../../../domain/schemas.ts';
import { m2ToMu } from '../../../domain/units.ts';
import type { BBox } from '../../seed/dataset.ts';
import { type BBoxColumns, bboxColumns, enumColumn, geometryColumn } from './columns.ts';
import { townEnglishNames } from './layers.ts';
import { type PlatformColumns, platformFromColumns } from './platform-record.ts';

/** Count and area (㎡ and 亩) of a set of parcels. */
export type AreaTally = { count: number; areaM2: number; areaMu: number };
/** Count and planned investment (万元) of a set of projects. */
export type InvestmentTally = { count: number; investmentWan: number };

/**
 * A platform with its boundary and summaries. Projects count toward their target platform. `byStage` counts
 * every project (terminated included, under `terminated`); `byIndustry` counts the live pipeline only —
 * terminated projects are history and would inflate an industry's investment — and lists only industries
 * with at least one project.
 */
export type PlatformSummary = Platform & {
  /** English names of `towns`, same order; null where the towns layer does not know the town. */
  townsEn: (string | null)[];
  areaMu: number;
  bbox: BBox;
  geometry: AreaGeometry;
  parcels: AreaTally & { byState: Record<LandState, AreaTally> };
  projects: InvestmentTally & {
    byStage: Record<ProjectStage, InvestmentTally>;
    byIndustry: Partial<Record<IndustryKey, InvestmentTally>>;
  };
  redevelopment: { count: number; areaM2: number; areaMu: number; floorSpaceM2: number };
};

type PlatformRow = BBoxColumns & PlatformColumns & { geometry: string };

const emptyArea = (): AreaTally => ({ count: 0, areaM2: 0, areaMu: 0 });
const byKey = <K extends string, V>(keys: readonly K[], make: () => V) =>
  Object.fromEntries(keys.map((k) => [k, make()])) as Record<K, V>;

/** All platforms (or the one with `id`) with their summaries, ordered as seeded. */
export function listPlatforms(db: Database, id?: string): PlatformSummary[] {
  const rows = (
    id == null
      ? db.prepare('SELECT * FROM platforms ORDER BY rowid').all()
      : db.prepare('SELECT * FROM platforms WHERE id = ?').all(id)
  ) as PlatformRow[];
  const only = id == null ? '' : 'WHERE platform_id = ?';
  const args = id == null ? [] : [id];
  const parcelStats = db
    .prepare(
      // parcel_state_totals is kept by triggers on parcels: a few dozen rows instead of a scan of every parcel.
      `SELECT platform_id, state, count AS n, area_m2 AS m2 FROM parcel_state_totals ${only}`,
    )
    .all(...args) as { platform_id: string; state: string; n: number; m2: number }[];
  const projectStats = db
    .prepare(
      `SELECT target_platform_id AS platform_id, stage, count(*) AS n, sum(investment_wan) AS wan FROM projects
       ${id == null ? 'WHERE target_platform_id IS NOT NULL' : 'WHERE target_platform_id = ?'} GROUP BY 1, 2`,
    )
    .all(...args) as { platform_id: string; stage: string; n: number; wan: number }[];
  const industryStats = db
    .prepare(
      `SELECT target_platform_id AS platform_id, industry, count(*) AS n, sum(investment_wan) AS wan
       FROM projects WHERE stage <> 'terminated' AND
       ${id == null ? 'target_platform_id IS NOT NULL' : 'target_platform_id = ?'} GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all(...args) as { platform_id: string; industry: string; n: number; wan: number }[];
  const townEn = townEnglishNames(db);
  const redevStats = db
    .prepare(
      `SELECT platform_id, count(*) AS n, sum(area_m2) AS m2, sum(floor_space_m2) AS floor FROM redevelopment_sites
       ${only} GROUP BY 1`,
    )
    .all(...args) as { platform_id: string; n: number; m2: number; floor: number }[];

  return rows.map((r): PlatformSummary => {
    const byState = byKey(LAND_STATES, emptyArea);
    const parcels = { ...emptyArea(), byState };
    for (const s of parcelStats.filter((x) => x.platform_id === r.id)) {
      const t = byState[enumColumn(LAND_STATES, 'parcels.state', s.state)];
      t.count = s.n;
      t.areaM2 = s.m2;
      t.areaMu = m2ToMu(s.m2);
      parcels.count += s.n;
      parcels.areaM2 += s.m2;
    }
    parcels.areaMu = m2ToMu(parcels.areaM2);
    const byStage = byKey(PROJECT_STAGES, (): InvestmentTally => ({ count: 0, investmentWan: 0 }));
    const projects = { count: 0, investmentWan: 0, byStage };
    for (const s of projectStats.filter((x) => x.platform_id === r.id)) {
      byStage[enumColumn(PROJECT_STAGES, 'projects.stage', s.stage)] = { count: s.n, investmentWan: s.wan };
      projects.count += s.n;
      projects.investmentWan += s.wan;
    }
    const byIndustry: Partial<Record<IndustryKey, InvestmentTally>> = {};
    for (const s of industryStats.filter((x) => x.platform_id === r.id)) {
      byIndustry[enumColumn(INDUSTRIES, 'projects.industry', s.industry)] = {
        count: s.n,
        investmentWan: s.wan,
      };
    }
    const rd = redevStats.find((x) => x.platform_id === r.id);
    const platform = platformFromColumns(r);
    return {
      ...platform,
      townsEn: platform.towns.map(townEn),
      areaMu: m2ToMu(r.area_m2),
      bbox: bboxColumns(r),
      geometry: geometryColumn(r.geometry),
      parcels,
      projects: { ...projects, byIndustry },
      redevelopment: {
        count: rd?.n ?? 0,
        areaM2: rd?.m2 ?? 0,
        areaMu: m2ToMu(rd?.m2 ?? 0),
        floorSpaceM2: rd?.floor ?? 0,
      },
    };
  });
}

/** Id and names of a platform, or null. */
export function platformRef(db: Database, id: string): { id: string; nameZh: string; nameEn: string } | null {
  const r = db.prepare('SELECT id, name_zh, name_en FROM platforms WHERE id = ?').get(id) as
    | { id: string; name_zh: string; name_en: string }
    | undefined;
  return r ? { id: r.id, nameZh: r.name_zh, nameEn: r.name_en } : null;
}
