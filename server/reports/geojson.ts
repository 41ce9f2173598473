/**
 * The parcel list as an RFC 7946 FeatureCollection: lon/lat WGS84 (no `crs` member), outer rings
 * counter-clockwise and holes clockwise (right-hand rule), coordinates rounded to 7 decimals (≈ 1 cm).
 * Properties keep the API's camelCase names, plus Chinese labels for desktop GIS users.
 */
import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { labelOf } from '../../domain/format.ts';
import type { AreaGeometry } from '../../domain/schemas.ts';
import type { ParcelListModel, ParcelRow } from './models.ts';

/** Properties of an exported parcel feature. */
export type ParcelFeatureProps = ParcelRow['parcel'] & {
  platformNameZh: string;
  landUseZh: string;
  stateZh: string;
  projectNames: string[];
  enterprises: string[];
};

const round7 = (p: Position): Position => p.map((v) => Math.round(v * 1e7) / 1e7);

/** Geometry in RFC 7946 winding with rounded coordinates. */
export function rfc7946Geometry(g: AreaGeometry): Polygon | MultiPolygon {
  const rounded: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(round7)) }
      : {
          type: 'MultiPolygon',
          coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(round7))),
        };
  // mutate: true rewinds in place (its return type is too wide to be useful).
  rewind(rounded, { mutate: true });
  return rounded;
}

/** One parcel as a feature with id = parcel id. */
export function parcelFeature(row: ParcelRow): Feature<Polygon | MultiPolygon, ParcelFeatureProps> {
  const p = row.parcel;
  return {
    type: 'Feature',
    id: p.id,
    geometry: rfc7946Geometry(row.geometry),
    properties: {
      ...p,
      platformNameZh: row.platformNameZh,
      landUseZh: labelOf('landUse', p.landUse, 'zh-CN'),
      stateZh: labelOf('landState', p.state, 'zh-CN'),
      projectNames: row.projects.map((x) => x.name),
      enterprises: row.projects.map((x) => x.enterprise),
    },
  };
}

/** The FeatureCollection of a parcel list. */
export function parcelListGeoJson(
  list: ParcelListModel,
): FeatureCollection<Polygon | MultiPolygon, ParcelFeatureProps> {
  return { type: 'FeatureCollection', features: list.rows.map(parcelFeature) };
}
