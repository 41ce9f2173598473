/** One `parcels` row (SELECT p.* plus geometry) as a domain parcel with its geometry: the one place the columns map. */
import { LAND_STATES, LAND_USES } from '../../../domain/enums.ts';
import type { AreaGeometry, Parcel } from '../../../domain/schemas.ts';
import { enumColumn, geometryColumn } from './columns.ts';

/** The columns of `parcels` a parcel record is built from. */
export type ParcelColumns = {
  id: string;
  code: string;
  platform_id: string;
  town: string;
  land_use: string;
  area_m2: number;
  area_mu: number;
  plot_ratio_max: number;
  state: string;
  state_since: string;
  expected_ready_date: string | null;
  contract_signed: string | null;
  contract_agreed_delivery: string | null;
  contract_agreed_start: string | null;
  contract_agreed_completion: string | null;
  land_price_wan: number | null;
  version: number;
  geometry: string;
};

/**
 * SQL for the ids of the projects holding parcel `p`, in id order, joined by the unit separator (char 31,
 * which cannot occur in an id, unlike a comma); read it back with `projectIdsColumn`.
 */
export const PROJECT_IDS_SQL = `(SELECT group_concat(project_id, char(31)) FROM
  (SELECT project_id FROM parcel_projects WHERE parcel_id = p.id ORDER BY project_id))`;

/** The ids of a `PROJECT_IDS_SQL` column (null when no project holds the parcel). */
export function projectIdsColumn(text: string | null): string[] {
  return text ? text.split('\u001f') : [];
}

/** The contract columns of `parcels`. */
export type ContractColumns = Pick<
  ParcelColumns,
  'contract_signed' | 'contract_agreed_delivery' | 'contract_agreed_start' | 'contract_agreed_completion'
>;

/** The 出让合同 dates of a row (ISO dates or null). */
export function contractFromColumns(r: ContractColumns): Parcel['contract'] {
  return {
    signed: r.contract_signed,
    agreedDelivery: r.contract_agreed_delivery,
    agreedStart: r.contract_agreed_start,
    agreedCompletion: r.contract_agreed_completion,
  };
}

/** The parcel of a row without its geometry, with the ids of the projects holding it (in the order given). */
export function parcelAttributesFromColumns(
  r: Omit<ParcelColumns, 'geometry'>,
  projectIds: string[],
): Parcel {
  return {
    id: r.id,
    code: r.code,
    platformId: r.platform_id,
    town: r.town,
    landUse: enumColumn(LAND_USES, 'parcels.land_use', r.land_use),
    areaM2: r.area_m2,
    areaMu: r.area_mu,
    plotRatioMax: r.plot_ratio_max,
    state: enumColumn(LAND_STATES, 'parcels.state', r.state),
    stateSince: r.state_since,
    expectedReadyDate: r.expected_ready_date,
    contract: contractFromColumns(r),
    landPriceWan: r.land_price_wan,
    projectIds,
    version: r.version,
  };
}

/** The parcel of a row, with the ids of the projects holding it (in the order given) and its lon/lat geometry. */
export function parcelFromColumns(
  r: ParcelColumns,
  projectIds: string[],
): Parcel & { geometry: AreaGeometry } {
  return { ...parcelAttributesFromColumns(r, projectIds), geometry: geometryColumn(r.geometry) };
}
