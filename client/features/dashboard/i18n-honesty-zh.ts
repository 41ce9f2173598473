/**
 * Chinese strings of the reference-date honesty marks and the active-filter chip of 概览, merged into i18n
 * under `refHonesty`.
 */
export const refHonestyZh = {
  projected: '推算',
  projectedTitle:
    '参考日 {{ref}} 晚于数据截至日 {{asOf}}：此后的变化未录入，随参考日变化的数字按现有数据推算',
  movesWithDate: '随参考日变化',
  movesWithDateTitle: '按参考日所在年份与截至参考日的日期统计',
  fixedAtData: '按数据现状，不随参考日变化',
  fixedAtDataTitle: '按数据中各对象的现状统计（截至 {{asOf}}），改变参考日不影响此数',
  filterActive: '地图筛选中：{{summary}}',
  filterClear: '清除筛选',
  area: '{{min}}–{{max}} 亩',
};

export type RefHonestyStrings = typeof refHonestyZh;
