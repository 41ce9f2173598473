import './i18n.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../domain/format.ts';
import type { AdminUser } from '../../api/users.ts';
import { useRevokeSessions, useUpdateUser, useUsers } from '../../api/users.ts';
import { errorMessage } from '../auth/error-message.ts';
import { useLang } from '../language/use-lang.ts';
import { usePlatformNameList } from '../language/use-platform-names.ts';
import { ResetPasswordForm } from './ResetPasswordForm.tsx';
import { UserForm } from './UserForm.tsx';

type Dialog = { kind: 'add' } | { kind: 'edit'; user: AdminUser } | { kind: 'reset'; user: AdminUser } | null;

/** The accounts table with add, edit (name, role, platforms), disable/enable, reset password, sign-out-everywhere. */
export function UsersAdmin() {
  const { t } = useTranslation();
  const users = useUsers(true);
  const update = useUpdateUser();
  const revoke = useRevokeSessions();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const close = (done?: string) => {
    setDialog(null);
    if (done) setNotice(done);
  };
  const failure = update.error ?? revoke.error;
  return (
    <section data-testid="users-admin">
      <div className="admin-toolbar">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="user-add"
          onClick={() => setDialog({ kind: 'add' })}
        >
          {t('admin.add')}
        </button>
        {notice ? (
          <p className="form-ok" role="status" data-testid="admin-notice">
            {notice}
          </p>
        ) : null}
        {failure ? (
          <p className="form-error" role="alert">
            {errorMessage(t, failure, 0)}
          </p>
        ) : null}
      </div>
      <table className="admin-table" data-testid="users-table">
        <thead>
          <tr>
            {(['login', 'displayName', 'role', 'platforms', 'status', 'lastSignIn', 'actions'] as const).map(
              (c) => (
                <th key={c} scope="col">
                  {t(`admin.col_${c}`)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {(users.data ?? []).map((u) => (
            <UserRow
              key={u.id}
              u={u}
              onEdit={() => setDialog({ kind: 'edit', user: u })}
              onReset={() => setDialog({ kind: 'reset', user: u })}
              onToggle={() =>
                update.mutate(
                  { id: u.id, json: { disabled: !u.disabled } },
                  { onSuccess: () => setNotice(t('admin.saved', { login: u.login })) },
                )
              }
              onRevoke={() =>
                revoke.mutate(u.id, {
                  onSuccess: (r) => setNotice(t('admin.revoked', { login: u.login, count: r.revoked })),
                })
              }
            />
          ))}
        </tbody>
      </table>
      {dialog?.kind === 'add' ? <UserForm user={null} onClose={close} /> : null}
      {dialog?.kind === 'edit' ? <UserForm user={dialog.user} onClose={close} /> : null}
      {dialog?.kind === 'reset' ? <ResetPasswordForm user={dialog.user} onClose={close} /> : null}
    </section>
  );
}

/** One account: login, name, role, platforms, status, last sign-in, and its actions. */
function UserRow(p: {
  u: AdminUser;
  onEdit: () => void;
  onToggle: () => void;
  onReset: () => void;
  onRevoke: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const names = usePlatformNameList();
  const { u } = p;
  return (
    <tr data-testid={`user-row-${u.login}`} className={u.disabled ? 'disabled' : undefined}>
      <td>{u.login}</td>
      <td>{u.displayName}</td>
      <td>{t(`auth.role_${u.role}`)}</td>
      <td>{u.role === 'editor' && u.platforms.length ? names(u.platforms) : t('auth.allPlatforms')}</td>
      <td>{u.disabled ? t('admin.disabled') : t('admin.active')}</td>
      <td>{u.lastSignInAt ? formatDate(u.lastSignInAt.slice(0, 10), lang) : t('admin.never')}</td>
      <td className="admin-actions">
        <button type="button" className="btn-link" onClick={p.onEdit}>
          {t('admin.edit')}
        </button>
        <button
          type="button"
          className="btn-link"
          data-testid={`user-toggle-${u.login}`}
          onClick={p.onToggle}
        >
          {u.disabled ? t('admin.enable') : t('admin.disable')}
        </button>
        <button type="button" className="btn-link" onClick={p.onReset}>
          {t('admin.resetPassword')}
        </button>
        <button type="button" className="btn-link" onClick={p.onRevoke}>
          {t('admin.revoke')}
        </button>
      </td>
    </tr>
  );
}
