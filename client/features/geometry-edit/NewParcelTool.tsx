import './geometry-edit.css';
import type { Polygon } from 'geojson';
import { useEffect, useState } from 'react';
import { beijingDate } from '../../../domain/beijing-time.ts';
import { formatArea } from '../../../domain/format.ts';
import { interiorPoint, pointInPolygonRings } from '../../../domain/parcel-edit/interior-point.ts';
import type { Pt } from '../../../domain/parcel-edit/noding.ts';
import { writeRefusal } from '../../../domain/roles.ts';
import { useMe } from '../../api/auth.ts';
import { type NewParcelInput, useNewParcel } from '../../api/geometry-edits.ts';
import { usePlatforms } from '../../api/hooks.ts';
import { update } from '../../state/app-store.ts';
import { setMapTool } from '../../state/map-tool.ts';
import { useRefDate } from '../dashboard/use-ref-date.ts';
import { useLang } from '../language/use-lang.ts';
import { EditDetailsFields } from './EditDetailsFields.tsx';
import { defaultEditDate } from './edit-choices.ts';
import { editErrorText } from './edit-error-text.ts';
import { resetGeometryEdit, setGeometryEdit, useGeometryEdit } from './geometry-edit-store.ts';
import { type NewParcelAttrs, NewParcelFields, type Platform } from './NewParcelFields.tsx';
import { useGeomText } from './use-geom-text.ts';

const ERRORS = { stale: 'reshapeStale', refused: 'newParcelRefused' } as const;
type Preview = { code: string; areaM2: number };

/** The platform (of those the editor may write) containing a point inside the drawn outline, else the first. */
function platformOf(shape: Polygon, platforms: readonly Platform[]): string {
  const p = interiorPoint(shape.coordinates as Pt[][]);
  const inside = platforms.find((pl) => {
    const polys = pl.geometry.type === 'Polygon' ? [pl.geometry.coordinates] : pl.geometry.coordinates;
    return p !== null && polys.some((rings) => pointInPolygonRings(p, rings as Pt[][]));
  });
  return (inside ?? platforms[0])?.id ?? '';
}

/** Asks the route with `?preview=true` whenever the input changes: the proposed code and area, or the refusal. */
function usePreview(input: Omit<NewParcelInput, 'preview'>) {
  const tg = useGeomText();
  const { mutate, isPending } = useNewParcel();
  const [answer, setAnswer] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(input);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the whole input.
  useEffect(() => {
    setError(null);
    mutate(
      { ...input, preview: true },
      {
        onSuccess: (a) => setAnswer({ code: a.code, areaM2: a.areaM2 }),
        onError: (e) => {
          setAnswer(null);
          setError(editErrorText(e, tg, ERRORS));
        },
      },
    );
  }, [key, mutate]);
  return { answer, error, setError, pending: isPending };
}

/** The area (㎡, 亩) or refusal of the preview, and 保存地块 / 重画 / 取消. */
function PreviewAndActions(p: {
  answer: Preview | null;
  error: string | null;
  checking: boolean;
  saving: boolean;
  onSave: () => void;
}) {
  const tg = useGeomText();
  const lang = useLang();
  return (
    <>
      {p.answer ? (
        <p data-testid="new-parcel-area" data-area-m2={p.answer.areaM2.toFixed(2)}>
          {tg('newParcelArea', { area: formatArea(p.answer.areaM2, lang) })}
        </p>
      ) : null}
      {p.checking ? <p className="muted small">{tg('reshapeChecking')}</p> : null}
      {p.error ? (
        <p className="form-error" role="alert" data-testid="new-parcel-error">
          {p.error}
        </p>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          data-testid="new-parcel-save"
          disabled={!p.answer || p.checking || p.saving}
          onClick={p.onSave}
        >
          {p.saving ? tg('committing') : tg('newParcelSave')}
        </button>
        <button
          type="button"
          data-testid="new-parcel-redraw"
          onClick={() => setGeometryEdit({ phase: 'creating', shape: null })}
        >
          {tg('redraw')}
        </button>
        <button type="button" data-testid="new-parcel-cancel" onClick={resetGeometryEdit}>
          {tg('cancel')}
        </button>
      </div>
    </>
  );
}

/** The form of a drawn parcel: attributes, the server's preview (code, area) or refusal in place, save. */
function NewParcelForm({
  shape,
  platforms,
  onSaved,
}: {
  shape: Polygon;
  platforms: Platform[];
  onSaved: (p: Preview) => void;
}) {
  const tg = useGeomText();
  const save = useNewParcel();
  const [attrs, setAttrs] = useState<NewParcelAttrs>(() => ({
    platformId: platformOf(shape, platforms),
    code: null,
    landUse: '100101',
    state: 'reserve',
    plotRatio: '2',
  }));
  const today = beijingDate(new Date());
  const { refDate } = useRefDate();
  // As for a split: the reference date the app shows (the data's as-of day), else today; never after today.
  const [details, setDetails] = useState(() => ({ date: defaultEditDate(refDate, today), note: '' }));
  const input: Omit<NewParcelInput, 'preview'> = {
    geometry: shape,
    platformId: attrs.platformId,
    landUse: attrs.landUse,
    state: attrs.state,
    plotRatioMax: Number(attrs.plotRatio),
    ...(attrs.code ? { code: attrs.code } : {}),
    ...(details.date ? { date: details.date } : {}),
    ...(details.note.trim() ? { note: details.note.trim() } : {}),
  };
  const { answer, error, setError, pending } = usePreview(input);
  const commit = () =>
    save.mutate(
      { ...input, preview: false },
      {
        onSuccess: (p) => {
          if (!('id' in p)) return;
          onSaved({ code: p.code, areaM2: p.areaM2 });
          update({ selectedParcelId: p.id, selectedProjectId: null, selectedPlatformId: null });
          resetGeometryEdit();
        },
        onError: (e) => setError(editErrorText(e, tg, ERRORS)),
      },
    );
  return (
    <div data-testid="new-parcel-form">
      <NewParcelFields
        value={attrs}
        proposedCode={answer?.code ?? ''}
        platforms={platforms}
        onChange={setAttrs}
      />
      <EditDetailsFields value={details} max={today} min={null} testId="new-parcel" onChange={setDetails} />
      <PreviewAndActions
        answer={answer}
        error={error}
        checking={pending}
        saving={save.isPending}
        onSave={commit}
      />
    </div>
  );
}

/**
 * 新增地块 in the map toolbar, for editors: draws a polygon with terra-draw on the map, then a form (platform
 * preselected from where it was drawn, code prefilled from the server's preview, land use, opening state, plot
 * ratio, date, note) with the geodesic area (㎡, 亩) or the server's refusal in place; saving selects the new parcel.
 */
export function NewParcelTool() {
  const tg = useGeomText();
  const lang = useLang();
  const edit = useGeometryEdit();
  const user = useMe().data?.user ?? null;
  const all = usePlatforms().data ?? [];
  const [saved, setSaved] = useState<Preview | null>(null);
  const mine = all.filter((p) => user && writeRefusal(user, p.id) === null) as Platform[];
  if (!user || mine.length === 0) return null;
  const creating = edit.phase === 'creating';
  const start = () => {
    setSaved(null);
    setMapTool('edit');
    setGeometryEdit({ phase: 'creating', shape: null });
  };
  return (
    <>
      <button
        type="button"
        data-testid="new-parcel-start"
        aria-pressed={creating}
        onClick={creating ? resetGeometryEdit : start}
      >
        {tg('newParcel')}
      </button>
      {creating || saved ? (
        <div
          className="new-parcel-panel geometry-split"
          data-testid="new-parcel-panel"
          data-phase={creating ? (edit.shape ? 'form' : 'drawing') : 'done'}
        >
          <h3>{tg('newParcelTitle')}</h3>
          {creating && !edit.shape ? <p className="muted small">{tg('newParcelHint')}</p> : null}
          {creating && edit.shape ? (
            <NewParcelForm
              key={JSON.stringify(edit.shape)}
              shape={edit.shape}
              platforms={mine}
              onSaved={setSaved}
            />
          ) : null}
          {!creating && saved ? (
            <p role="status" data-testid="new-parcel-done">
              {tg('newParcelDone', { code: saved.code, area: formatArea(saved.areaM2, lang) })}{' '}
              <button type="button" className="link" onClick={() => setSaved(null)}>
                {tg('cancel')}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
