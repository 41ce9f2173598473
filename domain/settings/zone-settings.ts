/**
 * The zone's own settings, kept in the database (not in code) so that any development zone can run the app: its
 * name (zh/en, shown in the header), the map's opening view (a fixed centre and zoom, or "fit to data"), its towns
 * (镇街), the pattern of its parcel codes (宗地编号, read by split/merge numbering, parcel-edit/parcel-codes.ts), and
 * the box every imported or edited geometry must lie in (catches swapped axes and data from elsewhere).
 * The seed writes the bundled zone's values (geodata/meta.json `zone`); an empty instance starts from
 * EMPTY_ZONE_SETTINGS.
 */
import { z } from 'zod';

/** Longitude, latitude (degrees). */
const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** [west, south, east, north] (degrees), west < east and south < north. */
export const ValidityBox = z
  .tuple([
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
  ])
  .refine(([w, s, e, n]) => w < e && s < n, { message: 'west < east and south < north' });

/** Where the map opens: the extent of the data, or a fixed centre and zoom. */
export const MapViewSetting = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('fit') }).strict(),
  z.object({ mode: z.literal('fixed'), center: LonLat, zoom: z.number().min(2).max(20) }).strict(),
]);
export type MapViewSetting = z.infer<typeof MapViewSetting>;

/**
 * True when `source` compiles as a regular expression with at least two capture groups (prefix, sequence number;
 * an optional third is the branch number), as the code numbering needs.
 */
export function isCodePattern(source: string): boolean {
  try {
    const groups = new RegExp(`${source}|`).exec('')?.length ?? 0;
    return groups - 1 >= 2;
  } catch {
    return false;
  }
}

/** The settings as stored and sent. */
export const ZoneSettings = z
  .object({
    nameZh: z.string().trim().min(1).max(60),
    nameEn: z.string().trim().min(1).max(100),
    mapView: MapViewSetting,
    towns: z.array(z.string().trim().min(1).max(40)).max(500),
    parcelCodePattern: z.string().min(1).max(200).refine(isCodePattern, {
      message: 'a regular expression with capture groups (prefix)(number)(branch)?',
    }),
    validityBox: ValidityBox,
  })
  .strict();
export type ZoneSettings = z.infer<typeof ZoneSettings>;

/**
 * Parcel codes `<PREFIX>-<PART>-<nnn…>` with an optional branch `-<n>` (e.g. AB-CD-0175-2): prefix, sequence
 * number and branch as the three groups. Any zone may set its own.
 */
export const DEFAULT_CODE_PATTERN = '^([A-Z]{2}-[A-Z0-9]+)-(\\d{3,})(?:-(\\d+))?$';

/** China's extent with a margin (degrees): the validity box of a zone that has not set its own. */
export const CHINA_BOX: readonly [number, number, number, number] = [73, 3, 136, 54];

/** Settings of a new, empty zone until an administrator sets them. */
export const EMPTY_ZONE_SETTINGS: ZoneSettings = {
  nameZh: '新区',
  nameEn: 'New zone',
  mapView: { mode: 'fit' },
  towns: [],
  parcelCodePattern: DEFAULT_CODE_PATTERN,
  validityBox: [...CHINA_BOX],
};
