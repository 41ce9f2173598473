/**
 * The editor's choices for a split (分宗) or merge (合宗) as the form holds them, and the request body they make
 * (the server's SplitRequest / MergeRequest, domain/parcel-edit/edit-requests.ts). Pure, for the forms and tests.
 */
import { compareIso, isIsoDate } from '../../../domain/dates.ts';
import type { EditDetailsBody } from '../../api/geometry-edits.ts';

/** Date (ISO) and note of the edit, as typed. */
export interface EditDetails {
  date: string;
  note: string;
}

/** Per linked project: every part (the server's default) or the index of the one part that keeps it. */
export type PartChoices = Readonly<Record<string, 'all' | number>>;

/**
 * The default date of the edit, as for a state change: the reference date the app shows (else today in
 * Beijing), not before `since` (the parcel's current state date, when known) and not after today.
 */
export function defaultEditDate(refDate: string | null, today: string, since?: string | null): string {
  let d = refDate ?? today;
  if (compareIso(d, today) > 0) d = today;
  if (since && compareIso(d, since) < 0) d = since;
  return d;
}

/** The date and note as the server takes them: the date when it is a valid ISO date, the note when not blank. */
export function detailsBody(d: EditDetails): EditDetailsBody {
  const note = d.note.trim();
  return { ...(isIsoDate(d.date) ? { date: d.date } : {}), ...(note ? { note } : {}) };
}

/** `projectParts` of the split request: only the projects given one part (the others keep every part). */
export function projectPartsBody(choices: PartChoices): Record<string, number[]> | undefined {
  const out: Record<string, number[]> = {};
  for (const [pid, c] of Object.entries(choices)) if (c !== 'all') out[pid] = [c];
  return Object.keys(out).length > 0 ? out : undefined;
}
