/**
 * Plain, already-gathered inputs of the report and export writers. Routes build these from the database;
 * the writers only lay them out, so every writer is a pure function of its model (same model → same bytes).
 */
import type { LineString, MultiLineString } from 'geojson';
import type { BoundaryPoint } from '../../domain/boundary-points.ts';
import type { IdleLandRow, IdleLandSummary } from '../../domain/dashboard/idle-land.ts';
import type { Industry, LandState } from '../../domain/enums.ts';
import type { Side, SideNeighbour } from '../../domain/four-sides.ts';
import type { LandUseFit } from '../../domain/land-use-fit.ts';
import type { ParcelSupervision } from '../../domain/parcel-supervision.ts';
import type {
  AreaGeometry,
  IsoDate,
  LandEvent,
  Parcel,
  Platform,
  Project,
  RedevelopmentSite,
} from '../../domain/schemas.ts';
import type { PlatformBalanceSection } from './platform-balance-model.ts';

/** Provenance printed in every report footer and used to name files. */
export interface ReportProvenance {
  /** The dataset's reference date (数据截至), ISO date. */
  asOf: IsoDate;
  /** Short hash of the data the report was made from; same hash + same code → same report. */
  dataVersion: string;
  /** When the report was generated, ISO date-time (UTC); also the PDF's CreationDate. */
  generatedAt: string;
  /** True when geometry is illustrative (the bundled sample): a note is printed under the map. */
  illustrativeGeometry: boolean;
}

/** A road or other line drawn on report maps as context. */
export interface ContextLine {
  nameZh: string;
  /** Road reference such as `S357`; empty when none. */
  ref: string;
  /** expressway | provincial | main | railway | … (styling only). */
  kind: string;
  geometry: LineString | MultiLineString;
}

/** A parcel drawn on a map, with the label and colour key it needs. */
export interface MapParcel {
  code: string;
  state: LandState;
  geometry: AreaGeometry;
}

/** A project as shown in a dossier, with its investment intensity (万元/亩) when its land is known. */
export interface DossierProject extends Project {
  /** Fixed-asset investment ÷ held land area, 万元/亩; null when the project holds no land or it is unknown. */
  intensityWanPerMu: number | null;
  /** The same in 元/㎡ (optional: list exports do not need it). */
  intensityYuanPerM2?: number | null;
  /** Whether the project fits the parcel's land use (dossier only). */
  landUseFit?: LandUseFit;
}

/** Idle-land clock (闲置土地处置办法) in words, already evaluated at `asOf`. */
export interface IdleSummary {
  /** Short status, e.g. `正常`, `距开工期限 120 天`, `闲置满1年：征收闲置费`. */
  labelZh: string;
  /** One-sentence explanation, or null. */
  detailZh: string | null;
  /** True when the parcel is idle or about to become idle: the report highlights it. */
  warning: boolean;
}

/** Everything the one-page parcel dossier (地块报告) shows. */
export interface ParcelDossierModel extends ReportProvenance {
  parcel: Parcel;
  geometry: AreaGeometry;
  platform: { id: string; nameZh: string; boundary: AreaGeometry | null };
  projects: DossierProject[];
  /** State history, oldest first. */
  events: LandEvent[];
  redevelopment: RedevelopmentSite[];
  idle: IdleSummary | null;
  /** Grant, conditions, contract clock with amendments, procedure and readiness on the reference date. */
  supervision: ParcelSupervision;
  /** 界址点 (EPSG:4547 X/Y and lon/lat). */
  boundaryPoints: BoundaryPoint[];
  /** 四至. */
  fourSides: Record<Side, SideNeighbour>;
  /** Parcels around this one (drawn in their state colour, labelled with their code). */
  neighbours: MapParcel[];
  roads: ContextLine[];
}

/** A target of the platform with its progress at `asOf`. */
export interface TargetProgress {
  /** e.g. `2018年 计划投资`. */
  labelZh: string;
  /** Unit label, e.g. `亿元`, `家`, `平方米`. */
  unitZh: string;
  target: number;
  /** Progress in the same unit; null when it cannot be measured from the data. */
  actual: number | null;
  /** The dashboard's secondary figure in the same unit (预期 output, 计划 investment/area); null if none. */
  planned: number | null;
  /** What `planned` is called: `预期` or `计划`. */
  plannedLabelZh: string;
}

/** Projects of one industry targeting a platform (terminated left out), as /api/platforms/:id byIndustry. */
export interface IndustryTally {
  key: Industry;
  count: number;
  investmentWan: number;
}

/** A parcel row of the platform report / parcel exports. */
export interface ParcelRow {
  parcel: Parcel;
  geometry: AreaGeometry;
  platformNameZh: string;
  /** Projects on the parcel (parcel ↔ project is many-to-many). */
  projects: Project[];
}

/** Everything the platform report shows. */
export interface PlatformReportModel extends ReportProvenance {
  platform: Platform;
  boundary: AreaGeometry;
  rows: ParcelRow[];
  /** Projects targeting or holding land on the platform. */
  projects: Project[];
  targets: TargetProgress[];
  /** Live projects by industry: exactly `projects.byIndustry` of /api/platforms/:id, in INDUSTRIES order. */
  byIndustry: IndustryTally[];
  roads: ContextLine[];
  /** The 用地缺口 section (computed on the HTTP side by the land-balance service, carried with the job). */
  landBalance: PlatformBalanceSection;
  /**
   * The platform's idle-land watch list on the reference date (as GET /api/idle-land?platform=): the most
   * urgent rows, the number of all rows and their totals.
   */
  idle: { rows: IdleLandRow[]; total: number; summary: IdleLandSummary };
  /** The platform's 三旧 sites, ordered by code. */
  redevelopmentSites: RedevelopmentSite[];
  /** The platform's 三旧改造面积 targets with the sites' totals (㎡) for their target year. */
  redevelopmentTargets: RedevelopmentTarget[];
}

/** A 三旧改造面积 target and the platform's sites of its year: completed area against it, total area planned (㎡). */
export interface RedevelopmentTarget {
  year: number;
  targetM2: number;
  completedM2: number;
  plannedM2: number;
  siteCount: number;
}

/** A filtered parcel list for XLSX / CSV / GeoJSON / KML. */
export interface ParcelListModel {
  /** Human description of the filter, e.g. `357创新产业带` or `全部`. */
  filterLabelZh: string;
  /** The zone's name (zone settings nameZh), in the list's title, e.g. `仲恺`. */
  zoneNameZh: string;
  asOf: IsoDate;
  generatedAt: string;
  rows: ParcelRow[];
  /** Distinct projects on the listed parcels (second XLSX sheet). */
  projects: Project[];
  /** Platform names by id, for project rows. */
  platformNames: Record<string, string>;
}
