import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canWrite } from '../../../domain/roles.ts';
import { useMe, useSignOut } from '../../api/auth.ts';
import { usePlatformNameList } from '../language/use-platform-names.ts';
import { ChangePasswordDialog } from './ChangePasswordDialog.tsx';
import { openSignIn } from './sign-in-store.ts';

/** Link to a page of the app that keeps the map's URL state (query string) for the way back. */
const pageHref = (path: string) => `${path}${window.location.search}`;

/**
 * The header's account corner: a 登录 button when nobody is signed in; else the display name and role, with a
 * menu to change the password, open the administration pages (admins: users and audit; editors: audit) and
 * sign out.
 */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const names = usePlatformNameList();
  const [changing, setChanging] = useState(false);
  const user = me.data?.user;
  if (!me.data) return null;
  if (!user) {
    return (
      <button type="button" className="btn" data-testid="sign-in-open" onClick={() => openSignIn('user')}>
        {t('auth.signIn')}
      </button>
    );
  }
  const scope = user.platforms.length ? t('auth.platformsOnly', { platforms: names(user.platforms) }) : null;
  return (
    <details className="user-menu" data-testid="user-menu">
      <summary data-testid="user-menu-open" title={t('auth.menu')}>
        <span data-testid="user-name">{user.displayName}</span>
        <span className="role-badge" data-testid="user-role" data-role={user.role}>
          {t(`auth.role_${user.role}`)}
        </span>
      </summary>
      <div className="user-menu-body" role="menu">
        <p className="muted small">
          {user.login}
          {scope ? ` · ${scope}` : ''}
        </p>
        <button type="button" role="menuitem" className="btn-link" onClick={() => setChanging(true)}>
          {t('auth.changePassword')}
        </button>
        {user.role === 'admin' ? (
          <a role="menuitem" className="btn-link" href={pageHref('/admin/users')} data-testid="menu-admin">
            {t('auth.admin')}
          </a>
        ) : null}
        {canWrite(user.role) ? (
          <a role="menuitem" className="btn-link" href={pageHref('/admin/audit')} data-testid="menu-audit">
            {t('auth.audit')}
          </a>
        ) : null}
        {user.role === 'admin' ? (
          <a role="menuitem" className="btn-link" href={pageHref('/settings')} data-testid="menu-settings">
            {t('settings.menu')}
          </a>
        ) : null}
        {canWrite(user.role) ? (
          <a role="menuitem" className="btn-link" href={pageHref('/import')} data-testid="menu-import">
            {t('import.menu')}
          </a>
        ) : null}
        <button
          type="button"
          role="menuitem"
          className="btn-link"
          data-testid="sign-out"
          onClick={() => signOut.mutate()}
        >
          {t('auth.signOut')}
        </button>
      </div>
      {changing ? <ChangePasswordDialog onClose={() => setChanging(false)} /> : null}
    </details>
  );
}
