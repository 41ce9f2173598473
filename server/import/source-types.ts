/**
 * What every format reader returns: records with their attributes and their geometry as stored in the file
 * (not yet transformed), the CRS the file declares (if any), and per-record problems. A record that cannot be
 * read becomes a problem naming it; only a file that cannot be read at all is an error (import-errors.ts).
 */
import type { MultiPolygon, Point, Polygon } from 'geojson';
import type { CrsDetection } from '../../domain/crs/crs-detection.ts';

/** An attribute value as read: text trimmed, numbers as numbers, dates as ISO `YYYY-MM-DD`, blanks as null. */
export type AttributeValue = string | number | boolean | null;

/** Geometry an import can carry: areas for parcels / platforms / 三旧 sites, points for ledger rows. */
export type SourceGeometry = Polygon | MultiPolygon | Point;

/** One record of the source file. */
export interface SourceRecord {
  /** 1-based record number in the file (the number a user sees in GIS software or the spreadsheet row). */
  record: number;
  geometry: SourceGeometry | null;
  attributes: Record<string, AttributeValue>;
}

/** Something wrong with one record (or with the file, `record: null`) that does not stop the import. */
export interface RecordProblem {
  record: number | null;
  /** Stable code, e.g. `no_geometry`, `not_polygon`, `bad_number`, `point_count_mismatch`. */
  code: string;
  /** Bilingual message (zh then en) naming the record and field. */
  message: string;
  field?: string;
}

/**
 * Problems that do not block committing the record (everything else does): a file-level note about layers
 * left out or a missing .dbf, a record-count mismatch is an error.
 */
export const WARNING_CODES: ReadonlySet<string> = new Set(['extra_layers', 'no_dbf', 'axes_swapped']);

/** True when the problem must be fixed (or its record excluded) before a commit. */
export const isBlocking = (p: RecordProblem): boolean => !WARNING_CODES.has(p.code);

/** Formats imports read. */
export type SourceFormat =
  | 'shapefile'
  | 'guotu_txt'
  | 'kml'
  | 'kmz'
  | 'geojson'
  | 'geopackage'
  | 'csv'
  | 'xlsx';

/** A file read into records, coordinates as stored. */
export interface SourceData {
  format: SourceFormat;
  /** Attribute names in file order. */
  fields: string[];
  records: SourceRecord[];
  problems: RecordProblem[];
  /** The CRS the file itself states (`.prj`, TXT header, KML = WGS84), or null when it states none. */
  declaredCrs: CrsDetection | null;
  /** A 7-parameter set the file carries (国土 TXT 转换参数), as written. */
  sevenParameters?: number[];
  /** Text encoding the attributes were decoded with, when the format has a choice (dbf, csv, txt). */
  encoding?: string;
}

/** Budget of vertices and features shared by the readers of one file; throws ImportLimitError when spent. */
export interface ReadBudget {
  /** Counts `n` more vertices. */
  vertices(n: number): void;
  /** Counts one more feature. */
  feature(): void;
}
