import { useEffect, useRef, useState } from 'react';
import './geometry-edit.css';
import { formatArea } from '../../../domain/format.ts';
import { ApiError } from '../../api/client.ts';
import { type GeometryEditAnswer, useSplit } from '../../api/geometry-edits.ts';
import { setMapTool } from '../../state/map-tool.ts';
import { selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';
import { PIECE_COLORS } from './GeometryEditLayer.tsx';
import { resetGeometryEdit, setGeometryEdit, useGeometryEdit } from './geometry-edit-store.ts';
import { previewRows } from './split-preview.ts';
import { useGeomText } from './use-geom-text.ts';

/** The parcel as the panel has it: what a split needs. */
export interface SplitParcel {
  id: string;
  code: string;
  version: number;
  areaM2: number;
  retiredOn?: string | null;
}

type Tg = ReturnType<typeof useGeomText>;

/** A refused or failed request in words: the server's message for 4xx, who changed the parcel for 412. */
function errorText(e: unknown, tg: Tg): string {
  if (e instanceof ApiError && e.status === 412) {
    const last = e.current?.changes.at(-1);
    return tg('stale', { who: last?.who ?? tg('someone'), version: e.current?.version ?? '?' });
  }
  if (e instanceof ApiError && (e.status === 422 || e.status === 400))
    return tg('refused', { message: e.message });
  return tg('failed', { message: e instanceof Error ? e.message : String(e) });
}

/** The previewed plan: new codes and areas (with their map colour), the sum against the parent, the rules. */
function SplitPreview({ answer, parcel }: { answer: GeometryEditAnswer; parcel: SplitParcel }) {
  const tg = useGeomText();
  const lang = useLang();
  const rows = previewRows(answer.plan, lang);
  return (
    <div data-testid="split-preview">
      <h4>{tg('previewTitle')}</h4>
      <ul className="split-parts">
        {rows.parts.map((p, i) => (
          <li key={p.code} data-testid="split-part" data-code={p.code} data-area-m2={p.areaM2}>
            <span className="split-swatch" style={{ background: PIECE_COLORS[i % PIECE_COLORS.length] }} />
            <strong>{p.code}</strong> {formatArea(p.areaM2, lang)}
          </li>
        ))}
      </ul>
      <p className="muted small" data-testid="split-total">
        {tg('partsTotal', { area: formatArea(rows.totalM2, lang) })} ·{' '}
        {tg('parentArea', { code: parcel.code, area: formatArea(parcel.areaM2, lang) })}
      </p>
      <h4>{tg('rules')}</h4>
      <ul className="split-rules">
        {rows.rules.map((r) => (
          <li key={r.topic} data-testid="split-rule" data-topic={r.topic}>
            {r.text}
          </li>
        ))}
      </ul>
    </div>
  );
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

/**
 * 分宗 from the parcel panel (editors of the parcel's platform): starts drawing a line on the map, previews the
 * server's plan for it (new codes, areas ㎡/亩, carry-over rules; the pieces drawn on the map), commits on 确认
 * with If-Match of the version the panel shows, or discards on 取消. Refusals show the server's message.
 */
export function SplitTool({ parcel }: { parcel: SplitParcel }) {
  const tg = useGeomText();
  const edit = useGeometryEdit();
  const split = useSplit();
  const [answer, setAnswer] = useState<GeometryEditAnswer | null>(null);
  const [done, setDone] = useState<GeometryEditAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mine = edit.phase !== 'idle' && edit.parcelId === parcel.id;
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
        onError: (e) => setError(errorText(e, tg)),
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
        onError: (e) => setError(errorText(e, tg)),
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
      {mine && answer && line ? <SplitPreview answer={answer} parcel={parcel} /> : null}
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
