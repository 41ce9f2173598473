import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '../language/LanguageToggle.tsx';
import { useZoneName } from '../settings/use-zone-name.ts';
import { SignInForm } from './SignInForm.tsx';
import { closeSignIn } from './sign-in-store.ts';

/**
 * The whole screen when reading needs a session (ANONYMOUS_READ off) and nobody is signed in. The URL is left
 * alone, so once signed in the app opens on the view the link asked for.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const zone = useZoneName();
  return (
    <main className="sign-in-page" data-testid="sign-in-page">
      <div className="sign-in-card">
        <div className="sign-in-card-head">
          <h1>{t('app.title', { zone })}</h1>
          <LanguageToggle />
        </div>
        <p className="muted">{t('auth.readRequired')}</p>
        <h2>{t('auth.signInTitle')}</h2>
        {/* On success `me` is refetched and the app replaces this page; a 401 raised meanwhile is settled too. */}
        <SignInForm onDone={closeSignIn} />
      </div>
    </main>
  );
}
