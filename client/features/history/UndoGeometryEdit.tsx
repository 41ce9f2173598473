import { useState } from 'react';
import { formatNumber } from '../../../domain/format.ts';
import { useGeometryUndo } from '../../api/geometry-edits.ts';
import { selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';
import { EditError } from '../project-form/EditError.tsx';
import { editErrorView } from '../project-form/edit-error.ts';
import { useGeometryUndoText } from './geometry-undo-text.ts';

/** What the undo will do, as the confirmation states it. */
export interface GeometryUndoPlan {
  kind: 'split' | 'merge' | 'reshape' | 'create';
  /** Codes of the parcels that come back (for a vertex move: the parcel itself). */
  back: readonly string[];
  /** Codes of the parcels retired (none for a vertex move). */
  retired: readonly string[];
  /** The area restored, ㎡ (vertex move), when the audit row has it. */
  areaM2?: number | null;
}

/**
 * 撤销 of a split, merge, vertex move or a parcel drawn as new from a parcel's history: one button, then a confirmation stating which
 * parcels come back and which are retired, then POST …/geometry-undo with `If-Match` of the parcel asked from.
 * After a split or merge is undone the panel opens the (first) parcel that came back; the map and lists refresh
 * with the cache. A 412 offers a reload, any other refusal shows the server's message.
 */
export function UndoGeometryEdit({
  id,
  version,
  auditId,
  plan,
}: {
  id: string;
  version: number;
  auditId: number;
  plan: GeometryUndoPlan;
}) {
  const tx = useGeometryUndoText();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const undo = useGeometryUndo();
  if (!open) {
    return (
      <button
        type="button"
        className="btn-link small"
        data-testid={`history-geometry-undo-${auditId}`}
        onClick={() => setOpen(true)}
      >
        {tx.button}
      </button>
    );
  }
  const area = plan.areaM2 == null ? null : formatNumber(plan.areaM2, lang, 2);
  const sep = lang === 'en' ? ', ' : '、';
  const error = undo.error ? editErrorView(undo.error) : null;
  return (
    <div className="history-correct" data-testid="geometry-undo-form" data-kind={plan.kind}>
      <p className="small" data-testid="geometry-undo-explain">
        {tx.explain(plan.kind, plan.back.join(sep), plan.retired.join(sep), area)}
      </p>
      <button
        type="button"
        className="btn small"
        data-testid="geometry-undo-confirm"
        disabled={undo.isPending}
        onClick={() =>
          undo.mutate(
            { id, version, auditId },
            {
              onSuccess: (a) => {
                setOpen(false);
                const first = a.reinstated[0];
                if (plan.kind !== 'reshape' && first) selectParcel(first.id, true);
              },
            },
          )
        }
      >
        {tx.confirm}
      </button>{' '}
      <button type="button" className="btn-link small" onClick={() => setOpen(false)}>
        {tx.cancel}
      </button>
      {undo.error && error?.kind === 'stale' ? (
        <EditError error={undo.error} onReload={() => undo.reset()} />
      ) : null}
      {error && error.kind !== 'stale' ? (
        <p className="form-error" role="alert" data-testid="geometry-undo-error">
          {tx.refused(error.message)}
        </p>
      ) : null}
    </div>
  );
}
