import './geometry-edit.css';
import { isIsoDate } from '../../../domain/dates.ts';
import { formatArea } from '../../../domain/format.ts';
import type { GeometryEditAnswer } from '../../api/geometry-edits.ts';
import { selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';
import { EditDetailsFields } from './EditDetailsFields.tsx';
import { PlanView } from './PlanView.tsx';
import { type LinkedProject, ProjectPartsFields } from './ProjectPartsFields.tsx';
import { useGeomText } from './use-geom-text.ts';
import { useSplitFlow } from './use-split-flow.ts';

/** The parcel as the panel has it: what a split needs. */
export interface SplitParcel {
  id: string;
  code: string;
  version: number;
  areaM2: number;
  retiredOn?: string | null;
  /** Date of its current land state (ISO): the earliest date the split may take effect. */
  stateSince?: string | null;
  /** Projects linked to it, one row each in the confirm step. */
  projects?: readonly LinkedProject[];
}

/** The new parcels of a committed split, each opening its panel. */
function SplitDone({ answer, code }: { answer: GeometryEditAnswer; code: string }) {
  const tg = useGeomText();
  return (
    <p data-testid="split-done" role="status">
      {tg('done', { code })}{' '}
      {answer.createdIds.map((id, i) => (
        <button
          key={id}
          type="button"
          className="link-button"
          data-testid="split-new-parcel"
          data-parcel-id={id}
          onClick={() => selectParcel(id, true)}
        >
          {answer.plan.created[i]?.code ?? id}
        </button>
      ))}
    </p>
  );
}

/** The confirm step: the plan, which part keeps each linked project, and the split's date and note. */
function SplitConfirmStep({ parcel, flow }: { parcel: SplitParcel; flow: ReturnType<typeof useSplitFlow> }) {
  const tg = useGeomText();
  const lang = useLang();
  const { answer, form } = flow;
  if (!answer) return null;
  return (
    <>
      <PlanView
        plan={answer.plan}
        title={tg('previewTitle')}
        testId="split-preview"
        compare={tg('parentArea', { code: parcel.code, area: formatArea(parcel.areaM2, lang) })}
      />
      <ProjectPartsFields
        projects={parcel.projects ?? []}
        partCodes={answer.plan.created.map((c) => c.code)}
        value={form.parts}
        disabled={flow.split.isPending}
        onChange={form.setParts}
      />
      <EditDetailsFields
        value={form.details}
        max={form.today}
        min={parcel.stateSince}
        testId="split"
        onChange={form.setDetails}
      />
    </>
  );
}

/**
 * 分宗 from the parcel panel (editors of the parcel's platform): starts drawing a line on the map, previews the
 * server's plan for it (new codes, areas ㎡/亩, carry-over rules; the pieces drawn on the map), lets the editor
 * choose which part keeps each linked project (previewed again) and the date and note, commits on 确认 with
 * If-Match of the version the panel shows, or discards on 取消. Refusals show the server's message.
 */
export function SplitTool({ parcel }: { parcel: SplitParcel }) {
  const tg = useGeomText();
  const flow = useSplitFlow(parcel);
  const { edit, mine, line, split, answer, error } = flow;
  const ready = answer != null && line != null;
  return (
    <div className="geometry-split" data-testid="split-tool" data-phase={mine ? edit.phase : 'idle'}>
      {!mine && !parcel.retiredOn ? (
        <button type="button" data-testid="split-start" onClick={flow.start}>
          {tg('split')}
        </button>
      ) : null}
      {mine && edit.phase === 'drawing' ? <p className="muted small">{tg('splitHint')}</p> : null}
      {mine && split.isPending ? <p className="muted small">{tg('previewing')}</p> : null}
      {error ? (
        <p className="form-error" role="alert" data-testid="split-error">
          {error}
        </p>
      ) : null}
      {mine && ready ? <SplitConfirmStep parcel={parcel} flow={flow} /> : null}
      {mine ? (
        <div className="form-actions">
          {ready ? (
            <button
              type="button"
              data-testid="split-confirm"
              disabled={split.isPending || !isIsoDate(flow.form.details.date)}
              onClick={flow.confirm}
            >
              {split.isPending ? tg('committing') : tg('confirm')}
            </button>
          ) : null}
          {edit.phase === 'preview' ? (
            <button type="button" data-testid="split-redraw" onClick={flow.start}>
              {tg('redraw')}
            </button>
          ) : null}
          <button type="button" data-testid="split-cancel" onClick={flow.cancel}>
            {tg('cancel')}
          </button>
        </div>
      ) : null}
      {flow.done ? <SplitDone answer={flow.done} code={parcel.code} /> : null}
    </div>
  );
}
