import { useEffect, useState } from 'react';
import { formatArea } from '../../../domain/format.ts';
import { type GeometryEditAnswer, useMerge } from '../../api/geometry-edits.ts';
import { setMapTool } from '../../state/map-tool.ts';
import { selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';
import { editErrorText } from './edit-error-text.ts';
import {
  getGeometryEdit,
  resetGeometryEdit,
  setGeometryEdit,
  useGeometryEdit,
} from './geometry-edit-store.ts';
import { addToMerge, clearMerge, type MergeItem, removeFromMerge, useMergeList } from './merge-list-store.ts';
import { PlanView } from './PlanView.tsx';
import { useGeomText } from './use-geom-text.ts';

const MERGE_ERRORS = { stale: 'mergeStale', refused: 'mergeRefused' } as const;
/** The geometry-edit store's marker for a merge preview (a split's is the parcel id). */
const MERGE_EDIT = 'merge';

/** The listed parcels, each opening its panel or leaving the list. */
function MergeList({ items }: { items: readonly MergeItem[] }) {
  const tg = useGeomText();
  return (
    <ul className="split-parts" data-testid="merge-list">
      {items.map((i) => (
        <li key={i.id} data-testid="merge-item" data-parcel-id={i.id}>
          <button type="button" className="link-button" onClick={() => selectParcel(i.id, true)}>
            {i.code}
          </button>{' '}
          <button type="button" data-testid={`merge-remove-${i.id}`} onClick={() => removeFromMerge(i.id)}>
            {tg('mergeRemove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * 合宗 from the parcel panel: the parcel is added to a merge list kept across panels; with two or more listed,
 * the server's plan is previewed (new code, area ㎡/亩 against the old parcels' total, carry-over rules; the
 * merged parcel drawn on the map) and committed on 确认 with each parcel's version, or discarded on 取消.
 */
export function MergeTool({ parcel }: { parcel: MergeItem & { retiredOn?: string | null } }) {
  const tg = useGeomText();
  const lang = useLang();
  const items = useMergeList();
  const edit = useGeometryEdit();
  const merge = useMerge();
  const [answer, setAnswer] = useState<GeometryEditAnswer | null>(null);
  const [done, setDone] = useState<GeometryEditAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const previewing = edit.phase === 'preview' && edit.parcelId === MERGE_EDIT && answer != null;
  const listed = items.some((i) => i.id === parcel.id);
  const body = { ids: items.map((i) => i.id), versions: items.map((i) => i.version) };

  // A changed list makes an old preview meaningless.
  useEffect(() => {
    void items;
    setAnswer(null);
    const e = getGeometryEdit();
    if (e.phase === 'preview' && e.parcelId === MERGE_EDIT) resetGeometryEdit();
  }, [items]);

  const preview = () => {
    setError(null);
    setDone(null);
    merge.mutate(
      { ...body, preview: true },
      {
        onSuccess: (a) => {
          setAnswer(a);
          setMapTool('edit');
          setGeometryEdit({ phase: 'preview', parcelId: MERGE_EDIT, line: null, pieces: a.geometries });
        },
        onError: (e) => setError(editErrorText(e, tg, MERGE_ERRORS)),
      },
    );
  };
  const cancel = () => {
    setAnswer(null);
    setError(null);
    resetGeometryEdit();
  };
  const confirm = () =>
    merge.mutate(
      { ...body, preview: false },
      {
        onSuccess: (a) => {
          setDone(a);
          setAnswer(null);
          resetGeometryEdit();
          clearMerge();
        },
        onError: (e) => setError(editErrorText(e, tg, MERGE_ERRORS)),
      },
    );

  const totalM2 = items.reduce((s, i) => s + i.areaM2, 0);
  return (
    <div className="geometry-split" data-testid="merge-tool" data-phase={previewing ? 'preview' : 'idle'}>
      {!parcel.retiredOn && !listed ? (
        <button
          type="button"
          data-testid="merge-add"
          onClick={() =>
            addToMerge({ id: parcel.id, code: parcel.code, version: parcel.version, areaM2: parcel.areaM2 })
          }
        >
          {tg('mergeAdd')}
        </button>
      ) : null}
      {items.length > 0 ? (
        <>
          <h4>{tg('mergeTitle')}</h4>
          <p className="muted small">{tg('mergeHint')}</p>
          <MergeList items={items} />
          <div className="form-actions">
            {items.length >= 2 && !previewing ? (
              <button
                type="button"
                data-testid="merge-preview-start"
                disabled={merge.isPending}
                onClick={preview}
              >
                {tg('mergePreview')}
              </button>
            ) : null}
            <button type="button" data-testid="merge-clear" onClick={clearMerge}>
              {tg('mergeClear')}
            </button>
          </div>
        </>
      ) : null}
      {error ? (
        <p className="form-error" role="alert" data-testid="merge-error">
          {error}
        </p>
      ) : null}
      {previewing && answer ? (
        <>
          <PlanView
            plan={answer.plan}
            title={tg('mergePreviewTitle')}
            testId="merge-preview"
            compare={tg('mergeParentsTotal', { area: formatArea(totalM2, lang) })}
          />
          <div className="form-actions">
            <button type="button" data-testid="merge-confirm" disabled={merge.isPending} onClick={confirm}>
              {merge.isPending ? tg('committing') : tg('mergeConfirm')}
            </button>
            <button type="button" data-testid="merge-cancel" onClick={cancel}>
              {tg('cancel')}
            </button>
          </div>
        </>
      ) : null}
      {done ? (
        <p data-testid="merge-done" role="status">
          {tg('mergeDone')}{' '}
          {done.createdIds.map((id, i) => (
            <button
              key={id}
              type="button"
              className="link-button"
              data-testid="merge-new-parcel"
              data-parcel-id={id}
              onClick={() => selectParcel(id, true)}
            >
              {done.plan.created[i]?.code ?? id}
            </button>
          ))}
        </p>
      ) : null}
    </div>
  );
}
