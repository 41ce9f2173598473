/**
 * The state of one 分宗 in the parcel panel: the line drawn on the map (geometry-edit-store), the server's preview
 * of the plan for it — asked again whenever the editor changes which part keeps a project, so the rules shown are
 * the ones that will apply — the date and note, and the committed answer.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { beijingDate } from '../../../domain/beijing-time.ts';
import { type GeometryEditAnswer, useSplit } from '../../api/geometry-edits.ts';
import { setMapTool } from '../../state/map-tool.ts';
import { useRefDate } from '../dashboard/use-ref-date.ts';
import {
  defaultEditDate,
  detailsBody,
  type EditDetails,
  type PartChoices,
  projectPartsBody,
} from './edit-choices.ts';
import { editErrorText } from './edit-error-text.ts';
import { resetGeometryEdit, setGeometryEdit, useGeometryEdit } from './geometry-edit-store.ts';
import type { SplitParcel } from './SplitTool.tsx';
import { useGeomText } from './use-geom-text.ts';

const SPLIT_ERRORS = { stale: 'stale', refused: 'refused' } as const;

export function useSplitFlow(parcel: SplitParcel) {
  const tg = useGeomText();
  const edit = useGeometryEdit();
  const split = useSplit();
  const { refDate } = useRefDate();
  const today = beijingDate(new Date());
  const [answer, setAnswer] = useState<GeometryEditAnswer | null>(null);
  const [done, setDone] = useState<GeometryEditAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [parts, setParts] = useState<PartChoices>({});
  const [details, setDetails] = useState<EditDetails>(() => ({
    date: defaultEditDate(refDate, today, parcel.stateSince),
    note: '',
  }));
  const mine = (edit.phase === 'drawing' || edit.phase === 'preview') && edit.parcelId === parcel.id;
  const line = edit.phase === 'preview' && mine ? edit.line : null;
  const projectParts = useMemo(() => projectPartsBody(parts), [parts]);
  const asked = useRef<{ line: unknown; parts: unknown } | null>(null);

  // The panel closing (or showing another parcel) ends the edit.
  useEffect(() => () => resetGeometryEdit(), []);
  // A finished line, or another choice of parts: ask the server for the plan.
  useEffect(() => {
    if (!line || (asked.current?.line === line && asked.current.parts === projectParts)) return;
    asked.current = { line, parts: projectParts };
    setError(null);
    split.mutate(
      { id: parcel.id, version: parcel.version, line, preview: true, choices: { projectParts } },
      {
        onSuccess: (a) => {
          setAnswer(a);
          setGeometryEdit({ phase: 'preview', parcelId: parcel.id, line, pieces: a.geometries });
        },
        onError: (e) => setError(editErrorText(e, tg, SPLIT_ERRORS)),
      },
    );
  }, [line, projectParts, parcel.id, parcel.version, split, tg]);

  const start = () => {
    setAnswer(null);
    setDone(null);
    setError(null);
    setParts({});
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
    const choices = { ...detailsBody(details), projectParts };
    split.mutate(
      { id: parcel.id, version: parcel.version, line, preview: false, choices },
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
  const form = { parts, setParts, details, setDetails, today };
  return { edit, mine, line, split, answer, done, error, form, start, cancel, confirm };
}
