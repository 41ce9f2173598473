/**
 * The type of every UI string i18next can look up: the shell's tables (zh-CN.ts, loaded at start) and the
 * tables lazily loaded features add when they load (client/i18n/feature-strings.ts). Type-only imports: no
 * feature's strings enter the shell through this file. i18next.d.ts declares it, so `t('…')` accepts exactly
 * these keys.
 */
import type { AdminStrings } from '../features/admin/i18n-zh.ts';
import type { AttributeTableStrings } from '../features/attribute-table/i18n-zh.ts';
import type { importZh } from '../features/import/i18n-zh.ts';
import type { LandBalanceStrings } from '../features/land-balance/i18n-zh.ts';
import type { MeasureStrings } from '../features/measure/i18n-zh.ts';
import type { PlatformStrings } from '../features/platform-view/i18n-zh.ts';
import type { PrintStrings } from '../features/print/i18n-zh.ts';
import type { ProjectViewStrings } from '../features/project-view/i18n-zh.ts';
import type { RedevelopmentViewStrings } from '../features/redevelopment-view/i18n-zh.ts';
import type { settingsZh } from '../features/settings/i18n-zh.ts';
import type { zhCN } from './zh-CN.ts';

/** The lazily loaded features' tables, by the top-level key each registers under. */
type LazyStrings = {
  admin: AdminStrings;
  attributeTable: AttributeTableStrings;
  import: typeof importZh;
  landBalance: LandBalanceStrings;
  measure: MeasureStrings;
  platform: PlatformStrings;
  print: PrintStrings;
  projectView: ProjectViewStrings;
  redevelopmentView: RedevelopmentViewStrings;
  settings: typeof settingsZh;
};

/** Shell keys and lazy keys; where both have a top-level key (`admin`, `landBalance`, …) their keys join. */
export type AllStrings = {
  [K in keyof typeof zhCN | keyof LazyStrings]: (K extends keyof typeof zhCN ? (typeof zhCN)[K] : unknown) &
    (K extends keyof LazyStrings ? LazyStrings[K] : unknown);
};
