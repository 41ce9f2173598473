import './i18n.ts';
import { useTranslation } from 'react-i18next';
import { canWrite } from '../../../domain/roles.ts';
import { useMe } from '../../api/auth.ts';
import { SignInDialog } from '../auth/SignInDialog.tsx';
import { UserMenu } from '../auth/UserMenu.tsx';
import { LanguageToggle } from '../language/LanguageToggle.tsx';
import { AuditView } from './AuditView.tsx';
import { UsersAdmin } from './UsersAdmin.tsx';
import './admin.css';

/** Which administration page a path shows: /admin/audit → the audit log, other /admin paths → accounts. */
export const adminSection = (path: string): 'users' | 'audit' =>
  path.startsWith('/admin/audit') ? 'audit' : 'users';

/**
 * /admin/users (admins) and /admin/audit (admins; editors for their platforms). Links keep the map's query
 * string, so 返回地图 goes back to the same view.
 */
export function AdminPage({ path }: { path: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const user = me.data?.user ?? null;
  const section = adminSection(path);
  const search = window.location.search;
  const allowed = section === 'users' ? user?.role === 'admin' : user != null && canWrite(user.role);
  return (
    <div className="admin-page" data-testid="admin-page">
      <header className="app-header">
        <h1>{t('admin.title')}</h1>
        <nav className="admin-nav" aria-label={t('admin.title')}>
          <a href={`/${search}`} data-testid="admin-back">
            {t('admin.backToMap')}
          </a>
          {user?.role === 'admin' ? (
            <a href={`/admin/users${search}`} aria-current={section === 'users' ? 'page' : undefined}>
              {t('admin.users')}
            </a>
          ) : null}
          <a href={`/admin/audit${search}`} aria-current={section === 'audit' ? 'page' : undefined}>
            {t('admin.audit')}
          </a>
        </nav>
        <span className="spacer" />
        <LanguageToggle />
        <UserMenu />
      </header>
      <main className="admin-body">
        <h2>{section === 'users' ? t('admin.users') : t('admin.audit')}</h2>
        {!me.data ? null : !allowed ? (
          <p className="muted" data-testid="admin-refused">
            {section === 'users' ? t('admin.onlyAdmins') : t('admin.onlyEditors')}
          </p>
        ) : section === 'users' ? (
          <UsersAdmin />
        ) : (
          <AuditView scoped={user?.role !== 'admin'} />
        )}
      </main>
      <SignInDialog />
    </div>
  );
}
