/** Targets (目标) and technical-upgrade (技改) records. */
import type { Database } from 'better-sqlite3';
import { TARGET_METRICS, TARGET_UNITS, type TargetMetric } from '../../../domain/enums.ts';
import type { Target, TechUpgrade } from '../../../domain/schemas.ts';
import { enumColumn } from './columns.ts';

/** Filters of the target list. */
export type TargetFilter = { scopes?: string[]; years?: number[]; metrics?: TargetMetric[] };

type TargetRow = {
  id: string;
  scope: string;
  year: number;
  metric: string;
  value: number;
  unit: string;
  source: string;
};

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Targets matching `f`, ordered by year, scope and metric. */
export function listTargets(db: Database, f: TargetFilter = {}): Target[] {
  const conds: string[] = [];
  const params: (string | number)[] = [];
  for (const [column, values] of [
    ['scope', f.scopes],
    ['year', f.years],
    ['metric', f.metrics],
  ] as const) {
    if (!values?.length) continue;
    conds.push(`${column} IN (${marks(values.length)})`);
    params.push(...values);
  }
  const where = conds.length ? `WHERE ${conds.join(' AND ')}` : '';
  const rows = db
    .prepare(`SELECT * FROM targets ${where} ORDER BY year, scope, metric, id`)
    .all(...params) as TargetRow[];
  return rows.map((r) => ({
    id: r.id,
    scope: r.scope,
    year: r.year,
    metric: enumColumn(TARGET_METRICS, 'targets.metric', r.metric),
    value: r.value,
    unit: enumColumn(TARGET_UNITS, 'targets.unit', r.unit),
    source: r.source,
  }));
}

type UpgradeRow = {
  id: string;
  enterprise: string;
  platform_id: string;
  year: number;
  investment_wan: number;
  completed_wan: number;
};

/** Technical-upgrade investment records, ordered by year and enterprise. */
export function listTechUpgrades(db: Database): TechUpgrade[] {
  const rows = db.prepare('SELECT * FROM tech_upgrades ORDER BY year, enterprise, id').all() as UpgradeRow[];
  return rows.map((r) => ({
    id: r.id,
    enterprise: r.enterprise,
    platformId: r.platform_id,
    year: r.year,
    investmentWan: r.investment_wan,
    completedWan: r.completed_wan,
  }));
}
