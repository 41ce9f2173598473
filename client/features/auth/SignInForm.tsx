import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignIn } from '../../api/auth.ts';
import { errorMessage } from './error-message.ts';

/** Login name and password; calls `onDone` once signed in. Errors say nothing about whether the account exists. */
export function SignInForm({ onDone, onCancel }: { onDone: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate(
      { login: login.trim(), password },
      {
        onSuccess: () => {
          setPassword('');
          onDone();
        },
      },
    );
  };
  return (
    <form className="sign-in-form" onSubmit={submit} data-testid="sign-in-form">
      <label className="field">
        <span>{t('auth.login')}</span>
        <input
          type="text"
          name="username"
          autoComplete="username"
          required
          value={login}
          data-testid="sign-in-login"
          onChange={(e) => setLogin(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('auth.password')}</span>
        <input
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          data-testid="sign-in-password"
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {signIn.error ? (
        <p className="form-error" role="alert" data-testid="sign-in-error">
          {errorMessage(t, signIn.error, 0)}
        </p>
      ) : null}
      <div className="form-actions">
        {onCancel ? (
          <button type="button" className="btn btn-ghost" onClick={onCancel}>
            {t('auth.cancel')}
          </button>
        ) : null}
        <button
          type="submit"
          className="btn btn-primary"
          data-testid="sign-in-submit"
          disabled={signIn.isPending}
        >
          {signIn.isPending ? t('auth.signingIn') : t('auth.submit')}
        </button>
      </div>
    </form>
  );
}
