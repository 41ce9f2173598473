/**
 * The state of one 合宗 in the parcel panel: the merge list (merge-list-store), the server's preview of the plan
 * (dropped when the list changes), the date and note, and the committed answer.
 */
import { useEffect, useState } from 'react';
import { beijingDate } from '../../../domain/beijing-time.ts';
import { type GeometryEditAnswer, useMerge } from '../../api/geometry-edits.ts';
import { setMapTool } from '../../state/map-tool.ts';
import { useRefDate } from '../dashboard/use-ref-date.ts';
import { defaultEditDate, detailsBody, type EditDetails } from './edit-choices.ts';
import { editErrorText } from './edit-error-text.ts';
import {
  getGeometryEdit,
  resetGeometryEdit,
  setGeometryEdit,
  useGeometryEdit,
} from './geometry-edit-store.ts';
import { clearMerge, useMergeList } from './merge-list-store.ts';
import { useGeomText } from './use-geom-text.ts';

const MERGE_ERRORS = { stale: 'mergeStale', refused: 'mergeRefused' } as const;
/** The geometry-edit store's marker for a merge preview (a split's is the parcel id). */
export const MERGE_EDIT = 'merge';

export function useMergeFlow() {
  const tg = useGeomText();
  const items = useMergeList();
  const edit = useGeometryEdit();
  const merge = useMerge();
  const { refDate } = useRefDate();
  const today = beijingDate(new Date());
  const [answer, setAnswer] = useState<GeometryEditAnswer | null>(null);
  const [done, setDone] = useState<GeometryEditAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [details, setDetails] = useState<EditDetails>(() => ({
    date: defaultEditDate(refDate, today),
    note: '',
  }));
  const previewing = edit.phase === 'preview' && edit.parcelId === MERGE_EDIT && answer != null;
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
      { ...body, preview: false, details: detailsBody(details) },
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
  const form = { details, setDetails, today };
  return { items, merge, answer, done, error, previewing, form, preview, cancel, confirm };
}
