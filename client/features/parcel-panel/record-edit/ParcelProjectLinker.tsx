import { useState } from 'react';
import { useProjects } from '../../../api/hooks.ts';
import { useToggleProjectParcel } from '../../../api/record-edits.ts';
import type { ParcelDetail } from '../../../api/types.ts';
import { EditError } from '../../project-form/EditError.tsx';
import { useEditText } from '../../project-form/use-edit-text.ts';

/**
 * From the parcel's side: link it to a project (chosen from the projects not on it yet) or unlink one of its
 * projects — each a PUT of that project's parcel list (client/api/record-edits.ts useToggleProjectParcel).
 */
export function ParcelProjectLinker({ parcel }: { parcel: ParcelDetail }) {
  const t = useEditText();
  const projects = useProjects();
  const toggle = useToggleProjectParcel();
  const [chosen, setChosen] = useState('');
  const onIt = new Set(parcel.projects.map((p) => p.id));
  const others = (projects.data ?? []).filter((p) => !onIt.has(p.id) && p.stage !== 'terminated');
  return (
    <div className="edit-form parcel-links" data-testid="parcel-project-linker">
      {parcel.projects.map((p) => (
        <div className="edit-inline" key={p.id}>
          <span className="small">{p.name}</span>
          <button
            type="button"
            className="btn-link small"
            data-testid={`parcel-unlink-${p.id}`}
            disabled={toggle.isPending}
            onClick={() => toggle.mutate({ projectId: p.id, parcelId: parcel.id, link: false })}
          >
            {t('links.remove')}
          </button>
        </div>
      ))}
      <div className="edit-inline">
        <select data-testid="parcel-link-project" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('links.chooseProject')}</option>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn-small"
          data-testid="parcel-link-submit"
          disabled={!chosen || toggle.isPending}
          onClick={() =>
            toggle.mutate(
              { projectId: chosen, parcelId: parcel.id, link: true },
              { onSuccess: () => setChosen('') },
            )
          }
        >
          {t('links.link')}
        </button>
      </div>
      {toggle.error ? <EditError error={toggle.error} onReload={() => toggle.reset()} /> : null}
    </div>
  );
}
