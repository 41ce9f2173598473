/**
 * The matching as an Excel workbook (GET /api/land-balance/matches.xlsx): sheet 说明 first — the placement
 * policy, every option and the gross totals, so a printout never loses what it was computed under — then
 * 配地 (each placed project with the platform of its assigned site and the 跨平台 flag and reason), 未配地
 * (each project left without a site, with the reason), 平台缺口 and 产业缺口 (缺口 and 富余 in their own
 * columns, never a bare negative). Areas 亩, dates real Excel dates.
 */
import ExcelJS from 'exceljs';
import { labelOf } from '../../domain/format.ts';
import { PLACEMENT_POLICY_ZH } from '../../domain/land-balance/index.ts';
import type { MatchesView, OptionsEcho } from '../land-balance/view.ts';
import type { ListColumn } from './parcel-columns.ts';
import { addSheet } from './xlsx.ts';
import { appNameZh } from './zone-name.ts';

const zh = 'zh-CN';
type Row = MatchesView['projects'][number];
/** One platform or industry row of the balance: supply, demand, shortage and surplus (亩). */
export interface GapRow {
  name: string;
  supplyMu: number;
  demandMu: number;
  shortageMu: number;
  surplusMu: number;
}
/** What the workbook is made of: the matching, the balance rows and the zone's gross totals. */
export interface LandBalanceWorkbook {
  matches: MatchesView;
  platformName: (id: string) => string;
  byPlatform: GapRow[];
  byIndustry: GapRow[];
  gross: { grossShortageMu: number; grossSurplusMu: number; netMu: number };
  asOf: string;
  generatedAt: string;
  /** The zone's name (zone settings nameZh), in the workbook's title and creator. */
  zoneNameZh: string;
}

const yes = (b: boolean) => (b ? '是' : '否');

/** The options and policy as label/value lines (sheet 说明; the PDF prints the same lines). */
export function optionLines(o: OptionsEcho, platformName: (id: string) => string): [string, string][] {
  return [
    ['配地原则', PLACEMENT_POLICY_ZH[o.policy]],
    ['只在目标平台配地', yes(o.keepTarget)],
    ['参考日', o.refDate],
    ['截止日期', o.horizon ?? '不限'],
    ['平台筛选', o.platform ? platformName(o.platform) : '全区'],
    ['产业筛选', o.industry ? labelOf('industry', o.industry, zh) : '全部'],
    ['计入储备用地', yes(o.includeReserve)],
    ['计入三旧改造', yes(o.includeRedevelopment)],
    ['面积余量', `${Math.round(o.slack * 100)}%`],
  ];
}

type Line = [string, string | number];
const LINE_COLUMNS: ListColumn<Line>[] = [
  { header: '项目', kind: 'text', width: 22, value: (r) => r[0] },
  { header: '取值', kind: 'text', width: 40, value: (r) => (typeof r[1] === 'number' ? null : r[1]) },
  { header: '亩', kind: 'mu', width: 12, value: (r) => (typeof r[1] === 'number' ? r[1] : null) },
];

function assignmentColumns(w: LandBalanceWorkbook): ListColumn<Row>[] {
  return [
    { header: '项目', kind: 'text', width: 28, value: (r) => r.name },
    { header: '企业', kind: 'text', width: 22, value: (r) => r.enterprise || null },
    { header: '产业', kind: 'text', width: 12, value: (r) => labelOf('industry', r.industry, zh) },
    { header: '阶段', kind: 'text', width: 8, value: (r) => labelOf('projectStage', r.stage, zh) },
    { header: '目标平台', kind: 'text', width: 20, value: (r) => w.platformName(r.platformId) },
    { header: '配于平台', kind: 'text', width: 20, value: (r) => w.platformName(r.assignedPlatformId ?? '') },
    { header: '跨平台', kind: 'text', width: 7, value: (r) => yes(r.crossPlatform) },
    { header: '跨平台原因', kind: 'text', width: 50, value: (r) => r.assignment?.crossReason?.zh ?? null },
    {
      header: '地块编号',
      kind: 'text',
      width: 30,
      value: (r) => r.assignment?.parcelCodes.join(' + ') ?? null,
    },
    { header: '地块（亩）', kind: 'mu', width: 10, value: (r) => r.assignment?.areaMu ?? null },
    { header: '需求（亩）', kind: 'mu', width: 10, value: (r) => r.landDemandMu },
    { header: '候选名次', kind: 'ratio', width: 8, value: (r) => r.assignment?.rank ?? null },
    { header: '锁定', kind: 'text', width: 6, value: (r) => yes(r.locked) },
    { header: '需地日期', kind: 'date', width: 12, value: (r) => r.neededBy },
  ];
}

function unmatchedColumns(w: LandBalanceWorkbook): ListColumn<Row>[] {
  return [
    { header: '项目', kind: 'text', width: 28, value: (r) => r.name },
    { header: '产业', kind: 'text', width: 12, value: (r) => labelOf('industry', r.industry, zh) },
    { header: '阶段', kind: 'text', width: 8, value: (r) => labelOf('projectStage', r.stage, zh) },
    { header: '目标平台', kind: 'text', width: 20, value: (r) => w.platformName(r.platformId) },
    { header: '需求（亩）', kind: 'mu', width: 10, value: (r) => r.landDemandMu },
    { header: '需厂房（㎡）', kind: 'm2', width: 12, value: (r) => r.floorDemandM2 || null },
    { header: '需地日期', kind: 'date', width: 12, value: (r) => r.neededBy },
    { header: '原因', kind: 'text', width: 70, value: (r) => r.reason?.zh ?? null },
  ];
}

const gapColumns = (first: string, shortage = '缺口（亩）'): ListColumn<GapRow>[] => [
  { header: first, kind: 'text', width: 22, value: (r) => r.name },
  { header: '供给（亩）', kind: 'mu', width: 12, value: (r) => r.supplyMu },
  { header: '需求（亩）', kind: 'mu', width: 12, value: (r) => r.demandMu },
  { header: shortage, kind: 'mu', width: 16, value: (r) => (r.shortageMu > 0 ? r.shortageMu : null) },
  { header: '富余（亩）', kind: 'mu', width: 12, value: (r) => (r.surplusMu > 0 ? r.surplusMu : null) },
];

/** XLSX bytes of the matching under its options. */
export async function landBalanceXlsx(w: LandBalanceWorkbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const at = new Date(w.generatedAt);
  wb.creator = appNameZh(w.zoneNameZh);
  wb.created = at;
  wb.modified = at;
  wb.title = `${w.zoneNameZh}用地缺口与配地测算（数据截至 ${w.asOf}）`;
  const s = w.matches.summary;
  const lines: Line[] = [
    ...optionLines(w.matches.options, w.platformName),
    ['数据截至', w.asOf],
    ['招商项目（在谈·过会·签约）', String(s.pipeline)],
    ['已配地', String(s.matched)],
    ['其中跨平台', String(s.crossPlatform)],
    ['未配地', String(s.unmatched)],
    ['全区缺口合计（各平台缺口之和）', w.gross.grossShortageMu],
    ['富余合计（各平台富余之和）', w.gross.grossSurplusMu],
    ['净差（需求 − 供给，不代表实际缺地）', w.gross.netMu],
  ];
  addSheet(wb, '说明', LINE_COLUMNS, lines);
  const rows = w.matches.projects;
  addSheet(
    wb,
    '配地',
    assignmentColumns(w),
    rows.filter((r) => r.assignment),
  );
  addSheet(
    wb,
    '未配地',
    unmatchedColumns(w),
    rows.filter((r) => !r.assignment),
  );
  addSheet(wb, '平台缺口', gapColumns('平台'), w.byPlatform);
  // An industry's shortage is summed over the platforms short for it (never netted against spare land on
  // another platform); its supply is all the zone's land it may use.
  addSheet(wb, '产业缺口', gapColumns('产业', '缺口（亩，各平台之和）'), w.byIndustry);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
