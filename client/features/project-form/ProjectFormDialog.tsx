import { useProject } from '../../api/hooks.ts';
import { Modal } from '../auth/Modal.tsx';
import { ProjectForm } from './ProjectForm.tsx';
import { closeProjectForm, useProjectFormTarget } from './project-form-store.ts';
import { useEditText } from './use-edit-text.ts';
import './project-form.css';

/** The project form as a dialog over the map: a new project, or the project being edited (loaded first). */
export function ProjectFormDialog() {
  const target = useProjectFormTarget();
  if (!target) return null;
  return target.id ? <EditProject id={target.id} /> : <NewProject platformId={target.platformId} />;
}

function NewProject({ platformId }: { platformId: string | null }) {
  const t = useEditText();
  return (
    <Modal title={t('project.newTitle')} onClose={closeProjectForm} testId="project-form-dialog">
      <ProjectForm project={null} platformId={platformId} onReload={() => undefined} />
    </Modal>
  );
}

function EditProject({ id }: { id: string }) {
  const t = useEditText();
  const q = useProject(id);
  return (
    <Modal title={t('project.editTitle')} onClose={closeProjectForm} testId="project-form-dialog">
      {q.data ? (
        // Keyed by version: after a reload (412) the form starts again from the record as it is now.
        <ProjectForm
          key={q.data.version}
          project={q.data}
          platformId={null}
          onReload={() => void q.refetch()}
        />
      ) : (
        <p className="muted">{q.error ? q.error.message : '…'}</p>
      )}
    </Modal>
  );
}
