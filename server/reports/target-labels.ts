/** Chinese names of target metrics and units for the platform report (same words as the dashboard). */
import type { TargetMetric, TargetUnit } from '../../domain/enums.ts';

/** Metric name, e.g. `规上工业总产值`. */
export const TARGET_METRIC_ZH: Record<TargetMetric, string> = {
  new_4plus1_enterprises: '新引进4+1产业企业',
  planned_investment: '签约项目计划投资',
  tech_upgrade_investment: '技改投资',
  redevelopment_area: '三旧改造面积',
  industrial_output: '规上工业总产值',
  shenzhen_projects_visited: '深圳优质项目对接',
};

/** Unit label: count = 个, yuan_yi = 亿元, m2 = ㎡. */
export const TARGET_UNIT_ZH: Record<TargetUnit, string> = { count: '个', yuan_yi: '亿元', m2: '㎡' };
