import { isIsoDate } from '../../../domain/dates.ts';
import { formatArea } from '../../../domain/format.ts';
import type { GeometryEditAnswer } from '../../api/geometry-edits.ts';
import { selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';
import { EditDetailsFields } from './EditDetailsFields.tsx';
import { addToMerge, clearMerge, type MergeItem, removeFromMerge } from './merge-list-store.ts';
import { PlanView } from './PlanView.tsx';
import { useGeomText } from './use-geom-text.ts';
import { useMergeFlow } from './use-merge-flow.ts';

type Flow = ReturnType<typeof useMergeFlow>;

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

/** The merge list with its hint and the 预览 / 清空 buttons. */
function MergeListSection({ flow }: { flow: Flow }) {
  const tg = useGeomText();
  const { items } = flow;
  if (items.length === 0) return null;
  return (
    <>
      <h4>{tg('mergeTitle')}</h4>
      <p className="muted small">{tg('mergeHint')}</p>
      <MergeList items={items} />
      <div className="form-actions">
        {items.length >= 2 && !flow.previewing ? (
          <button
            type="button"
            data-testid="merge-preview-start"
            disabled={flow.merge.isPending}
            onClick={flow.preview}
          >
            {tg('mergePreview')}
          </button>
        ) : null}
        <button type="button" data-testid="merge-clear" onClick={clearMerge}>
          {tg('mergeClear')}
        </button>
      </div>
    </>
  );
}

/** The confirm step: the plan against the listed parcels' total, the merge's date and note, 确认 / 取消. */
function MergeConfirmStep({ flow }: { flow: Flow }) {
  const tg = useGeomText();
  const lang = useLang();
  const { answer, form, merge } = flow;
  if (!flow.previewing || !answer) return null;
  const totalM2 = flow.items.reduce((s, i) => s + i.areaM2, 0);
  return (
    <>
      <PlanView
        plan={answer.plan}
        title={tg('mergePreviewTitle')}
        testId="merge-preview"
        compare={tg('mergeParentsTotal', { area: formatArea(totalM2, lang) })}
      />
      <EditDetailsFields value={form.details} max={form.today} testId="merge" onChange={form.setDetails} />
      <div className="form-actions">
        <button
          type="button"
          data-testid="merge-confirm"
          disabled={merge.isPending || !isIsoDate(form.details.date)}
          onClick={flow.confirm}
        >
          {merge.isPending ? tg('committing') : tg('mergeConfirm')}
        </button>
        <button type="button" data-testid="merge-cancel" onClick={flow.cancel}>
          {tg('cancel')}
        </button>
      </div>
    </>
  );
}

/** The new parcel of a committed merge, opening its panel. */
function MergeDone({ done }: { done: GeometryEditAnswer }) {
  const tg = useGeomText();
  return (
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
  );
}

/**
 * 合宗 from the parcel panel: the parcel is added to a merge list kept across panels; with two or more listed,
 * the server's plan is previewed (new code, area ㎡/亩 against the old parcels' total, carry-over rules; the
 * merged parcel drawn on the map) and committed on 确认 with each parcel's version, the date it takes effect and
 * a note, or discarded on 取消.
 */
export function MergeTool({ parcel }: { parcel: MergeItem & { retiredOn?: string | null } }) {
  const tg = useGeomText();
  const flow = useMergeFlow();
  const listed = flow.items.some((i) => i.id === parcel.id);
  return (
    <div
      className="geometry-split"
      data-testid="merge-tool"
      data-phase={flow.previewing ? 'preview' : 'idle'}
    >
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
      <MergeListSection flow={flow} />
      {flow.error ? (
        <p className="form-error" role="alert" data-testid="merge-error">
          {flow.error}
        </p>
      ) : null}
      <MergeConfirmStep flow={flow} />
      {flow.done ? <MergeDone done={flow.done} /> : null}
    </div>
  );
}
