import './i18n.ts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth.ts';
import type { AdminUser } from '../../api/users.ts';
import { useResetPassword } from '../../api/users.ts';
import { errorMessage } from '../auth/error-message.ts';
import { Modal } from '../auth/Modal.tsx';

/** An administrator sets a new password for an account; its sessions end. */
export function ResetPasswordForm({ user, onClose }: { user: AdminUser; onClose: (done?: string) => void }) {
  const { t } = useTranslation();
  const min = useMe().data?.passwordMinLength ?? 10;
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    reset.mutate(
      { id: user.id, password },
      { onSuccess: () => onClose(t('admin.passwordReset', { login: user.login })) },
    );
  };
  return (
    <Modal title={t('admin.resetPassword')} onClose={onClose} testId="reset-password-form">
      <form onSubmit={submit}>
        <label className="field">
          <span>{t('admin.newPasswordFor', { login: user.login })}</span>
          <input
            type="password"
            required
            autoComplete="new-password"
            value={password}
            data-testid="reset-password-input"
            onChange={(e) => setPassword(e.target.value)}
          />
          <small className="muted field-hint">{t('auth.passwordHint', { min })}</small>
        </label>
        {reset.error ? (
          <p className="form-error" role="alert">
            {errorMessage(t, reset.error, min)}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="button" className="btn btn-ghost" onClick={() => onClose()}>
            {t('admin.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={reset.isPending}>
            {t('admin.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
