/** Chinese names of target metrics and units for the platform report (same words as the dashboard). */
import type { TargetUnit } from '../../domain/enums.ts';

/** Metric name, e.g. `规上工业总产值` (the domain's table, shared with the dashboard). */
export { TARGET_METRIC_ZH } from '../../domain/enums.ts';

/** Unit label: count = 个, yuan_yi = 亿元, m2 = ㎡. */
export const TARGET_UNIT_ZH: Record<TargetUnit, string> = { count: '个', yuan_yi: '亿元', m2: '㎡' };
