/**
 * zod schemas and inferred types of the model (docs/architecture.md, Names on the wire). JSON is camelCase; dates are ISO `YYYY-MM-DD`;
 * areas in ㎡ (`…M2`) or 亩 (`…Mu`); money in 万元 (`…Wan`). Geometry is RFC 7946 lon/lat.
 * These are the one source of truth for geodata files, the database rows, the API and the client.
 */
import { z } from 'zod';
import { isoDateProblem } from './dates.ts';
import {
  INDUSTRIES,
  LAND_STATES,
  LAND_USES,
  ORIGINS,
  PLATFORM_KINDS,
  PROJECT_STAGES,
  REDEVELOPMENT_IMPLEMENTERS,
  REDEVELOPMENT_MODES,
  REDEVELOPMENT_STAGES,
  REDEVELOPMENT_TYPES,
  TARGET_METRICS,
  TARGET_UNITS,
} from './enums.ts';
import { ZoneSettings } from './settings/zone-settings.ts';

/** ISO calendar date `YYYY-MM-DD`: a real day of 1900–2100 (domain/dates.ts `isoDateProblem`, the one parser). */
export const IsoDate = z.string().superRefine((s, ctx) => {
  const problem = isoDateProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
export type IsoDate = z.infer<typeof IsoDate>;

export const LandState = z.enum(LAND_STATES);
export const ProjectStage = z.enum(PROJECT_STAGES);
export const Industry = z.enum(INDUSTRIES);
export const Origin = z.enum(ORIGINS);
export const PlatformKind = z.enum(PLATFORM_KINDS);
export const LandUse = z.enum(LAND_USES);
export const RedevelopmentType = z.enum(REDEVELOPMENT_TYPES);
export const RedevelopmentMode = z.enum(REDEVELOPMENT_MODES);
export const RedevelopmentStage = z.enum(REDEVELOPMENT_STAGES);
export const RedevelopmentImplementer = z.enum(REDEVELOPMENT_IMPLEMENTERS);
export const TargetMetric = z.enum(TARGET_METRICS);
export const TargetUnit = z.enum(TARGET_UNITS);

const Position = z.array(z.number()).min(2).max(3);
const Ring = z.array(Position);
export const PolygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring) });
export const MultiPolygonGeometry = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(Ring)),
});
/** Polygon or MultiPolygon, lon/lat. Structural check only; see geometry-validation.ts for validity. */
export const AreaGeometry = z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry]);
export type AreaGeometry = z.infer<typeof AreaGeometry>;

/** 出让合同 dates; null when not signed yet. */
export const Contract = z.object({
  signed: IsoDate.nullable(),
  agreedDelivery: IsoDate.nullable(),
  agreedStart: IsoDate.nullable(),
  agreedCompletion: IsoDate.nullable(),
});
export type Contract = z.infer<typeof Contract>;

/** A land-supply state change of a parcel. `from` is null for the first recorded state. */
export const LandEvent = z.object({
  parcelId: z.string().min(1),
  from: LandState.nullable(),
  to: LandState,
  date: IsoDate,
  note: z.string().default(''),
  who: z.string().default(''),
});
export type LandEvent = z.infer<typeof LandEvent>;

/** 产业平台. `areaM2` is computed geodesically from the boundary. */
export const Platform = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  kind: PlatformKind,
  focusIndustries: z.array(Industry),
  towns: z.array(z.string()),
  areaM2: z.number().nonnegative(),
});
export type Platform = z.infer<typeof Platform>;

/** 地块. `areaM2`/`areaMu` are computed geodesically from the geometry, never trusted from input. */
export const Parcel = z.object({
  id: z.string().min(1),
  code: z.string().min(1),
  platformId: z.string().min(1),
  town: z.string(),
  landUse: LandUse,
  areaM2: z.number().positive(),
  areaMu: z.number().positive(),
  plotRatioMax: z.number().positive(),
  state: LandState,
  stateSince: IsoDate,
  /** For planned/reserve parcels: when the land is expected to be ready (净地) for supply. */
  expectedReadyDate: IsoDate.nullable(),
  contract: Contract,
  /** 出让价款, 万元; null before transfer. */
  landPriceWan: z.number().nonnegative().nullable(),
  projectIds: z.array(z.string()),
  version: z.number().int().positive(),
});
export type Parcel = z.infer<typeof Parcel>;

/** Key dates of a project; any may be null. */
export const ProjectDates = z.object({
  firstContact: IsoDate.nullable(),
  approved: IsoDate.nullable(),
  signed: IsoDate.nullable(),
  landAcquired: IsoDate.nullable(),
  started: IsoDate.nullable(),
  producing: IsoDate.nullable(),
});
export type ProjectDates = z.infer<typeof ProjectDates>;

/** 项目. `investmentWan` in 万元; `landDemandMu` in 亩; `floorDemandM2` in ㎡ (厂房需求). */
export const Project = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  enterprise: z.string().min(1),
  industry: Industry,
  origin: Origin,
  investmentWan: z.number().nonnegative(),
  landDemandMu: z.number().positive().nullable(),
  floorDemandM2: z.number().positive().nullable(),
  stage: ProjectStage,
  targetPlatformId: z.string().nullable(),
  /** R&D-type project (研发型): may also use M0 / 0802 land. */
  rdOriented: z.boolean(),
  /** Date by which the project needs its land (pipeline projects); null when unknown. */
  neededBy: IsoDate.nullable(),
  /** Expected annual output value at full production, 万元; null when unknown. */
  annualOutputWan: z.number().nonnegative().nullable(),
  /**
   * Fixed-asset investment (厂房、设备、地价款), 万元 — the numerator of 投资强度; null / absent when unknown.
   * Optional so that older files and fixtures stay valid.
   */
  fixedInvestmentWan: z.number().nonnegative().nullable().optional(),
  /** The enterprise already in the zone that this project expands (增资 / 二期), or null for a new enterprise. */
  expansionOf: z.string().min(1).nullable().optional(),
  keyDates: ProjectDates,
  parcelIds: z.array(z.string()),
});
export type Project = z.infer<typeof Project>;

/** 三旧改造 site. Areas in ㎡. `floorSpaceM2` is the industrial floor space it will deliver. */
export const RedevelopmentSite = z.object({
  id: z.string().min(1),
  code: z.string().min(1),
  name: z.string().min(1),
  type: RedevelopmentType,
  mode: RedevelopmentMode,
  platformId: z.string().min(1),
  areaM2: z.number().positive(),
  targetYear: z.number().int(),
  stage: RedevelopmentStage,
  completedAreaM2: z.number().nonnegative(),
  floorSpaceM2: z.number().nonnegative(),
  /** Land (㎡) released for new industrial supply on completion; 0 when it only delivers floor space. */
  landOutputM2: z.number().nonnegative(),
  expectedCompletion: IsoDate,
  /** Existing parcel this site overlaps, if any. */
  parcelId: z.string().nullable(),
  /** 政府收储 / 自行改造 / 合作改造; null / absent when not recorded (optional so older files stay valid). */
  implementer: RedevelopmentImplementer.nullable().optional(),
});
export type RedevelopmentSite = z.infer<typeof RedevelopmentSite>;

/** 目标. `scope` is `zone` or a platform id. */
export const Target = z.object({
  id: z.string().min(1),
  scope: z.string().min(1),
  year: z.number().int(),
  metric: TargetMetric,
  value: z.number(),
  unit: TargetUnit,
  source: z.string(),
});
export type Target = z.infer<typeof Target>;

/** 技改 (technical-upgrade) investment record of an enterprise, 万元. */
export const TechUpgrade = z.object({
  id: z.string().min(1),
  enterprise: z.string().min(1),
  platformId: z.string().min(1),
  year: z.number().int(),
  investmentWan: z.number().nonnegative(),
  /** Completed investment so far, 万元. */
  completedWan: z.number().nonnegative(),
});
export type TechUpgrade = z.infer<typeof TechUpgrade>;

/** Dataset metadata (geodata/meta.json). */
export const DatasetMeta = z.object({
  asOf: IsoDate,
  title: z.string(),
  illustrativeGeometry: z.boolean(),
  source: z.string(),
  /** The zone's settings the seed writes (name, map view, towns, code pattern, validity box); the rest default. */
  zone: ZoneSettings.partial().optional(),
});
export type DatasetMeta = z.infer<typeof DatasetMeta>;
