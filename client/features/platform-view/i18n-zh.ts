/** Chinese strings of the platform summary, merged into i18n under `platform`. */
export const platformZh = {
  title: '平台概况',
  area: '面积',
  parcelsByState: '地块（按状态）',
  projectsByStage: '项目（按阶段）',
  projectsByIndustry: '项目（按产业）',
  focus: '主导产业',
  parcels: '地块列表',
  kind: '类型',
  towns: '镇街',
  projects: '{{count}} 个',
  investment: '投资',
  count: '数量',
  back: '返回',
};

/** The shape the English strings must have. */
export type PlatformStrings = { [K in keyof typeof platformZh]: string };
