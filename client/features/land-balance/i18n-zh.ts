/** Chinese strings of the land balance (用地缺口), merged into i18n under `landBalance`. */
export const landBalanceZh = {
  tab: '用地缺口',
  title: '用地供需与缺口',
  whatIf: '情景设置',
  includeReserve: '计入储备用地',
  includeReserveHint: '储备地块按预计净地日期计入供给',
  includeRedevelopment: '计入三旧改造',
  includeRedevelopmentHint: '三旧改造按预计完成日期计入用地与厂房供给',
  slack: '面积余量',
  slackHint: '候选地块面积可超出需求的比例（0–200%）',
  horizon: '截止日期',
  horizonHint: '只计此日期前可供的用地和需要用地的项目',
  horizonNone: '不限',
  supplyNote: '供给 = 净地可供与挂牌且无项目的地块',
  supplyNoteReserve: '，加储备用地',
  supplyNoteRedev: '，加三旧改造产出',
  total: '全区合计',
  shortfallTotal: '全区合计：缺口 {{mu}}',
  surplusTotal: '全区合计：富余 {{mu}}',
  table: {
    platform: '平台',
    supply: '供给',
    demand: '需求',
    shortfall: '缺口',
    unitMu: '（亩）',
    floor: '厂房 供/需（㎡）',
    floorNote: '厂房需求与供给（㎡）另列，不计入亩数',
    unassigned: '未定平台',
  },
  chart: {
    label: '各平台用地供给与需求（亩）及缺口',
    supply: '供给（亩）',
    demand: '需求（亩）',
    shortfall: '缺口（亩）',
  },
  pipeline: '招商项目（在谈·过会·签约）',
  pipelineSummary: '{{matched}} 个有合适用地，{{unmatched}} 个暂无',
  status: { matched: '已匹配', unmatched: '无合适用地' },
  needs: '需 {{mu}}',
  needsFloor: '需厂房 {{m2}}',
  assigned: '分配地块',
  assignedSite: '{{codes}}（{{mu}}，候选第 {{rank}}）',
  candidates: '候选用地（按优先排序）',
  noCandidates: '没有面积、用途和平台都合适的用地',
  rank: '第 {{rank}}',
  excluded: {
    filtered_out: '该项目不在当前平台/产业筛选范围内',
    beyond_horizon: '该项目需要用地的日期晚于截止日期',
    no_demand: '该项目没有用地或厂房需求',
  },
  solving: '正在重新计算…',
  solver: '求解 {{ms}} 毫秒 · {{sites}} 处候选用地{{note}}',
  solverNotOptimal: '（未证明最优）',
  error: '计算失败：{{message}}',
  clearSelection: '取消选择',
};
/** The shape the English strings must have. */
export type LandBalanceStrings = {
  [K in keyof typeof landBalanceZh]: (typeof landBalanceZh)[K] extends string
    ? string
    : { [L in keyof (typeof landBalanceZh)[K]]: string };
};
