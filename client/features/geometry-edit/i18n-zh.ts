/** 地块几何编辑（分宗、合宗）的中文文字；英文见 i18n-en.ts（同一组键，由类型检查）。 */
export const geomZh = {
  title: '地块几何',
  split: '分宗',
  splitHint:
    '在地图上画一条穿过地块的线：逐点单击，在最后一点上再单击一次（或按回车）结束。线的两端须在地块外。',
  cancel: '取消',
  redraw: '重画',
  previewing: '正在计算分宗方案…',
  previewTitle: '分宗预览（尚未保存）',
  parentArea: '原地块 {{code}}：{{area}}',
  partsTotal: '新地块合计：{{area}}',
  rules: '结转规则',
  confirm: '确认分宗',
  committing: '正在保存…',
  refused: '不能分宗：{{message}}',
  stale: '{{who}} 已修改此地块（现为第 {{version}} 版），分宗未保存。请重新载入后再画。',
  someone: '他人',
  failed: '未保存：{{message}}',
  done: '已分宗：原地块 {{code}} 已注销（保留历史），新地块：',
} as const;

/** The shape of the geometry-edit strings (both languages). */
export type GeomStrings = { readonly [K in keyof typeof geomZh]: string };
