import { useTranslation } from 'react-i18next';
import { Modal } from './Modal.tsx';
import { SignInForm } from './SignInForm.tsx';
import { closeSignIn, useSignInReason } from './sign-in-store.ts';
import './auth.css';

/**
 * The sign-in dialog over the current view: opened from the header, or by a 401 mid-session. It never navigates,
 * so after signing in the user is exactly where they were (map view, selection, filters — the URL state).
 */
export function SignInDialog() {
  const { t } = useTranslation();
  const reason = useSignInReason();
  if (!reason) return null;
  return (
    <Modal title={t('auth.signInTitle')} onClose={closeSignIn} testId="sign-in-dialog">
      {reason === 'session' ? (
        <p className="muted small" data-testid="sign-in-session-note">
          {t('auth.sessionNeeded')}
        </p>
      ) : null}
      <SignInForm onDone={closeSignIn} onCancel={closeSignIn} />
    </Modal>
  );
}
