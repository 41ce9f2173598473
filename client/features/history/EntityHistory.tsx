import { useMemo } from 'react';
import { beijingDateTime } from '../../../domain/beijing-time.ts';
import type { LandState } from '../../../domain/enums.ts';
import { formatDate, labelOf } from '../../../domain/format.ts';
import { type UndoableEntity, useEntityAudit, useUndo } from '../../api/record-edits.ts';
import { useLang } from '../language/use-lang.ts';
import { EditError } from '../project-form/EditError.tsx';
import { useCanEdit } from '../project-form/use-can-edit.ts';
import { type EditKey, useEditText } from '../project-form/use-edit-text.ts';
import { CorrectTransition } from './CorrectTransition.tsx';
import { useCorrectionText } from './correction-text.ts';
import { historyRows, type StateEvent } from './history-rows.ts';
import './history.css';

const ACTION_KEY: Record<string, EditKey> = {
  update: 'history.action_update',
  create: 'history.action_create',
  delete: 'history.action_delete',
  parcels: 'history.action_parcels',
  transition: 'history.action_transition',
};

/**
 * 修改历史 of a parcel, project or 三旧 site: every audited write (who, when, each field from → to) and, for a
 * parcel, its land-state events. Editors of the record's platform get 撤销 on an attribute edit not yet undone:
 * a new revision restoring the edit's before values (POST …/undo with `If-Match` of `version`), itself audited.
 * The newest write, when it is a state change, gets 更正 instead (CorrectTransition: a data-entry correction
 * with a reason; the original row stays, marked 已更正, next to the correction's row).
 * Viewers, whom the audit trail is not open to, see the events only.
 */
export function EntityHistory({
  entity,
  id,
  version,
  platformId,
  events = [],
}: {
  entity: UndoableEntity;
  id: string;
  version: number;
  platformId: string | null;
  events?: readonly StateEvent[];
}) {
  const t = useEditText();
  const lang = useLang();
  const canEdit = useCanEdit(platformId ?? '');
  const audit = useEntityAudit(entity, id, canEdit);
  const undo = useUndo();
  const tc = useCorrectionText();
  const rows = useMemo(() => historyRows(audit.data?.items ?? [], events), [audit.data, events]);
  const actionLabel = (action: string) => {
    if (action === 'parcel.transition_correction') return tc.action;
    const k = ACTION_KEY[action.split('.')[1] ?? ''];
    return k ? t(k) : t('history.action_other', { action });
  };
  return (
    <section className="section entity-history" data-testid="entity-history">
      <h3>{t('history.title')}</h3>
      {!canEdit ? <p className="muted small">{t('history.auditOnly')}</p> : null}
      {rows.length === 0 ? <p className="muted">{t('history.empty')}</p> : null}
      <ol className="history-list">
        {rows.map((r) =>
          r.kind === 'event' ? (
            <li key={r.key} data-testid="history-event">
              <span className="history-when">{formatDate(r.date, lang)}</span>{' '}
              {t('history.event', {
                from: r.from ? labelOf('landState', r.from as LandState, lang) : t('history.created'),
                to: labelOf('landState', r.to as LandState, lang),
              })}{' '}
              <span className="muted small">{r.who}</span>
            </li>
          ) : (
            <li key={r.key} data-testid="history-audit" data-audit-id={r.auditId} data-action={r.action}>
              <span className="history-when">{beijingDateTime(new Date(r.at))}</span>{' '}
              <b>{actionLabel(r.action)}</b> <span className="muted small">{r.who}</span>
              {r.version != null ? (
                <span className="muted small"> · {t('history.version', { v: r.version })}</span>
              ) : null}
              {r.undone ? (
                <span className="history-undone">
                  {' '}
                  · {r.action === 'parcel.transition' ? tc.corrected : t('history.undone')}
                </span>
              ) : null}
              {r.correctable && canEdit && entity === 'parcel' ? (
                <CorrectTransition id={id} version={version} auditId={r.auditId} />
              ) : null}
              {r.undoable && canEdit ? (
                <button
                  type="button"
                  className="btn-link small"
                  data-testid={`history-undo-${r.auditId}`}
                  disabled={undo.isPending}
                  onClick={() => undo.mutate({ entity, id, version, auditId: r.auditId })}
                >
                  {t('history.undo')}
                </button>
              ) : null}
              <ul className="history-changes">
                {r.changes.slice(0, 12).map((c) => (
                  <li key={c.field}>
                    <code>{c.field}</code>: {c.before || '—'} → {c.after || '—'}
                  </li>
                ))}
              </ul>
            </li>
          ),
        )}
      </ol>
      {undo.error ? <EditError error={undo.error} onReload={() => undo.reset()} /> : null}
    </section>
  );
}
