/** Chinese strings of the 三旧改造 site view, merged into i18n under `redevelopmentView`. */
export const redevelopmentViewZh = {
  kicker: '三旧改造',
  code: '编号',
  type: '类型',
  mode: '改造模式',
  stage: '阶段',
  platform: '所属平台',
  area: '改造面积',
  completed: '已完成面积',
  floorSpace: '可提供厂房',
  landOutput: '可供用地',
  targetYear: '目标年份',
  expectedCompletion: '预计完成',
  implementer: '实施主体',
  parcel: '对应地块',
  notFound: '未找到该三旧改造项目',
};

export type RedevelopmentViewStrings = typeof redevelopmentViewZh;
