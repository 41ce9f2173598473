/** Chinese strings of the print dialog (map to scale as PDF). */
export const printZh = {
  open: '打印',
  title: '按比例尺打印',
  paper: '纸张',
  orientation: '方向',
  portrait: '纵向',
  landscape: '横向',
  scale: '比例尺',
  mapTitle: '图名',
  defaultTitle: '{{zone}}土地与产业平台',
  centreNote: '以当前地图中心为图幅中心；图上地块按当前专题着色，并按当前筛选和绘制范围选取。',
  extent: '图幅实地范围 {{w}} × {{h}}',
  download: '生成 PDF',
  cancel: '取消',
};
/** Keys of the print strings (en must match). */
export type PrintStrings = typeof printZh;
