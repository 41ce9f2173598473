import { type FormEvent, useState } from 'react';
import { beijingDate } from '../../../domain/beijing-time.ts';
import type { useProject } from '../../api/hooks.ts';
import { useCreateProject, useDeleteProject, usePatchProject } from '../../api/record-edits.ts';
import { openProject } from '../details/navigate.ts';
import { EditError } from './EditError.tsx';
import { fieldMessage } from './edit-error.ts';
import { ProjectFields } from './ProjectFields.tsx';
import {
  createBody,
  type FormProblem,
  formValuesOf,
  type ProjectFormValues,
  patchBody,
} from './project-form.ts';
import { closeProjectForm } from './project-form-store.ts';
import { StageFields } from './StageFields.tsx';
import { useEditText } from './use-edit-text.ts';

type Project = NonNullable<ReturnType<typeof useProject>['data']>;

/**
 * Creates a project or edits one (only the changed fields are sent, with `If-Match` of the version loaded).
 * Problems the form can see (a blank name, a malformed number) stop it before sending; the server's refusals
 * are shown at their field, a 412 says who changed the project and offers to reload it.
 */
export function ProjectForm({
  project,
  platformId,
  onReload,
}: {
  project: Project | null;
  platformId: string | null;
  onReload: () => void;
}) {
  const t = useEditText();
  const [initial] = useState(() => formValuesOf(project, platformId));
  const [v, setV] = useState(initial);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [unchanged, setUnchanged] = useState(false);
  const create = useCreateProject();
  const patch = usePatchProject();
  const remove = useDeleteProject();
  const error = create.error ?? patch.error ?? remove.error;
  const busy = create.isPending || patch.isPending || remove.isPending;
  const change = (p: Partial<ProjectFormValues>) => setV((x) => ({ ...x, ...p }));
  const errorOf = (field: string) =>
    problem?.field === field ? t(`problem_${problem.key}`) : fieldMessage(error, field);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setUnchanged(false);
    if (!project) {
      const r = createBody(v);
      setProblem(r.ok ? null : r.problem);
      if (!r.ok) return;
      create.mutate(r.body, {
        onSuccess: (p) => {
          closeProjectForm();
          openProject(p.id);
        },
      });
      return;
    }
    const r = patchBody(initial, v);
    setProblem(r.ok ? null : r.problem);
    if (!r.ok) return;
    if (Object.keys(r.body).length === 0) return setUnchanged(true);
    patch.mutate({ id: project.id, version: project.version, json: r.body }, { onSuccess: closeProjectForm });
  };
  return (
    <form className="edit-form project-form" data-testid="project-form" onSubmit={submit}>
      <ProjectFields v={v} change={change} errorOf={errorOf} />
      <StageFields v={v} change={change} errorOf={errorOf} today={beijingDate(new Date())} />
      {error ? <EditError error={error} onReload={onReload} /> : null}
      {unchanged ? <p className="muted">{t('unchanged')}</p> : null}
      <div className="edit-actions">
        <button type="submit" className="btn btn-primary" data-testid="pf-submit" disabled={busy}>
          {busy ? t('saving') : project ? t('save') : t('project.create')}
        </button>
        <button type="button" className="btn" data-testid="pf-cancel" onClick={closeProjectForm}>
          {t('cancel')}
        </button>
        {project ? (
          <DeleteButton
            busy={busy}
            onDelete={() =>
              remove.mutate({ id: project.id, version: project.version }, { onSuccess: closeProjectForm })
            }
          />
        ) : null}
      </div>
    </form>
  );
}

/** Delete, in two clicks; whether the project may go (a mistaken draft only) is the server's call. */
function DeleteButton({ busy, onDelete }: { busy: boolean; onDelete: () => void }) {
  const t = useEditText();
  const [armed, setArmed] = useState(false);
  return (
    <button
      type="button"
      className="btn btn-danger"
      data-testid={armed ? 'pf-delete-confirm' : 'pf-delete'}
      disabled={busy}
      onClick={() => (armed ? onDelete() : setArmed(true))}
    >
      {armed ? t('project.deleteConfirm') : t('project.delete')}
    </button>
  );
}
