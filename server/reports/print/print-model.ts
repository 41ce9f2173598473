/**
 * What a map printed to scale shows (GET /api/print/map.pdf): the ground extent of the sheet's map frame around
 * the requested centre (domain/print/print-page.ts), the parcels in it that match the map's filters (and drawn
 * area) coloured by the map's theme, platform outlines, roads and railways, the legend of the classes on the
 * sheet, and the provenance (data version, as-of date, generation date). Gathered in a worker (server/jobs/).
 */
import { beijingDate } from '../../../domain/beijing-time.ts';
import type { Lang } from '../../../domain/format.ts';
import { labelOf } from '../../../domain/format.ts';
import { INDUSTRY_COLORS, LAND_USE_COLORS, PLATFORM_COLORS, STATE_COLORS } from '../../../domain/palette.ts';
import { type Orientation, type Paper, printExtent } from '../../../domain/print/print-page.ts';
import type { AreaGeometry } from '../../../domain/schemas.ts';
import { currentDataVersion } from '../../db/queries/meta.ts';
import { type ParcelFeature, type ParcelFilter, queryParcels } from '../../db/queries/parcels.ts';
import { listPlatforms } from '../../db/queries/platforms.ts';
import { roadsNear } from '../../db/queries/reports.ts';
import { PARCEL_LIMIT_MAX } from '../../read-models/parcel-list.ts';
import { idsInArea } from '../../read-models/parcel-table.ts';
import type { ReadDeps } from '../../routes/deps.ts';
import type { ContextLine } from '../models.ts';

/** Parcel colouring of a printed map (as on screen). */
export const PRINT_THEMES = ['state', 'landUse', 'industry', 'platform'] as const;
export type PrintTheme = (typeof PRINT_THEMES)[number];

/** A print request, as validated by the route. */
export interface PrintRequest {
  paper: Paper;
  orientation: Orientation;
  /** Scale denominator (1:scale). */
  scale: number;
  /** Centre of the map frame [lon, lat], degrees. */
  center: [number, number];
  title: string;
  theme: PrintTheme;
  lang: Lang;
  /** The map's parcel filters (and drawn area); its `bbox` and `limit` are set here. */
  filter: ParcelFilter;
}

/** One legend class: label and fill colour. */
export interface PrintClass {
  key: string;
  label: string;
  color: string;
}

/** Everything the printed sheet draws. */
export interface PrintModel {
  request: PrintRequest;
  extent: ReturnType<typeof printExtent>;
  parcels: { code: string; classKey: string; geometry: AreaGeometry }[];
  platforms: { name: string; geometry: AreaGeometry }[];
  roads: ContextLine[];
  classes: PrintClass[];
  dataVersion: string;
  asOf: string;
  printedOn: string;
  illustrative: boolean;
}

function classKey(f: ParcelFeature, theme: PrintTheme): string {
  const p = f.properties;
  if (theme === 'state') return p.state;
  if (theme === 'landUse') return p.landUse;
  if (theme === 'industry') return p.industry ?? 'none';
  return p.platformId;
}

/** Legend classes of `theme` in display order (platforms in the API's order, as the map colours them). */
function themeClasses(
  theme: PrintTheme,
  lang: Lang,
  platforms: { id: string; name: string }[],
): PrintClass[] {
  const none = lang === 'en' ? 'No project' : '无项目';
  switch (theme) {
    case 'state':
      return Object.entries(STATE_COLORS).map(([k, color]) => ({
        key: k,
        color,
        label: labelOf('landState', k as keyof typeof STATE_COLORS, lang),
      }));
    case 'landUse':
      return Object.entries(LAND_USE_COLORS).map(([k, color]) => ({
        key: k,
        color,
        label: `${k} ${labelOf('landUse', k as keyof typeof LAND_USE_COLORS, lang)}`,
      }));
    case 'industry':
      return Object.entries(INDUSTRY_COLORS).map(([k, color]) => ({
        key: k,
        color,
        label:
          k === 'none' ? none : labelOf('industry', k as Exclude<keyof typeof INDUSTRY_COLORS, 'none'>, lang),
      }));
    case 'platform':
      return platforms.map((p, i) => ({
        key: p.id,
        color: PLATFORM_COLORS[i % PLATFORM_COLORS.length] ?? '#adb5bd',
        label: p.name,
      }));
  }
}

/** Gathers the printed map's content from the database. */
export function gatherPrintModel(deps: ReadDeps, request: PrintRequest): PrintModel {
  const { db } = deps;
  const extent = printExtent(request.paper, request.orientation, request.scale, request.center);
  const filter: ParcelFilter = { ...request.filter, bbox: extent.box, limit: PARCEL_LIMIT_MAX };
  let features = queryParcels(db, filter).features;
  if (filter.area) {
    const keep = new Set(idsInArea(db, filter, filter.area));
    features = features.filter((f) => keep.has(f.id));
  }
  const platforms = listPlatforms(db).map((p) => ({
    id: p.id,
    name: request.lang === 'en' ? p.nameEn : p.nameZh,
    geometry: p.geometry,
  }));
  const parcels = features.map((f) => ({
    code: f.properties.code,
    classKey: classKey(f, request.theme),
    geometry: f.geometry,
  }));
  const present = new Set(parcels.map((p) => p.classKey));
  return {
    request,
    extent,
    parcels,
    platforms,
    roads: roadsNear(db, extent.box),
    classes: themeClasses(request.theme, request.lang, platforms).filter((c) => present.has(c.key)),
    dataVersion: currentDataVersion(db),
    asOf: deps.dataset.asOf,
    printedOn: beijingDate(deps.clock()),
    illustrative: deps.dataset.illustrativeGeometry,
  };
}
