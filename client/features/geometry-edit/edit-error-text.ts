/**
 * A refused or failed split/merge in words: for 412 who changed the parcel since it was read (the last change the
 * server lists), for 400/422 the server's own message (it names the rule and the offending parcel), else the
 * error as it came.
 */
import { ApiError } from '../../api/client.ts';
import type { GeomKey } from './use-geom-text.ts';

type Tg = (key: GeomKey, vars?: Record<string, string | number>) => string;

/** The message for `e`, with the 412 and 422 sentences of the split or the merge tool. */
export function editErrorText(e: unknown, tg: Tg, keys: { stale: GeomKey; refused: GeomKey }): string {
  if (e instanceof ApiError && e.status === 412) {
    const last = e.current?.changes.at(-1);
    return tg(keys.stale, { who: last?.who ?? tg('someone'), version: e.current?.version ?? '?' });
  }
  if (e instanceof ApiError && (e.status === 422 || e.status === 400)) {
    return tg(keys.refused, { message: e.message });
  }
  return tg('failed', { message: e instanceof Error ? e.message : String(e) });
}
