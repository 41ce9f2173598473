import './i18n.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditFilters, useAudit } from '../../api/audit.ts';
import { auditExportUrl } from '../../api/exports.ts';
import { usePlatformNameList } from '../language/use-platform-names.ts';
import { auditChanges } from './audit-change.ts';

const PAGE = 50;
const ACTIONS = [
  'parcel.transition',
  'user.create',
  'user.update',
  'user.password_reset',
  'user.password_change',
  'user.sessions_revoke',
] as const;
const EMPTY: AuditFilters = { user: '', action: '', entityType: '', entityId: '', from: '', to: '' };

/** i18n key part of an action or entity name (`parcel.transition` → `parcel_transition`). */
const keyOf = (s: string) => s.replaceAll('.', '_');

/** Local date and time of an ISO timestamp, to the second. */
const localTime = (iso: string) => new Date(iso).toLocaleString(undefined, { hour12: false });

/**
 * The audit trail: filters (user, action, entity, date range), one row per write with what changed, paging, and
 * the filtered rows as XLSX / CSV. Editors see their platforms' data changes; admins everything (the server
 * decides).
 */
export function AuditView({ scoped }: { scoped: boolean }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>(EMPTY);
  const [offset, setOffset] = useState(0);
  const q = useAudit(filters, { limit: PAGE, offset }, true);
  const change = (f: AuditFilters) => {
    setOffset(0);
    setFilters(f);
  };
  const total = q.data?.total ?? 0;
  return (
    <section data-testid="audit-view">
      {scoped ? <p className="muted small">{t('admin.scopeEditor')}</p> : null}
      <AuditFilterFields filters={filters} onChange={change} />
      <div className="admin-toolbar">
        <span data-testid="audit-total">{t('admin.total', { count: total })}</span>
        <a className="btn" href={auditExportUrl(filters, 'xlsx')} download data-testid="audit-export-xlsx">
          {t('admin.exportXlsx')}
        </a>
        <a className="btn" href={auditExportUrl(filters, 'csv')} download data-testid="audit-export-csv">
          {t('admin.exportCsv')}
        </a>
      </div>
      {q.error ? (
        <p className="form-error" role="alert">
          {t('admin.failed', { message: q.error.message })}
        </p>
      ) : null}
      <table className="admin-table" data-testid="audit-table">
        <thead>
          <tr>
            {(['at', 'user', 'action', 'entity', 'platform', 'change', 'request'] as const).map((c) => (
              <th key={c} scope="col">
                {t(`admin.col_${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(q.data?.items ?? []).map((r) => (
            <AuditRow key={r.id} r={r} />
          ))}
        </tbody>
      </table>
      {q.data && total === 0 ? <p className="muted">{t('admin.empty')}</p> : null}
      <div className="admin-toolbar">
        <button
          type="button"
          className="btn"
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - PAGE))}
        >
          {t('admin.prev')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={offset + PAGE >= total}
          onClick={() => setOffset(offset + PAGE)}
        >
          {t('admin.next')}
        </button>
      </div>
    </section>
  );
}

/** The filter fields; every change starts again from the first page. */
function AuditFilterFields({
  filters,
  onChange,
}: {
  filters: AuditFilters;
  onChange: (f: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const set = (k: keyof AuditFilters) => (v: string) => onChange({ ...filters, [k]: v });
  const text = (k: 'user' | 'entityId') => (
    <label className="field">
      <span>{t(`admin.f_${k}`)}</span>
      <input
        type="text"
        value={filters[k]}
        data-testid={`audit-f-${k}`}
        onChange={(e) => set(k)(e.target.value)}
      />
    </label>
  );
  return (
    <div className="audit-filters">
      {text('user')}
      <label className="field">
        <span>{t('admin.f_action')}</span>
        <select
          value={filters.action}
          data-testid="audit-f-action"
          onChange={(e) => set('action')(e.target.value)}
        >
          <option value="">{t('admin.any')}</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`admin.action_${keyOf(a)}` as 'admin.any')}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('admin.f_entityType')}</span>
        <select value={filters.entityType} onChange={(e) => set('entityType')(e.target.value)}>
          <option value="">{t('admin.any')}</option>
          <option value="parcel">{t('admin.entity_parcel')}</option>
          <option value="user">{t('admin.entity_user')}</option>
        </select>
      </label>
      {text('entityId')}
      <label className="field">
        <span>{t('admin.f_from')}</span>
        <input type="date" value={filters.from} onChange={(e) => set('from')(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('admin.f_to')}</span>
        <input type="date" value={filters.to} onChange={(e) => set('to')(e.target.value)} />
      </label>
      <button type="button" className="btn btn-ghost" onClick={() => onChange(EMPTY)}>
        {t('admin.clear')}
      </button>
    </div>
  );
}

type AuditItem = NonNullable<ReturnType<typeof useAudit>['data']>['items'][number];

/** One audited write: when, who, what, on which record and platform, the changed fields, the request. */
function AuditRow({ r }: { r: AuditItem }) {
  const { t } = useTranslation();
  const names = usePlatformNameList();
  return (
    <tr data-testid="audit-row">
      <td>
        <time dateTime={r.at}>{localTime(r.at)}</time>
      </td>
      <td>
        {r.userName}
        {r.userLogin ? <span className="muted small"> ({r.userLogin})</span> : null}
      </td>
      <td>{t(`admin.action_${keyOf(r.action)}` as 'admin.any', { defaultValue: r.action })}</td>
      <td>
        {t(`admin.entity_${r.entityType}` as 'admin.any', { defaultValue: r.entityType })} {r.entityId}
      </td>
      <td>{r.platformId ? names([r.platformId]) : '—'}</td>
      <td>
        <ul className="audit-change">
          {auditChanges(r.before, r.after).map((ch) => (
            <li key={ch.field}>
              <code>{ch.field}</code>: {ch.before} → {ch.after}
            </li>
          ))}
        </ul>
      </td>
      <td className="muted small">
        {r.requestId ?? '—'}
        <br />
        {r.address ?? '—'}
      </td>
    </tr>
  );
}
