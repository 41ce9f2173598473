import { type FormEvent, useState } from 'react';
import { formatMu } from '../../../domain/format.ts';
import type { useProject } from '../../api/hooks.ts';
import { findParcelByCode, useSetProjectParcels } from '../../api/record-edits.ts';
import { selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';
import { EditError } from './EditError.tsx';
import { useEditText } from './use-edit-text.ts';

type Project = NonNullable<ReturnType<typeof useProject>['data']>;

/**
 * The parcels a project holds, with 解除 per parcel and a code box to link another, for editors (PUT
 * /api/projects/:id/parcels with the whole new list and `If-Match` of the project shown). Viewers see the list.
 */
export function ProjectLinks({
  project,
  canEdit,
  onReload,
}: {
  project: Project;
  canEdit: boolean;
  onReload: () => void;
}) {
  const t = useEditText();
  const lang = useLang();
  const put = useSetProjectParcels();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const save = (parcelIds: string[]) => put.mutate({ id: project.id, version: project.version, parcelIds });
  const add = async (e: FormEvent) => {
    e.preventDefault();
    setMissing(null);
    const hit = await findParcelByCode(code).catch(() => null);
    if (!hit) return setMissing(code.trim());
    save([...project.parcelIds.filter((p) => p !== hit.id), hit.id]);
    setCode('');
  };
  return (
    <section className="section" data-testid="project-links">
      <h3>{t('links.title')}</h3>
      <ul className="parcel-list">
        {project.parcels.map((x) => (
          <li key={x.id} data-testid="project-link-row" data-parcel-id={x.id}>
            <button type="button" className="link" onClick={() => selectParcel(x.id, true)}>
              {x.code}
            </button>
            <span className="num muted">{formatMu(x.areaMu, lang)}</span>
            {canEdit ? (
              <button
                type="button"
                className="btn-link small"
                data-testid={`project-unlink-${x.id}`}
                disabled={put.isPending}
                onClick={() => save(project.parcelIds.filter((p) => p !== x.id))}
              >
                {t('links.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form className="edit-inline" onSubmit={add}>
          <input
            type="text"
            data-testid="project-link-code"
            placeholder={t('links.addPlaceholder')}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <button
            type="submit"
            className="btn btn-small"
            data-testid="project-link-add"
            disabled={put.isPending}
          >
            {t('links.add')}
          </button>
        </form>
      ) : null}
      {missing ? (
        <p className="field-error" role="alert" data-testid="project-link-missing">
          {t('links.notFound', { code: missing })}
        </p>
      ) : null}
      {put.error ? (
        <EditError
          error={put.error}
          onReload={() => {
            put.reset();
            onReload();
          }}
        />
      ) : null}
    </section>
  );
}
