import './i18n.ts';
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

/** What the form sends: an editor's platforms, none for other roles; the password only for a new account. */
interface UserDraft {
  login: string;
  displayName: string;
  role: Role;
  platforms: string[];
  password: string;
}

/** Creates the account (`user` null) or saves the edit, closing the form with a notice on success. */
function useSaveUser(user: AdminUser | null, onClose: (done?: string) => void) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const edit = useUpdateUser();
  const save = ({ login, displayName, role, platforms, password }: UserDraft) => {
    if (user) {
      edit.mutate(
        { id: user.id, json: { displayName, role, platforms } },
        { onSuccess: () => onClose(t('admin.saved', { login: user.login })) },
      );
    } else {
      create.mutate(
        { login, displayName, role, platforms, password },
        { onSuccess: () => onClose(t('admin.created', { login })) },
      );
    }
  };
  return { mutation: user ? edit : create, save };
}

/** Adds an account (`user` null) or edits one: display name, role, the platforms an editor is limited to. */
export function UserForm({ user, onClose }: { user: AdminUser | null; onClose: (done?: string) => void }) {
  const { t } = useTranslation();
  const min = useMe().data?.passwordMinLength ?? 10;
  const [login, setLogin] = useState(user?.login ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'viewer');
  const [scope, setScope] = useState<string[]>(user?.platforms ?? []);
  const [password, setPassword] = useState('');
  const { mutation, save } = useSaveUser(user, onClose);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save({ login, displayName, role, platforms: role === 'editor' ? scope : [], password });
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
        <PlatformScope scope={scope} disabled={role !== 'editor'} onChange={setScope} />
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
        <FormActions
          error={mutation.error ? errorMessage(t, mutation.error, min) : null}
          pending={mutation.isPending}
          submitLabel={user ? t('admin.save') : t('admin.create')}
          onCancel={() => onClose()}
        />
      </form>
    </Modal>
  );
}

/** The platforms an editor is limited to (checkboxes; disabled for other roles, which are not limited). */
function PlatformScope(p: {
  scope: string[];
  disabled: boolean;
  onChange: (f: (s: string[]) => string[]) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const platforms = usePlatforms().data ?? [];
  return (
    <fieldset className="field platform-scope" disabled={p.disabled}>
      <legend>{t('admin.col_platforms')}</legend>
      <p className="muted small">{t('admin.platformsHint')}</p>
      {platforms.map((pl) => (
        <label key={pl.id} className="check">
          <input
            type="checkbox"
            checked={p.scope.includes(pl.id)}
            data-testid={`user-form-platform-${pl.id}`}
            onChange={(e) =>
              p.onChange((s) => (e.target.checked ? [...s, pl.id] : s.filter((x) => x !== pl.id)))
            }
          />
          {lang === 'en' ? pl.nameEn : pl.nameZh}
        </label>
      ))}
    </fieldset>
  );
}

/** The refusal (if any), Cancel and the submit button. */
function FormActions(p: {
  error: string | null;
  pending: boolean;
  submitLabel: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {p.error ? (
        <p className="form-error" role="alert" data-testid="user-form-error">
          {p.error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={p.onCancel}>
          {t('admin.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" data-testid="user-form-submit" disabled={p.pending}>
          {p.submitLabel}
        </button>
      </div>
    </>
  );
}
