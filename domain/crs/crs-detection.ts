/**
 * The answer of every CRS detection (from a `.prj`, a 国土 TXT header or the coordinates' range): the CRS or
 * null, how sure, a bilingual note saying how it was found, and the other CRSs the data may be in, so the user
 * can override before anything is written.
 */
import type { CrsInfo } from './crs-catalog.ts';

/** The outcome of a detection: the CRS (or null), how it was found, and other plausible CRS ids. */
export interface CrsDetection {
  crs: CrsInfo | null;
  /** `declared`: the file names its CRS; `inferred`: deduced from coordinate ranges. */
  confidence: 'declared' | 'inferred' | 'unknown';
  /** Bilingual explanation (zh then en). */
  note: string;
  /** Other CRS ids the data may be in (shown to the user as overrides). */
  alternatives: string[];
}

/** A detection that found no CRS, with the reason. */
export const unknown = (note: string): CrsDetection => ({
  crs: null,
  confidence: 'unknown',
  note,
  alternatives: [],
});
/** A detection of a CRS the file itself declares. */
export const declared = (crs: CrsInfo, note: string): CrsDetection => ({
  crs,
  confidence: 'declared',
  note,
  alternatives: [],
});
