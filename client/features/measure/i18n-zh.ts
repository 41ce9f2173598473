/** Chinese strings of the measuring and draw-to-query tools. */
export const measureZh = {
  toolbar: '量算与查询工具',
  measureLine: '测距离',
  measureArea: '测面积',
  queryPolygon: '多边形选地',
  queryRectangle: '矩形选地',
  queryBuffer: '缓冲区选地',
  bufferMetres: '缓冲距离（米）',
  relation: '选取方式',
  intersects: '相交',
  within: '完全在内',
  clear: '清除',
  stop: '结束',
  hintLine: '在地图上单击添加折线顶点，双击或单击最后一点结束',
  hintPolygon: '单击添加顶点，单击第一个点闭合',
  hintRectangle: '单击两个对角点',
  hintBuffer: '画一条线（如沿 S357），结束后按缓冲距离选地',
  length: '长度 {{value}}',
  area: '面积 {{value}}',
  selected: '已选 {{n}} 块地',
  bufferInvalid: '缓冲距离须在 1–5000 米之间',
};
/** Keys of the measure strings (en must match). */
export type MeasureStrings = typeof measureZh;
