/**
 * Dossier sections of the grant and its supervision: 出让方式与出让条件, 合同履约 (the contract clock with its
 * 补充协议 and the idle-land procedure), 供地准备 for unsupplied land, and the parcel's 四至 and 界址点 table
 * (EPSG:4547 X/Y and lon/lat). Pure layout of the dossier model.
 */

import { formatDate, formatMoneyWan, formatNumber, labelOf, MISSING } from '../../domain/format.ts';
import { SIDE_ZH, SIDES, type SideNeighbour } from '../../domain/four-sides.ts';
import { intensityYuanPerM2 } from '../../domain/indicators.ts';
import type { ParcelDossierModel } from './models.ts';
import type { PdfDoc } from './pdf-doc.ts';
import { CONTENT_WIDTH, drawSection, drawTableSection } from './pdf-frame.ts';
import { drawKeyValues, type KeyValue } from './pdf-table.ts';

const zh = 'zh-CN';
const num = (n: number | null | undefined, digits = 1) => formatNumber(n, zh, digits);
const pct = (n: number | null | undefined) => (n == null ? MISSING : `${formatNumber(n, zh, 0)}%`);
const perMu = (n: number | null | undefined) => (n == null ? MISSING : `${formatNumber(n, zh, 0)} 万元/亩`);

function grantItems(m: ParcelDossierModel): KeyValue[] {
  const g = m.supervision.grant;
  const c = m.supervision.conditions;
  if (g == null && c == null) return [];
  const term = g?.termYears == null ? MISSING : `${g.termYears} 年${g.flexibleTerm ? '（弹性年期）' : ''}`;
  const intensity = c?.investmentIntensityWanPerMu ?? null;
  return [
    { label: '出让方式', value: g ? labelOf('grantMode', g.mode, zh) : MISSING },
    { label: '协议依据', value: g?.legalBasis ? labelOf('agreementBasis', g.legalBasis, zh) : MISSING },
    { label: '出让年期', value: term },
    { label: '先租后让', value: g == null ? MISSING : g.leaseFirst ? '是' : '否' },
    { label: '容积率', value: c ? `${num(c.plotRatioMin)} – ${num(c.plotRatioMax)}` : MISSING },
    { label: '建筑系数', value: c ? `≥ ${pct(c.buildingCoverageMin)}` : MISSING },
    { label: '绿地率', value: c ? `≤ ${pct(c.greenRatioMax)}` : MISSING },
    { label: '限高', value: c?.heightLimitM == null ? MISSING : `${num(c.heightLimitM, 0)} 米` },
    { label: '起始价', value: formatMoneyWan(c?.startPriceWan, zh) },
    { label: '成交价', value: formatMoneyWan(m.parcel.landPriceWan, zh) },
    {
      label: '投资强度承诺',
      value:
        intensity == null ? MISSING : `${perMu(intensity)}（${num(intensityYuanPerM2(intensity), 0)} 元/㎡）`,
    },
    { label: '亩均产值/税收', value: c ? `${perMu(c.outputPerMuWan)} / ${perMu(c.taxPerMuWan)}` : MISSING },
  ];
}

function clockItems(m: ParcelDossierModel): KeyValue[] {
  const s = m.supervision;
  if (s.idle.status === 'not_applicable') return [];
  const d = s.delivery;
  const delivery =
    d.governmentDelay && d.actual == null
      ? `未交地，逾期 ${d.overdueDays} 天（交地逾期（政府原因））`
      : d.governmentDelay
        ? `${formatDate(d.actual, zh)}（逾期 ${d.overdueDays} 天，政府原因，开工期限相应顺延）`
        : formatDate(d.actual, zh);
  const c = s.compliance;
  const started = s.started
    ? `${formatDate(s.started.date, zh)}（${labelOf('startEvidence', s.started.evidence, zh)}）`
    : '未动工（第三十条）';
  return [
    { label: '实际交地', value: delivery, warn: d.governmentDelay },
    {
      label: '现行约定开工',
      value:
        s.contract.effectiveStart == null && d.governmentDelay
          ? '交地后顺延'
          : formatDate(s.contract.effectiveStart, zh),
    },
    { label: '动工认定', value: started },
    {
      label: '现行约定竣工',
      value:
        s.contract.effectiveCompletion == null && d.governmentDelay
          ? '交地后顺延'
          : formatDate(s.contract.effectiveCompletion, zh),
    },
    {
      label: '竣工逾期',
      value:
        s.completion.overdueDays > 0
          ? `${s.completion.overdueDays} 天；违约金风险 ${formatMoneyWan(s.completion.penaltyExposureWan, zh)}`
          : '无',
      warn: s.completion.overdueDays > 0,
    },
    {
      label: '达产/履约验收',
      value:
        s.completion.productionDue == null && d.governmentDelay
          ? '交地后顺延'
          : formatDate(s.completion.productionDue, zh),
    },
    {
      label: '闲置处置',
      value: `${labelOf('complianceStatus', c.status, zh)}${c.partialDevelopment ? '（部分开发后中止）' : ''}`,
      warn: c.status !== 'ok' && c.status !== 'warning',
    },
    {
      label: '闲置费',
      value:
        c.owedWan > 0
          ? `应缴 ${formatMoneyWan(c.owedWan, zh)}`
          : c.exposureWan > 0
            ? `风险 ${formatMoneyWan(c.exposureWan, zh)}（征缴决定前）`
            : '无',
    },
    { label: '认定书', value: c.decisions.confirmation ?? MISSING },
    {
      label: '征缴/收回决定',
      value: [c.decisions.fee, c.decisions.reclaim].filter(Boolean).join('；') || MISSING,
    },
  ];
}

function readinessItems(m: ParcelDossierModel): KeyValue[] {
  const r = m.supervision.readiness;
  if (r == null) return [];
  const age = r.approvedUnsuppliedDays;
  return [
    {
      label: '农转用/征收',
      value: r.conversionApproved ? `已批（${formatDate(r.conversionApproved, zh)}）` : '未批',
    },
    { label: '用地指标', value: r.quotaAllocated ? '已落实' : '未落实' },
    { label: '征拆进度', value: pct(r.demolitionPct) },
    { label: '场地平整', value: r.siteLevelled ? '已完成（七通一平）' : '未完成' },
    { label: '预计净地', value: formatDate(r.expectedReady, zh) },
    {
      label: '批而未供',
      value:
        age == null
          ? MISSING
          : `${formatNumber(age, zh)} 天${r.approvedUnsuppliedWarning ? '（满两年，影响下年度指标）' : ''}`,
      warn: r.approvedUnsuppliedWarning,
    },
  ];
}

const sideText = (n: SideNeighbour): string =>
  n.kind === 'parcel'
    ? `${n.code}${n.distanceM < 1 ? '（相邻）' : `（隔路 ${num(n.distanceM, 0)} 米）`}`
    : n.kind === 'road'
      ? `${n.name}（${num(n.distanceM, 0)} 米）`
      : '无登记地块';

/** 出让方式与出让条件, 合同履约 and 供地准备 (each only when it applies); returns the y below. */
export function drawGrantSections(doc: PdfDoc, y: number, m: ParcelDossierModel): number {
  let at = y;
  for (const [title, items] of [
    ['出让方式与出让条件', grantItems(m)],
    ['合同履约（履约监管）', clockItems(m)],
    ['供地准备', readinessItems(m)],
  ] as const) {
    if (items.length === 0) continue;
    at = drawKeyValues(doc, drawSection(doc, at, title), items, CONTENT_WIDTH) + 8;
  }
  const amendments = m.supervision.contract.amendments;
  if (amendments.length > 0) {
    at = drawTableSection(
      doc,
      at,
      `补充协议（${amendments.length}）`,
      [
        { header: '签订日期', width: 80 },
        { header: '文号', width: 110 },
        { header: '约定开工', width: 80 },
        { header: '约定竣工', width: 80 },
        { header: '原因', width: 165 },
      ],
      amendments.map((a) => [
        formatDate(a.date, zh),
        a.documentNo,
        formatDate(a.agreedStart, zh),
        formatDate(a.agreedCompletion, zh),
        a.reason,
      ]),
      { size: 8 },
    );
  }
  return at;
}

/** 四至 and the 界址点 table; returns the y below. */
export function drawBoundarySections(doc: PdfDoc, y: number, m: ParcelDossierModel): number {
  const sides = SIDES.map((s) => ({ label: SIDE_ZH[s], value: sideText(m.fourSides[s]) }));
  let at = drawKeyValues(doc, drawSection(doc, y, '四至'), sides, CONTENT_WIDTH) + 8;
  at = drawTableSection(
    doc,
    at,
    `界址点（CGCS2000 3°带高斯-克吕格投影，中央经线114°E，EPSG:4547）`,
    [
      { header: '点号', width: 50 },
      { header: 'X（北，米）', width: 110, align: 'right' },
      { header: 'Y（东，米）', width: 110, align: 'right' },
      { header: '经度（°）', width: 120, align: 'right' },
      { header: '纬度（°）', width: 120, align: 'right' },
    ],
    m.boundaryPoints.map((p) => [p.no, p.x.toFixed(3), p.y.toFixed(3), p.lon.toFixed(6), p.lat.toFixed(6)]),
    { size: 8 },
  );
  return at;
}
