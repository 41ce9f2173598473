import type { Polygon } from 'geojson';
import { useEffect, useRef, useState } from 'react';
import { formatArea, formatM2, formatMu } from '../../../domain/format.ts';
import type { AreaGeometry } from '../../../domain/schemas.ts';
import { m2ToMu } from '../../../domain/units.ts';
import { type ReshapeAnswer, useReshape } from '../../api/geometry-edits.ts';
import { setMapTool } from '../../state/map-tool.ts';
import { useLang } from '../language/use-lang.ts';
import { editErrorText } from './edit-error-text.ts';
import { resetGeometryEdit, setGeometryEdit, useGeometryEdit } from './geometry-edit-store.ts';
import { useGeomText } from './use-geom-text.ts';

/** The parcel as the panel has it: what a vertex edit needs. */
export interface ReshapeParcel {
  id: string;
  version: number;
  areaM2: number;
  geometry: AreaGeometry;
}

const RESHAPE_ERRORS = { stale: 'reshapeStale', refused: 'reshapeRefused' } as const;

/** The outline terra-draw can edit: a Polygon without holes (a MultiPolygon of one such part too), else null. */
export function editableOutline(g: AreaGeometry): Polygon | null {
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.length === 1 ? g.coordinates[0]! : null;
  return rings && rings.length === 1 ? { type: 'Polygon', coordinates: rings } : null;
}

/** The new area and its change, signed, as the editor reads it. */
function AreaChange({ answer }: { answer: ReshapeAnswer }) {
  const tg = useGeomText();
  const lang = useLang();
  const sign = answer.deltaM2 > 0 ? '+' : answer.deltaM2 < 0 ? '−' : '±';
  const abs = Math.abs(answer.deltaM2);
  // Both units carry the sign: "−5,135 ㎡（−7.7 亩）", never a signed ㎡ beside an unsigned 亩.
  const mu = `${sign}${formatMu(m2ToMu(abs), lang)}`;
  const delta =
    lang === 'en' ? `${sign}${formatM2(abs, lang)} (${mu})` : `${sign}${formatM2(abs, lang)}（${mu}）`;
  return (
    <p data-testid="reshape-new-area" data-area-m2={answer.after.areaM2.toFixed(2)}>
      {tg('reshapeNew', { area: formatArea(answer.after.areaM2, lang), delta })}
    </p>
  );
}

/**
 * 编辑边界 from the parcel panel: loads the parcel's outline into terra-draw on the map (drag corners, click a
 * midpoint to add one, right-click to delete), previews each settled outline on the server (new ㎡/亩, the
 * change, or the refusal naming the overlapped parcel), saves with If-Match of the version the panel shows, or
 * cancels (the map shows the stored outline again).
 */
export function ReshapeTool({ parcel }: { parcel: ReshapeParcel }) {
  const tg = useGeomText();
  const lang = useLang();
  const edit = useGeometryEdit();
  const reshape = useReshape();
  const [answer, setAnswer] = useState<ReshapeAnswer | null>(null);
  const [saved, setSaved] = useState<ReshapeAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mine = edit.phase === 'reshaping' && edit.parcelId === parcel.id;
  const current = mine ? edit.current : null;
  const outline = editableOutline(parcel.geometry);
  const { mutate } = reshape;
  const asked = useRef<Polygon | null>(null);

  // Each settled outline: ask the server for its area and topology.
  useEffect(() => {
    if (!current || asked.current === current) return;
    asked.current = current;
    setError(null);
    mutate(
      { id: parcel.id, version: parcel.version, geometry: current, preview: true },
      {
        onSuccess: setAnswer,
        onError: (e) => {
          setAnswer(null);
          setError(editErrorText(e, tg, RESHAPE_ERRORS));
        },
      },
    );
  }, [current, parcel.id, parcel.version, mutate, tg]);

  const start = () => {
    if (!outline) return;
    setAnswer(null);
    setSaved(null);
    setError(null);
    setMapTool('edit');
    setGeometryEdit({ phase: 'reshaping', parcelId: parcel.id, original: outline, current: null });
  };
  const cancel = () => {
    setAnswer(null);
    setError(null);
    resetGeometryEdit();
  };
  const save = () => {
    if (!current) return;
    mutate(
      { id: parcel.id, version: parcel.version, geometry: current, preview: false },
      {
        onSuccess: (a) => {
          setAnswer(null);
          setSaved(a);
          resetGeometryEdit();
        },
        onError: (e) => setError(editErrorText(e, tg, RESHAPE_ERRORS)),
      },
    );
  };

  return (
    <div className="geometry-split" data-testid="reshape-tool" data-phase={mine ? 'reshaping' : 'idle'}>
      {!mine ? (
        <button type="button" data-testid="reshape-start" disabled={!outline} onClick={start}>
          {tg('reshape')}
        </button>
      ) : null}
      {!outline ? <p className="muted small">{tg('reshapeMulti')}</p> : null}
      {mine ? <p className="muted small">{tg('reshapeHint')}</p> : null}
      {mine ? <p>{tg('reshapeArea', { area: formatArea(parcel.areaM2, lang) })}</p> : null}
      {mine && answer ? <AreaChange answer={answer} /> : null}
      {mine && reshape.isPending ? <p className="muted small">{tg('reshapeChecking')}</p> : null}
      {error ? (
        <p className="form-error" role="alert" data-testid="reshape-error">
          {error}
        </p>
      ) : null}
      {mine ? (
        <div className="form-actions">
          <button
            type="button"
            data-testid="reshape-save"
            disabled={!answer || !current || reshape.isPending}
            onClick={save}
          >
            {reshape.isPending ? tg('committing') : tg('reshapeSave')}
          </button>
          <button type="button" data-testid="reshape-cancel" onClick={cancel}>
            {tg('cancel')}
          </button>
        </div>
      ) : null}
      {saved ? (
        <p role="status" data-testid="reshape-done">
          {tg('reshapeDone', { area: formatArea(saved.after.areaM2, lang) })}
        </p>
      ) : null}
    </div>
  );
}
