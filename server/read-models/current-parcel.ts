/**
 * A retired parcel (split, merge, undo of its drawing, 退出台账) is history: every write to it is refused with one
 * 422 `retired` on `id` — attribute edits, state changes and their 更正, 补充协议 and procedure steps.
 */
import type { Database } from 'better-sqlite3';
import { parcelEditColumns } from '../db/queries/parcel-edits.ts';
import { RuleError } from '../errors.ts';

/** Throws 422 `retired` when parcel `id` (code `code`) is no longer current. */
export function refuseIfRetired(db: Database, id: string, code: string): void {
  const edit = parcelEditColumns(db, id);
  if (!edit?.retiredOn) return;
  throw new RuleError(
    'retired',
    `地块 ${code} 已于 ${edit.retiredOn} 注销（${edit.retiredReason}），不能再修改。 parcel ${code} was retired on ${edit.retiredOn}; it is history.`,
    'id',
  );
}
