-- 退出台账 (POST /api/parcels/:id/retire, domain/parcel-edit/retire.ts): a parcel retired by an editor, with
-- retired_reason 'retired' (beside split, merge, undo) and the editor's reason in words. The triggers of 005 and
-- 014 already take a retired parcel out of the R*Tree, the code search and the totals.
ALTER TABLE parcels ADD COLUMN retired_note TEXT;
