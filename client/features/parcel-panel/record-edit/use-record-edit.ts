import { type FormEvent, useState } from 'react';
import { fieldMessage } from '../../project-form/edit-error.ts';
import type { FormProblem } from '../../project-form/project-form.ts';
import { useEditText } from '../../project-form/use-edit-text.ts';

/** The PATCH mutation a record form sends through (usePatchParcel, usePatchRedevelopment). */
export interface RecordPatch<B> {
  error: Error | null;
  isSuccess: boolean;
  isPending: boolean;
  reset: () => void;
  mutate: (a: { id: string; version: number; json: B }) => void;
}

/** The form's reading of its values: the PATCH body of what changed, or the first problem (field + key). */
export type BodyOf<V, B> = (initial: V, v: V) => { ok: true; body: B } | { ok: false; problem: FormProblem };

/**
 * The state of an attribute form over one versioned record: the values as typed, the values as loaded, the
 * form's own problem, and a submit that sends only what changed with the version shown (If-Match). A new version
 * (this form's save, an undo, a reload after 412) starts again from the record as it is now, keeping the form
 * (and its 已保存 line) mounted.
 */
export function useRecordEdit<V, B extends object>(
  record: { id: string; version: number },
  valuesOf: () => V,
  bodyOf: BodyOf<V, B>,
  patch: RecordPatch<B>,
) {
  const t = useEditText();
  const [initial, setInitial] = useState(valuesOf);
  const [v, setV] = useState(initial);
  const [shownVersion, setShownVersion] = useState(record.version);
  if (shownVersion !== record.version) {
    const fresh = valuesOf();
    setShownVersion(record.version);
    setInitial(fresh);
    setV(fresh);
  }
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [unchanged, setUnchanged] = useState(false);
  const change = (p: Partial<V>) => setV((x) => ({ ...x, ...p }));
  const errorOf = (f: string) =>
    problem?.field === f ? t(`problem_${problem.key}`) : fieldMessage(patch.error, f);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setUnchanged(false);
    const r = bodyOf(initial, v);
    setProblem(r.ok ? null : r.problem);
    if (!r.ok) return;
    if (Object.keys(r.body).length === 0) return setUnchanged(true);
    patch.mutate({ id: record.id, version: record.version, json: r.body });
  };
  return { v, change, errorOf, submit, unchanged };
}
