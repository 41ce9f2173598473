/**
 * Enumerations that cross the wire. The English keys are a contract (docs/architecture.md, "Names on the wire");
 * the UI shows the Chinese labels from `client/i18n`, and `*_ZH` here serve server-side reports.
 */

/** Land-supply states, in lifecycle order (规划 → … → 投产). */
export const LAND_STATES = [
  'planned',
  'reserve',
  'ready',
  'listed',
  'transferred',
  'delivered',
  'under_construction',
  'completed',
  'producing',
] as const;
export type LandState = (typeof LAND_STATES)[number];

export const LAND_STATE_ZH: Record<LandState, string> = {
  planned: '规划',
  reserve: '储备',
  ready: '净地可供',
  listed: '挂牌',
  transferred: '已出让',
  delivered: '已交地',
  under_construction: '在建',
  completed: '竣工',
  producing: '投产',
};

/** Project stages in order; `terminated` (终止) can follow any stage before producing. */
export const PROJECT_STAGES = [
  'lead',
  'negotiating',
  'approved',
  'signed',
  'land_acquired',
  'under_construction',
  'producing',
  'terminated',
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const PROJECT_STAGE_ZH: Record<ProjectStage, string> = {
  lead: '线索',
  negotiating: '在谈',
  approved: '过会',
  signed: '签约',
  land_acquired: '已拿地',
  under_construction: '开工',
  producing: '投产',
  terminated: '终止',
};

/** The 4+1 strategic industries plus others. */
export const INDUSTRIES = [
  'beidou',
  'laser',
  'semiconductor',
  'ai',
  'bigdata_iot',
  'new_energy',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** The new "4+1" strategic emerging industries (北斗, 激光, 半导体, 人工智能, 大数据与物联网). */
export const FOUR_PLUS_ONE: readonly Industry[] = ['beidou', 'laser', 'semiconductor', 'ai', 'bigdata_iot'];

export const INDUSTRY_ZH: Record<Industry, string> = {
  beidou: '北斗',
  laser: '激光',
  semiconductor: '半导体',
  ai: '人工智能',
  bigdata_iot: '大数据与物联网',
  new_energy: '新能源',
  other: '其他',
};

export const ORIGINS = ['shenzhen', 'korea', 'local', 'other'] as const;
export type Origin = (typeof ORIGINS)[number];
export const ORIGIN_ZH: Record<Origin, string> = {
  shenzhen: '深圳',
  korea: '韩国',
  local: '本地',
  other: '其他',
};

export const PLATFORM_KINDS = [
  'industry_belt',
  'industrial_park',
  'demonstration_zone',
  'science_park',
  'town_platform',
] as const;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];
export const PLATFORM_KIND_ZH: Record<PlatformKind, string> = {
  industry_belt: '产业带',
  industrial_park: '产业园',
  demonstration_zone: '自主创新示范区',
  science_park: '科技园',
  town_platform: '镇街产业平台',
};

export const REDEVELOPMENT_TYPES = ['old_factory', 'old_village', 'old_town'] as const;
export type RedevelopmentType = (typeof REDEVELOPMENT_TYPES)[number];
export const REDEVELOPMENT_TYPE_ZH: Record<RedevelopmentType, string> = {
  old_factory: '旧厂房',
  old_village: '旧村庄',
  old_town: '旧城镇',
};

export const REDEVELOPMENT_MODES = ['industrial_to_industrial', 'industrial_to_tech', 'other'] as const;
export type RedevelopmentMode = (typeof REDEVELOPMENT_MODES)[number];
export const REDEVELOPMENT_MODE_ZH: Record<RedevelopmentMode, string> = {
  industrial_to_industrial: '工改工',
  industrial_to_tech: '工改科',
  other: '其他',
};

export const REDEVELOPMENT_STAGES = [
  'mapped',
  'planning',
  'demolition',
  'construction',
  'completed',
] as const;
export type RedevelopmentStage = (typeof REDEVELOPMENT_STAGES)[number];
export const REDEVELOPMENT_STAGE_ZH: Record<RedevelopmentStage, string> = {
  mapped: '标图建库',
  planning: '方案',
  demolition: '拆除',
  construction: '建设',
  completed: '完成',
};

/** Who carries out a 三旧 redevelopment: 政府收储 (the government takes the land into reserve), 自行改造 (the
 * owner redevelops), 合作改造 (owner and a partner) — the three routes of 粤府〔2009〕78号 and its successors. */
export const REDEVELOPMENT_IMPLEMENTERS = ['government_reserve', 'self', 'cooperative'] as const;
export type RedevelopmentImplementer = (typeof REDEVELOPMENT_IMPLEMENTERS)[number];
export const REDEVELOPMENT_IMPLEMENTER_ZH: Record<RedevelopmentImplementer, string> = {
  government_reserve: '政府收储',
  self: '自行改造',
  cooperative: '合作改造',
};

/** Target metrics (the article's targets, geodata/README.md). Units: count = 家/个, yuan_yi = 亿元, m2 = ㎡. */
export const TARGET_METRICS = [
  'new_4plus1_enterprises',
  'planned_investment',
  'tech_upgrade_investment',
  'redevelopment_area',
  'industrial_output',
  'shenzhen_projects_visited',
] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];
/** Chinese names of target metrics, as the dashboard and the platform report print them. */
export const TARGET_METRIC_ZH: Record<TargetMetric, string> = {
  new_4plus1_enterprises: '新引进4+1产业企业',
  planned_investment: '签约项目计划投资',
  tech_upgrade_investment: '技改投资',
  redevelopment_area: '三旧改造面积',
  industrial_output: '规上工业总产值',
  shenzhen_projects_visited: '深圳优质项目对接',
};
export const TARGET_UNITS = ['count', 'yuan_yi', 'm2'] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];

/**
 * Land-use codes (国土空间调查、规划、用途管制用地用海分类指南) plus Guangdong's local M0 新型产业用地.
 * Legacy M1/M2/M3 are accepted on import and mapped by `normalizeLandUse` in land-use.ts.
 */
export const LAND_USES = [
  '1001',
  '100101',
  '100102',
  '100103',
  'M0',
  '1101',
  '110101',
  '110102',
  '110103',
  '0901',
  '0802',
] as const;
export type LandUse = (typeof LAND_USES)[number];
export const LAND_USE_ZH: Record<LandUse, string> = {
  '1001': '工业用地',
  '100101': '一类工业用地',
  '100102': '二类工业用地',
  '100103': '三类工业用地',
  M0: '新型产业用地(M0)',
  '1101': '物流仓储用地',
  '110101': '一类物流仓储用地',
  '110102': '二类物流仓储用地',
  '110103': '三类物流仓储用地',
  '0901': '商业用地',
  '0802': '科研用地',
};

/**
 * Grant modes (出让方式 / 供地方式): 招标, 拍卖, 挂牌 (public, 国土资源部令第39号 第四条), 协议 (by agreement, only
 * with a legal basis), 划拨 (allocation without a price, 土地管理法 第五十四条).
 */
export const GRANT_MODES = ['tender', 'auction', 'listing', 'agreement', 'allocation'] as const;
export type GrantMode = (typeof GRANT_MODES)[number];
export const GRANT_MODE_ZH: Record<GrantMode, string> = {
  tender: '招标出让',
  auction: '拍卖出让',
  listing: '挂牌出让',
  agreement: '协议出让',
  allocation: '划拨',
};

/**
 * The closed list of legal bases for 协议出让 of industrial (or other operating) land:
 * - `sanjiu_self_redevelopment` 三旧改造 原土地使用权人自行改造 (粤府〔2009〕78号 and its successors);
 * - `allocation_conversion` 划拨土地补办出让 (城镇国有土地使用权出让和转让暂行条例 第四十五条);
 * - `term_renewal` 出让期满续期 (城市房地产管理法 第二十二条).
 */
export const AGREEMENT_BASES = [
  'sanjiu_self_redevelopment',
  'allocation_conversion',
  'term_renewal',
] as const;
export type AgreementBasis = (typeof AGREEMENT_BASES)[number];
export const AGREEMENT_BASIS_ZH: Record<AgreementBasis, string> = {
  sanjiu_self_redevelopment: '三旧改造原权利人自行改造',
  allocation_conversion: '划拨土地补办出让',
  term_renewal: '出让期满续期',
};

/**
 * Evidence that construction started (动工开发), 国土资源部令第53号 第三十条: deep-pit excavation done
 * (基坑开挖完毕), all foundation piles driven (打入所有基础桩), or one third of the foundation done
 * (地基施工完成三分之一).
 */
export const START_EVIDENCE = ['excavation_done', 'piles_done', 'foundation_third'] as const;
export type StartEvidence = (typeof START_EVIDENCE)[number];
export const START_EVIDENCE_ZH: Record<StartEvidence, string> = {
  excavation_done: '基坑开挖完毕',
  piles_done: '基础桩全部打入',
  foundation_third: '地基施工完成三分之一',
};

/**
 * Where a granted parcel stands on the idle-land procedure (闲置土地处置办法): `ok`; `warning` (agreed start
 * within 180 days or passed by less than a year); `government_delay` (the government has not delivered the land
 * on time, 第八条 — not idle); `suspected_idle` (clock passed, 疑似闲置); then the recorded steps `investigated`
 * (调查), `confirmed_idle` (认定), `fee_levied` (征缴闲置费), `reclaimable` (认定 and ≥ 2 years), `reclaimed` (收回).
 */
export const COMPLIANCE_STATUSES = [
  'ok',
  'warning',
  'government_delay',
  'suspected_idle',
  'investigated',
  'confirmed_idle',
  'fee_levied',
  'reclaimable',
  'reclaimed',
] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];
export const COMPLIANCE_STATUS_ZH: Record<ComplianceStatus, string> = {
  ok: '正常',
  warning: '预警',
  government_delay: '交地逾期（政府原因）',
  suspected_idle: '疑似闲置',
  investigated: '已调查',
  confirmed_idle: '已认定闲置',
  fee_levied: '已征缴闲置费',
  reclaimable: '可收回',
  reclaimed: '已收回',
};

/** Enum families that have display labels, with their key types. */
export interface LabelKinds {
  landState: LandState;
  projectStage: ProjectStage;
  industry: Industry;
  origin: Origin;
  platformKind: PlatformKind;
  redevelopmentType: RedevelopmentType;
  redevelopmentMode: RedevelopmentMode;
  redevelopmentStage: RedevelopmentStage;
  landUse: LandUse;
  grantMode: GrantMode;
  agreementBasis: AgreementBasis;
  startEvidence: StartEvidence;
  complianceStatus: ComplianceStatus;
}
/** One of the labelled enum families. */
export type LabelKind = keyof LabelKinds;
/** A label per key of every labelled enum family (one language). */
export type LabelTables = { [K in LabelKind]: Record<LabelKinds[K], string> };

/** Chinese labels of every labelled enum family (the `*_ZH` maps above). */
export const LABELS_ZH: LabelTables = {
  landState: LAND_STATE_ZH,
  projectStage: PROJECT_STAGE_ZH,
  industry: INDUSTRY_ZH,
  origin: ORIGIN_ZH,
  platformKind: PLATFORM_KIND_ZH,
  redevelopmentType: REDEVELOPMENT_TYPE_ZH,
  redevelopmentMode: REDEVELOPMENT_MODE_ZH,
  redevelopmentStage: REDEVELOPMENT_STAGE_ZH,
  landUse: LAND_USE_ZH,
  grantMode: GRANT_MODE_ZH,
  agreementBasis: AGREEMENT_BASIS_ZH,
  startEvidence: START_EVIDENCE_ZH,
  complianceStatus: COMPLIANCE_STATUS_ZH,
};
