import { URL_ID_PATTERN } from '../../domain/ids.ts';

/** `v` when it has the form of a record id, else null (a malformed link falls back to "nothing selected"). */
export const parseUrlId = (v: string | null): string | null =>
  v != null && URL_ID_PATTERN.test(v) ? v : null;
