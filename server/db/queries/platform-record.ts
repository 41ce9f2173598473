/** One `platforms` row as a domain platform (without its boundary): the one place the columns map. */
import { z } from 'zod';
import { PLATFORM_KINDS } from '../../../domain/enums.ts';
import { Industry, type Platform } from '../../../domain/schemas.ts';
import { enumColumn, jsonColumn } from './columns.ts';

/** The columns of `platforms` a platform record is built from. */
export type PlatformColumns = {
  id: string;
  name_zh: string;
  name_en: string;
  kind: string;
  focus_industries: string;
  towns: string;
  area_m2: number;
};

const Industries = z.array(Industry);
const Towns = z.array(z.string());

/** The platform of a row (focus industries and towns parsed from their JSON columns). */
export function platformFromColumns(r: PlatformColumns): Platform {
  return {
    id: r.id,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    kind: enumColumn(PLATFORM_KINDS, 'platforms.kind', r.kind),
    focusIndustries: jsonColumn(Industries, 'platforms.focus_industries', r.focus_industries),
    towns: jsonColumn(Towns, 'platforms.towns', r.towns),
    areaM2: r.area_m2,
  };
}
