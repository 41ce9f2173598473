/** Chinese labels of the legend's overlay symbols not in the base strings, merged into i18n under `legendOverlay`. */
export const legendOverlayZh = {
  expressway: '高速公路',
  railway: '城际铁路',
  station: '城际站',
  projectOutline: '所选项目的地块',
  heading: '其他图层',
};

export type LegendOverlayStrings = typeof legendOverlayZh;
