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
import {
  areaBefore,
  GEOMETRY_ACTIONS,
  OriginNote,
  type ParcelOrigin,
  shownChanges,
} from './GeometryHistory.tsx';
import { useGeometryUndoText } from './geometry-undo-text.ts';
import { type HistoryRow, historyRows, type StateEvent } from './history-rows.ts';
import { UndoGeometryEdit } from './UndoGeometryEdit.tsx';
import './history.css';

/** A land-state event; a created parcel's opening event names the split or merge that made it. */
function EventItem({
  r,
  origin,
  undo,
}: {
  r: Extract<HistoryRow, { kind: 'event' }>;
  origin: ParcelOrigin | null;
  undo: { id: string; version: number; code: string } | null;
}) {
  const t = useEditText();
  const lang = useLang();
  return (
    <li data-testid="history-event">
      <span className="history-when">{formatDate(r.date, lang)}</span>{' '}
      {t('history.event', {
        from: r.from ? labelOf('landState', r.from as LandState, lang) : t('history.created'),
        to: labelOf('landState', r.to as LandState, lang),
      })}{' '}
      <span className="muted small">{r.who}</span>
      {r.from === null && origin ? <OriginNote origin={origin} undo={undo} /> : null}
    </li>
  );
}

const ACTION_KEY: Record<string, EditKey> = {
  update: 'history.action_update',
  create: 'history.action_create',
  delete: 'history.action_delete',
  parcels: 'history.action_parcels',
  transition: 'history.action_transition',
  retire: 'history.action_retire',
};

/**
 * 修改历史 of a parcel, project or 三旧 site: every audited write (who, when, each field from → to) and, for a
 * parcel, its land-state events. Editors of the record's platform get 撤销 on an attribute edit not yet undone:
 * a new revision restoring the edit's before values (POST …/undo with `If-Match` of `version`), itself audited.
 * The newest write, when it is a state change, gets 更正 instead (CorrectTransition: a data-entry correction
 * with a reason; the original row stays, marked 已更正, next to the correction's row).
 * A parcel a split or merge created names it on its opening event, and a vertex move (编辑边界) is listed as an
 * audit row: editors of the platform get 撤销 on both while the parcel is current (UndoGeometryEdit: a new
 * revision, refused by the server when something happened since).
 * Viewers, whom the audit trail is not open to, see the events only. (About 85 lines: one list's JSX, each
 * row's parts behind a condition; the event rows and the geometry parts are their own components.)
 */
export function EntityHistory({
  entity,
  id,
  version,
  platformId,
  events = [],
  parcel,
}: {
  entity: UndoableEntity;
  id: string;
  version: number;
  platformId: string | null;
  events?: readonly StateEvent[];
  /** A parcel's code, whether it is retired, and the split or merge that created it (GET `origin`). */
  parcel?: { code: string; retired: boolean; origin: ParcelOrigin | null };
}) {
  const t = useEditText();
  const canEdit = useCanEdit(platformId ?? '');
  const audit = useEntityAudit(entity, id, canEdit);
  const undo = useUndo();
  const tc = useCorrectionText();
  const tg = useGeometryUndoText();
  const geometryUndo = canEdit && entity === 'parcel' && parcel !== undefined && !parcel.retired;
  const rows = useMemo(() => historyRows(audit.data?.items ?? [], events), [audit.data, events]);
  const actionLabel = (action: string) => {
    if (action === 'parcel.transition_correction') return tc.action;
    const geometry = GEOMETRY_ACTIONS[action];
    if (geometry) return tg.action[geometry];
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
            <EventItem
              key={r.key}
              r={r}
              origin={parcel?.origin ?? null}
              undo={geometryUndo && parcel ? { id, version, code: parcel.code } : null}
            />
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
              {r.action === 'parcel.reshape' && !r.undone && geometryUndo ? (
                <UndoGeometryEdit
                  id={id}
                  version={version}
                  auditId={r.auditId}
                  plan={{
                    kind: 'reshape',
                    back: [parcel.code],
                    retired: [],
                    areaM2: areaBefore(audit.data?.items.find((a) => a.id === r.auditId)?.before),
                  }}
                />
              ) : null}
              <ul className="history-changes">
                {shownChanges(r).map((c) => (
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
