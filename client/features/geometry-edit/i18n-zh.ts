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
  mergeAdd: '加入合宗',
  mergeListed: '已在合宗列表中',
  mergeTitle: '合宗列表',
  mergeHint: '选择相邻地块（同一平台、供地状态和用地性质），逐块打开并加入列表。',
  mergeRemove: '移出',
  mergeClear: '清空',
  mergePreview: '预览合宗',
  mergePreviewTitle: '合宗预览（尚未保存）',
  mergeParentsTotal: '原地块合计：{{area}}',
  mergeConfirm: '确认合宗',
  mergeRefused: '不能合宗：{{message}}',
  mergeStale: '{{who}} 已修改列表中的地块（现为第 {{version}} 版），合宗未保存。请重新打开该地块并加入列表。',
  mergeDone: '已合宗：原地块已注销（保留历史），新地块：',
} as const;

/** The shape of the geometry-edit strings (both languages). */
export type GeomStrings = { readonly [K in keyof typeof geomZh]: string };
