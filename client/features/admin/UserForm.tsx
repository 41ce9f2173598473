import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../domain/roles.ts';
import { useMe } from '../../api/auth.ts';
import { usePlatforms } from '../../api/hooks.ts';
import type { AdminUser } from '../../api/users.ts';
import { useCreateUser, useUpdateUser } from '../../api/users.ts';
import { errorMessage } from '../auth/error-message.ts';
import { Modal } from '../auth/Modal.tsx';
import { useLang } from '../language/use-lang.ts';

/** Adds an account (`user` null) or edits one: display name, role, the platforms an editor is limited to. */
export function UserForm({ user, onClose }: { user: AdminUser | null; onClose: (done?: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const platforms = usePlatforms().data ?? [];
  const min = useMe().data?.passwordMinLength ?? 10;
  const create = useCreateUser();
  const edit = useUpdateUser();
  const [login, setLogin] = useState(user?.login ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'viewer');
  const [scope, setScope] = useState<string[]>(user?.platforms ?? []);
  const [password, setPassword] = useState('');
  const mutation = user ? edit : create;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const platformsOfRole = role === 'editor' ? scope : [];
    if (user) {
      edit.mutate(
        { id: user.id, json: { displayName, role, platforms: platformsOfRole } },
        { onSuccess: () => onClose(t('admin.saved', { login: user.login })) },
      );
    } else {
      create.mutate(
        { login, displayName, role, platforms: platformsOfRole, password },
        { onSuccess: () => onClose(t('admin.created', { login })) },
      );
    }
  };
  return (
    <Modal
      title={user ? `${t('admin.edit')} ${user.login}` : t('admin.add')}
      onClose={onClose}
      testId="user-form"
    >
      <form onSubmit={submit}>
        <label className="field">
          <span>{t('admin.col_login')}</span>
          <input
            required
            disabled={user != null}
            value={login}
            autoComplete="off"
            data-testid="user-form-login"
            onChange={(e) => setLogin(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('admin.col_displayName')}</span>
          <input
            required
            value={displayName}
            data-testid="user-form-name"
            onChange={(e) => setDisplayName(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('admin.col_role')}</span>
          <select value={role} data-testid="user-form-role" onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`auth.role_${r}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field platform-scope" disabled={role !== 'editor'}>
          <legend>{t('admin.col_platforms')}</legend>
          <p className="muted small">{t('admin.platformsHint')}</p>
          {platforms.map((p) => (
            <label key={p.id} className="check">
              <input
                type="checkbox"
                checked={scope.includes(p.id)}
                data-testid={`user-form-platform-${p.id}`}
                onChange={(e) =>
                  setScope((s) => (e.target.checked ? [...s, p.id] : s.filter((x) => x !== p.id)))
                }
              />
              {lang === 'en' ? p.nameEn : p.nameZh}
            </label>
          ))}
        </fieldset>
        {user ? null : (
          <label className="field">
            <span>{t('admin.password')}</span>
            <input
              type="password"
              required
              autoComplete="new-password"
              value={password}
              data-testid="user-form-password"
              onChange={(e) => setPassword(e.target.value)}
            />
            <small className="muted field-hint">{t('auth.passwordHint', { min })}</small>
          </label>
        )}
        {mutation.error ? (
          <p className="form-error" role="alert" data-testid="user-form-error">
            {errorMessage(t, mutation.error, min)}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="button" className="btn btn-ghost" onClick={() => onClose()}>
            {t('admin.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            data-testid="user-form-submit"
            disabled={mutation.isPending}
          >
            {user ? t('admin.save') : t('admin.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
