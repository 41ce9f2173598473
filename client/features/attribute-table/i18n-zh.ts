/** Chinese strings of the attribute table (the bottom drawer listing the map's selection). */
export const attributeTableZh = {
  toggle: '属性表',
  title: '属性表',
  ofFilter: '当前筛选',
  ofArea: '绘制范围内',
  totals: '{{count}} 块 · {{m2}} ㎡ · {{mu}} 亩',
  zoom: '缩放至结果',
  columns: '列',
  export: '导出',
  close: '关闭属性表',
  loading: '正在加载…',
  empty: '没有符合条件的地块',
};
/** Keys of the attribute table's strings (en must match). */
export type AttributeTableStrings = typeof attributeTableZh;

/** Column headers of the attribute table (kept out of the i18next resources, whose typed key union is at TypeScript's depth limit). */
export const attributeTableColumnsZh = {
  code: '地块编号',
  platformId: '平台',
  town: '镇街',
  landUse: '用地类型',
  state: '供地状态',
  stateSince: '状态起始',
  areaM2: '面积（㎡）',
  areaMu: '面积（亩）',
  plotRatioMax: '容积率上限',
  landPriceWan: '地价（万元）',
  industry: '产业',
  enterprise: '企业',
};
