import { openNewProject, openProjectEdit } from './project-form-store.ts';
import { useCanEdit } from './use-can-edit.ts';
import { useEditText } from './use-edit-text.ts';

/** 新建项目: opens the project form for a new lead (on `platformId` when the list is filtered to one); editors only. */
export function NewProjectButton({ platformId }: { platformId: string | null }) {
  const t = useEditText();
  if (!useCanEdit(platformId)) return null;
  return (
    <button
      type="button"
      className="btn btn-small"
      data-testid="project-new"
      onClick={() => openNewProject(platformId)}
    >
      {t('project.newProject')}
    </button>
  );
}

/** 编辑: opens the project form on project `id`, for editors of its target platform. */
export function ProjectEditButton({ id, platformId }: { id: string; platformId: string | null }) {
  const t = useEditText();
  if (!useCanEdit(platformId)) return null;
  return (
    <button
      type="button"
      className="btn-link small"
      data-testid={`project-edit-${id}`}
      onClick={() => openProjectEdit(id)}
    >
      {t('project.editAction')}
    </button>
  );
}
