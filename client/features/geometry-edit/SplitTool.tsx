import { useEffect, useRef, useState } from 'react';
import './geometry-edit.css';
import { formatArea } from '../../../domain/format.ts';
import { type GeometryEditAnswer, useSplit } from '../../api/geometry-edits.ts';
import { setMapTool } from '../../state/map-tool.ts';
import { selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';
import { editErrorText } from './edit-error-text.ts';
import { resetGeometryEdit, setGeometryEdit, useGeometryEdit } from './geometry-edit-store.ts';
import { PlanView } from './PlanView.tsx';
import { useGeomText } from './use-geom-text.ts';

/** The parcel as the panel has it: what a split needs. */
export interface SplitParcel {
  id: string;
  code: string;
  version: number;
  areaM2: number;
  retiredOn?: string | null;
}

const SPLIT_ERRORS = { stale: 'stale', refused: 'refused' } as const;

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

/**
 * 分宗 from the parcel panel (editors of the parcel's platform): starts drawing a line on the map, previews the
 * server's plan for it (new codes, areas ㎡/亩, carry-over rules; the pieces drawn on the map), commits on 确认
 * with If-Match of the version the panel shows, or discards on 取消. Refusals show the server's message.
 */
export function SplitTool({ parcel }: { parcel: SplitParcel }) {
  const tg = useGeomText();
  const lang = useLang();
  const edit = useGeometryEdit();
  const split = useSplit();
  const [answer, setAnswer] = useState<GeometryEditAnswer | null>(null);
  const [done, setDone] = useState<GeometryEditAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mine = (edit.phase === 'drawing' || edit.phase === 'preview') && edit.parcelId === parcel.id;
  const line = edit.phase === 'preview' && mine ? edit.line : null;
  const asked = useRef<unknown>(null);

  // The panel closing (or showing another parcel) ends the edit.
  useEffect(() => () => resetGeometryEdit(), []);
  // A finished line: ask the server for the plan.
  useEffect(() => {
    if (!line || asked.current === line) return;
    asked.current = line;
    setError(null);
    split.mutate(
      { id: parcel.id, version: parcel.version, line, preview: true },
      {
        onSuccess: (a) => {
          setAnswer(a);
          setGeometryEdit({ phase: 'preview', parcelId: parcel.id, line, pieces: a.geometries });
        },
        onError: (e) => setError(editErrorText(e, tg, SPLIT_ERRORS)),
      },
    );
  }, [line, parcel.id, parcel.version, split, tg]);

  const start = () => {
    setAnswer(null);
    setDone(null);
    setError(null);
    setMapTool('edit');
    setGeometryEdit({ phase: 'drawing', parcelId: parcel.id });
  };
  const cancel = () => {
    setAnswer(null);
    setError(null);
    resetGeometryEdit();
  };
  const confirm = () => {
    if (!line) return;
    split.mutate(
      { id: parcel.id, version: parcel.version, line, preview: false },
      {
        onSuccess: (a) => {
          setAnswer(null);
          setDone(a);
          resetGeometryEdit();
        },
        onError: (e) => setError(editErrorText(e, tg, SPLIT_ERRORS)),
      },
    );
  };

  return (
    <div className="geometry-split" data-testid="split-tool" data-phase={mine ? edit.phase : 'idle'}>
      {!mine && !parcel.retiredOn ? (
        <button type="button" data-testid="split-start" onClick={start}>
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
      {mine && answer && line ? (
        <PlanView
          plan={answer.plan}
          title={tg('previewTitle')}
          testId="split-preview"
          compare={tg('parentArea', { code: parcel.code, area: formatArea(parcel.areaM2, lang) })}
        />
      ) : null}
      {mine ? (
        <div className="form-actions">
          {answer && line ? (
            <button type="button" data-testid="split-confirm" disabled={split.isPending} onClick={confirm}>
              {split.isPending ? tg('committing') : tg('confirm')}
            </button>
          ) : null}
          {edit.phase === 'preview' ? (
            <button type="button" data-testid="split-redraw" onClick={start}>
              {tg('redraw')}
            </button>
          ) : null}
          <button type="button" data-testid="split-cancel" onClick={cancel}>
            {tg('cancel')}
          </button>
        </div>
      ) : null}
      {done ? <SplitDone answer={done} code={parcel.code} /> : null}
    </div>
  );
}
