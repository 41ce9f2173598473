/**
 * The parcel dossier (地块报告): A4 pages with a vector map of the parcel among its neighbours, its attributes,
 * grant and conditions, the contract clock with 补充协议, supply readiness, projects (with land-use fit), 四至 and
 * the 界址点 table, the state timeline, redevelopment and provenance.
 */

import type { LandState } from '../../domain/enums.ts';
import {
  formatArea,
  formatDate,
  formatIntensity,
  formatMoneyWan,
  formatNumber,
  labelOf,
  MISSING,
} from '../../domain/format.ts';
import { drawBoundarySections, drawGrantSections } from './dossier-grant-sections.ts';
import { boxOf, drawMap, growBox } from './map-drawing.ts';
import { drawLegend } from './map-legend.ts';
import type { ParcelDossierModel } from './models.ts';
import { createPdf, MARGIN, type PdfDoc, pdfToBuffer } from './pdf-doc.ts';
import { FONT_REGULAR } from './pdf-font.ts';
import { CONTENT_WIDTH, drawFooters, drawSection, drawTableSection, drawTitle } from './pdf-frame.ts';
import { type Cell, drawKeyValues, type KeyValue, stateCell } from './pdf-table.ts';

const zh = 'zh-CN';
const MAP_HEIGHT = 250;

function attributes(m: ParcelDossierModel): KeyValue[] {
  const p = m.parcel;
  const items: KeyValue[] = [
    { label: '地块编号', value: p.code },
    { label: '所属平台', value: m.platform.nameZh },
    { label: '镇街', value: p.town || MISSING },
    { label: '用地性质', value: `${labelOf('landUse', p.landUse, zh)}（${p.landUse}）` },
    { label: '面积', value: formatArea(p.areaM2, zh) },
    { label: '容积率上限', value: formatNumber(p.plotRatioMax, zh, 1) },
    {
      label: '供地状态',
      value: `${labelOf('landState', p.state, zh)}（自 ${formatDate(p.stateSince, zh)}）`,
    },
    { label: '出让价款', value: formatMoneyWan(p.landPriceWan, zh) },
    { label: '合同签订', value: formatDate(p.contract.signed, zh) },
    { label: '约定交地', value: formatDate(p.contract.agreedDelivery, zh) },
    { label: '约定开工', value: formatDate(p.contract.agreedStart, zh) },
    { label: '约定竣工', value: formatDate(p.contract.agreedCompletion, zh) },
  ];
  if (p.expectedReadyDate) items.push({ label: '预计净地', value: formatDate(p.expectedReadyDate, zh) });
  if (m.idle) {
    const value = m.idle.detailZh ? `${m.idle.labelZh}。${m.idle.detailZh}` : m.idle.labelZh;
    items.push({ label: '闲置土地', value, warn: m.idle.warning });
  }
  return items;
}

function drawProjects(doc: PdfDoc, y: number, m: ParcelDossierModel): number {
  const title = `项目（${m.projects.length}）`;
  if (m.projects.length === 0) {
    const at = drawSection(doc, y, title);
    doc.font(FONT_REGULAR).fontSize(8.5).fillColor('#666666').text('本地块暂无关联项目。', MARGIN, at);
    return doc.y + 8;
  }
  const rows = m.projects.map((pr) => [
    pr.name,
    pr.enterprise,
    `${labelOf('industry', pr.industry, zh)} · ${labelOf('origin', pr.origin, zh)}`,
    formatMoneyWan(pr.investmentWan, zh),
    labelOf('projectStage', pr.stage, zh),
    formatIntensity(pr.intensityWanPerMu, zh),
    pr.landUseFit == null ? MISSING : pr.landUseFit.ok ? '相符' : '不符',
  ]);
  return drawTableSection(
    doc,
    y,
    title,
    [
      { header: '项目', width: 115 },
      { header: '企业', width: 115 },
      { header: '产业 · 来源', width: 75 },
      { header: '计划投资', width: 60, align: 'right' },
      { header: '阶段', width: 40 },
      { header: '固定资产投资强度', width: 70, align: 'right' },
      { header: '用地相符', width: 40 },
    ],
    rows,
    { size: 8 },
  );
}

/** The state cell of a timeline event; an event without a previous state is the first registration. */
const eventStateCell = (s: LandState | null): Cell => (s ? stateCell(s) : '（首次登记）');

function drawTimeline(doc: PdfDoc, y: number, m: ParcelDossierModel): number {
  const rows = m.events.map((e) => [
    formatDate(e.date, zh),
    eventStateCell(e.from),
    eventStateCell(e.to),
    e.note || MISSING,
    e.who || MISSING,
  ]);
  return drawTableSection(
    doc,
    y,
    '供地状态时间线',
    [
      { header: '日期', width: 80 },
      { header: '原状态', width: 70 },
      { header: '新状态', width: 70 },
      { header: '说明', width: 215 },
      { header: '经办', width: 80 },
    ],
    rows,
    { size: 8 },
  );
}

function drawRedevelopment(doc: PdfDoc, y: number, m: ParcelDossierModel): number {
  if (m.redevelopment.length === 0) return y;
  const rows = m.redevelopment.map((r) => [
    `${r.code} ${r.name}`,
    `${labelOf('redevelopmentType', r.type, zh)} · ${labelOf('redevelopmentMode', r.mode, zh)}`,
    labelOf('redevelopmentStage', r.stage, zh),
    formatArea(r.areaM2, zh),
    `${formatNumber(r.floorSpaceM2, zh)} ㎡`,
    `${r.targetYear}年`,
  ]);
  return drawTableSection(
    doc,
    y,
    '三旧改造',
    [
      { header: '改造项目', width: 130 },
      { header: '类型 · 模式', width: 85 },
      { header: '阶段', width: 50 },
      { header: '改造面积', width: 110, align: 'right' },
      { header: '新增产业空间', width: 80, align: 'right' },
      { header: '目标年份', width: 60 },
    ],
    rows,
    { size: 8 },
  );
}

/** The dossier of one parcel as PDF bytes (deterministic for a given model and zone name). */
export async function parcelDossierPdf(m: ParcelDossierModel, zoneNameZh: string): Promise<Buffer> {
  const doc = createPdf({
    zoneNameZh,
    title: `地块报告 ${m.parcel.code}`,
    subject: `${m.platform.nameZh} ${m.parcel.code}`,
    generatedAt: m.generatedAt,
  });
  let y = drawTitle(
    doc,
    `地块报告  ${m.parcel.code}`,
    `${m.platform.nameZh} · ${m.parcel.town} · ${labelOf('landState', m.parcel.state, zh)} · 数据截至 ${formatDate(m.asOf, zh)}`,
  );
  const parcels = [
    ...m.neighbours.filter((n) => n.code !== m.parcel.code),
    { code: m.parcel.code, state: m.parcel.state, geometry: m.geometry },
  ];
  // Show the parcel with about two of its widths of context on every side.
  drawMap(
    doc,
    { x: MARGIN, y, width: CONTENT_WIDTH, height: MAP_HEIGHT },
    {
      focus: growBox(boxOf([m.geometry]), 4),
      boundary: m.platform.boundary,
      parcels,
      highlight: new Set([m.parcel.code]),
      roads: m.roads,
    },
  );
  y = drawLegend(doc, y + MAP_HEIGHT + 4, new Set(parcels.map((p) => p.state)), CONTENT_WIDTH, {
    highlight: true,
    boundary: m.platform.boundary !== null,
  });
  y = drawKeyValues(doc, drawSection(doc, y + 2, '基本信息'), attributes(m), CONTENT_WIDTH) + 8;
  y = drawGrantSections(doc, y, m);
  y = drawProjects(doc, y, m);
  y = drawBoundarySections(doc, y, m);
  y = drawTimeline(doc, y, m);
  drawRedevelopment(doc, y, m);
  drawFooters(doc, m);
  return pdfToBuffer(doc);
}
