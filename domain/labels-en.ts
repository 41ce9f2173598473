/**
 * English labels of the wire enums, the counterparts of the `*_ZH` maps in enums.ts.
 * Used by server-side reports and by `labelOf` in format.ts; the client's i18n files may reuse them.
 */
import type {
  AgreementBasis,
  ComplianceStatus,
  GrantMode,
  Industry,
  LabelTables,
  LandState,
  LandUse,
  Origin,
  PlatformKind,
  ProjectStage,
  RedevelopmentMode,
  RedevelopmentStage,
  RedevelopmentType,
  StartEvidence,
  TargetMetric,
} from './enums.ts';

/** English names of land-supply states. */
export const LAND_STATE_EN: Record<LandState, string> = {
  planned: 'Planned',
  reserve: 'Land reserve',
  ready: 'Ready (serviced)',
  listed: 'Listed',
  transferred: 'Transferred',
  delivered: 'Delivered',
  under_construction: 'Under construction',
  completed: 'Completed',
  producing: 'Producing',
};

/** English names of project stages. */
export const PROJECT_STAGE_EN: Record<ProjectStage, string> = {
  lead: 'Lead',
  negotiating: 'Negotiating',
  approved: 'Approved',
  signed: 'Signed',
  land_acquired: 'Land acquired',
  under_construction: 'Under construction',
  producing: 'Producing',
  terminated: 'Terminated',
};

/** English names of industries (the 4+1 plus others). */
export const INDUSTRY_EN: Record<Industry, string> = {
  beidou: 'BeiDou navigation',
  laser: 'Laser',
  semiconductor: 'Semiconductor',
  ai: 'Artificial intelligence',
  bigdata_iot: 'Big data & IoT',
  new_energy: 'New energy',
  other: 'Other',
};

/** English names of project origins. */
export const ORIGIN_EN: Record<Origin, string> = {
  shenzhen: 'Shenzhen',
  korea: 'Korea',
  local: 'Local',
  other: 'Other',
};

/** English names of platform kinds. */
export const PLATFORM_KIND_EN: Record<PlatformKind, string> = {
  industry_belt: 'Industry belt',
  industrial_park: 'Industrial park',
  demonstration_zone: 'Innovation demonstration zone',
  science_park: 'Science park',
  town_platform: 'Town industrial platform',
};

/** English names of 三旧改造 types. */
export const REDEVELOPMENT_TYPE_EN: Record<RedevelopmentType, string> = {
  old_factory: 'Old factory',
  old_village: 'Old village',
  old_town: 'Old town',
};

/** English names of redevelopment modes (工改工 / 工改科). */
export const REDEVELOPMENT_MODE_EN: Record<RedevelopmentMode, string> = {
  industrial_to_industrial: 'Industrial to industrial',
  industrial_to_tech: 'Industrial to tech/R&D',
  other: 'Other',
};

/** English names of redevelopment stages. */
export const REDEVELOPMENT_STAGE_EN: Record<RedevelopmentStage, string> = {
  mapped: 'Mapped (in database)',
  planning: 'Planning',
  demolition: 'Demolition',
  construction: 'Construction',
  completed: 'Completed',
};

/** English names of land-use codes. */
export const LAND_USE_EN: Record<LandUse, string> = {
  '1001': 'Industrial',
  '100101': 'Industrial, class 1',
  '100102': 'Industrial, class 2',
  '100103': 'Industrial, class 3',
  M0: 'New-type industrial (M0)',
  '1101': 'Logistics & warehousing',
  '110101': 'Logistics & warehousing, class 1',
  '110102': 'Logistics & warehousing, class 2',
  '110103': 'Logistics & warehousing, class 3',
  '0901': 'Commercial',
  '0802': 'Research (R&D)',
};

/** English names of grant modes. */
export const GRANT_MODE_EN: Record<GrantMode, string> = {
  tender: 'Tender',
  auction: 'Auction',
  listing: 'Listing',
  agreement: 'By agreement',
  allocation: 'Allocation (no price)',
};

/** English names of the legal bases of a grant by agreement. */
export const AGREEMENT_BASIS_EN: Record<AgreementBasis, string> = {
  sanjiu_self_redevelopment: 'Redevelopment by the original holder (三旧)',
  allocation_conversion: 'Allocated land converted to a grant',
  term_renewal: 'Renewal at the end of the term',
};

/** English names of the evidence that construction started. */
export const START_EVIDENCE_EN: Record<StartEvidence, string> = {
  excavation_done: 'Deep-pit excavation done',
  piles_done: 'All foundation piles driven',
  foundation_third: 'One third of the foundation done',
};

/** English names of the idle-land procedure statuses. */
export const COMPLIANCE_STATUS_EN: Record<ComplianceStatus, string> = {
  ok: 'OK',
  warning: 'Warning',
  government_delay: 'Delivery overdue (government)',
  suspected_idle: 'Suspected idle',
  investigated: 'Investigated',
  confirmed_idle: 'Confirmed idle',
  fee_levied: 'Idle fee levied',
  reclaimable: 'Reclaimable',
  reclaimed: 'Reclaimed',
};

/** English names of target metrics. */
export const TARGET_METRIC_EN: Record<TargetMetric, string> = {
  new_4plus1_enterprises: 'New 4+1 enterprises',
  planned_investment: 'Planned investment signed',
  tech_upgrade_investment: 'Technical-upgrade investment',
  redevelopment_area: 'Redevelopment (三旧) area',
  industrial_output: 'Industrial output (above scale)',
  shenzhen_projects_visited: 'Shenzhen projects contacted',
};

/** English labels of every labelled enum family (the `*_EN` maps above). */
export const LABELS_EN: LabelTables = {
  landState: LAND_STATE_EN,
  projectStage: PROJECT_STAGE_EN,
  industry: INDUSTRY_EN,
  origin: ORIGIN_EN,
  platformKind: PLATFORM_KIND_EN,
  redevelopmentType: REDEVELOPMENT_TYPE_EN,
  redevelopmentMode: REDEVELOPMENT_MODE_EN,
  redevelopmentStage: REDEVELOPMENT_STAGE_EN,
  landUse: LAND_USE_EN,
  grantMode: GRANT_MODE_EN,
  agreementBasis: AGREEMENT_BASIS_EN,
  startEvidence: START_EVIDENCE_EN,
  complianceStatus: COMPLIANCE_STATUS_EN,
};
