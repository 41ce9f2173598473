import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { writeRefusal } from '../../../domain/roles.ts';
import { useMe } from '../../api/auth.ts';
import { usePlatformNameList } from '../language/use-platform-names.ts';
import { openSignIn } from './sign-in-store.ts';

/**
 * Shows a write control only to accounts that may use it on data of `platformId`; everyone else sees the
 * section title and why it is not offered (with a 登录 button when nobody is signed in). The server enforces
 * the same rule (domain/accounts.ts `writeRefusal`); this only keeps the UI honest.
 */
export function WriteGate({
  platformId,
  title,
  children,
}: {
  platformId: string;
  title: string;
  children: (recordedBy: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const names = usePlatformNameList();
  if (!me.data) return null;
  const user = me.data.user;
  const refusal = writeRefusal(user, platformId);
  if (refusal === null && user) return <>{children(user.displayName)}</>;
  return (
    <section className="section write-refused" data-testid="write-refused" data-reason={refusal}>
      <h3>{title}</h3>
      <p className="muted">
        {t(`auth.write_${refusal ?? 'signed_out'}`, { platforms: names(user?.platforms ?? []) })}
      </p>
      {refusal === 'signed_out' ? (
        <button type="button" className="btn" data-testid="write-sign-in" onClick={() => openSignIn('user')}>
          {t('auth.signIn')}
        </button>
      ) : null}
    </section>
  );
}
