import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangePassword, useMe } from '../../api/auth.ts';
import { errorMessage } from './error-message.ts';
import { Modal } from './Modal.tsx';

/** Changing one's own password: the current one, the new one twice; the server applies the password rules. */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const min = useMe().data?.passwordMinLength ?? 10;
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const mismatch = again !== '' && next !== again;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (next !== again) return;
    change.mutate({ currentPassword: current, newPassword: next });
  };
  const field = (label: string, value: string, set: (v: string) => void, id: string, auto: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        type="password"
        autoComplete={auto}
        required
        value={value}
        data-testid={id}
        onChange={(e) => set(e.target.value)}
      />
    </label>
  );
  return (
    <Modal title={t('auth.changePassword')} onClose={onClose} testId="change-password-dialog">
      {change.isSuccess ? (
        <>
          <p className="form-ok" role="status" data-testid="password-changed">
            {t('auth.passwordChanged')}
          </p>
          <div className="form-actions">
            <button type="button" className="btn" onClick={onClose}>
              {t('auth.close')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit}>
          {field(t('auth.currentPassword'), current, setCurrent, 'password-current', 'current-password')}
          {field(t('auth.newPassword'), next, setNext, 'password-new', 'new-password')}
          {field(t('auth.newPasswordAgain'), again, setAgain, 'password-again', 'new-password')}
          <p className="muted small">{t('auth.passwordHint', { min })}</p>
          {mismatch ? <p className="form-error">{t('auth.mismatch')}</p> : null}
          {change.error ? (
            <p className="form-error" role="alert" data-testid="password-error">
              {errorMessage(t, change.error, min)}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="button" className="btn btn-ghost" onClick={onClose}>
              {t('auth.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={change.isPending || mismatch}>
              {t('auth.save')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
