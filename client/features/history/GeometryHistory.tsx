/**
 * The geometry edits in a parcel's history (分宗, 合宗, 编辑边界 and their undo): labels, the fields listed, and
 * "分宗自 …" with 撤销 on the opening event of a parcel a split or merge created (UndoGeometryEdit.tsx).
 */
import { useLang } from '../language/use-lang.ts';
import { useGeometryUndoText } from './geometry-undo-text.ts';
import type { FieldChange } from './history-rows.ts';
import { UndoGeometryEdit } from './UndoGeometryEdit.tsx';

/** Audit actions of geometry edits and their labels (geometry-undo-text.ts). */
export const GEOMETRY_ACTIONS: Record<string, 'split' | 'merge' | 'reshape' | 'create' | 'geometry_undo'> = {
  'parcel.split': 'split',
  'parcel.create': 'create',
  'parcel.merge': 'merge',
  'parcel.reshape': 'reshape',
  'parcel.geometry_undo': 'geometry_undo',
};

/** Fields of a geometry edit's audit row too long to list (outlines, the carry-over plan). */
const LONG_FIELDS = new Set(['geometry', 'plan', 'parcels', 'reinstated', 'retired', 'sites', 'kind']);
export const shownChanges = (r: { action: string; changes: FieldChange[] }) =>
  (GEOMETRY_ACTIONS[r.action]
    ? r.changes.filter((c) => !LONG_FIELDS.has(c.field.split('.')[0] ?? c.field))
    : r.changes
  ).slice(0, 12);

export const areaBefore = (before: unknown): number | null => {
  const a = (before as { areaM2?: unknown } | null)?.areaM2;
  return typeof a === 'number' ? a : null;
};

/** The split, merge or drawing that created a parcel, as GET /api/parcels/:id answers `origin`. */
export interface ParcelOrigin {
  auditId: number;
  kind: 'split' | 'merge' | 'create';
  parents: readonly { id: string; code: string }[];
  created: readonly { id: string; code: string }[];
  undoneBy: number | null;
}

/** "分宗自 …" on a created parcel's opening event, with 撤销 (or 已撤销). */
export function OriginNote({
  origin,
  undo,
}: {
  origin: ParcelOrigin;
  undo: { id: string; version: number; code: string } | null;
}) {
  const tg = useGeometryUndoText();
  const lang = useLang();
  const sep = lang === 'en' ? ', ' : '、';
  return (
    <span data-testid="history-origin" data-audit-id={origin.auditId}>
      {' '}
      · {tg.origin(origin.kind, origin.parents.map((p) => p.code).join(sep))}
      {origin.undoneBy !== null ? <span className="history-undone"> · {tg.undone}</span> : null}
      {origin.undoneBy === null && undo ? (
        <>
          {' '}
          <UndoGeometryEdit
            id={undo.id}
            version={undo.version}
            auditId={origin.auditId}
            plan={{
              kind: origin.kind,
              back: origin.parents.map((p) => p.code),
              retired: origin.created.map((p) => p.code),
            }}
          />
        </>
      ) : null}
    </span>
  );
}
