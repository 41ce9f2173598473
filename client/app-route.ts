/** Which page a path opens (App.tsx): the administration pages, the zone settings, the import wizard or the main layout with the map. */
export type Page = 'admin' | 'settings' | 'import' | 'main';

export function pageOf(path: string): Page {
  if (path.startsWith('/admin')) return 'admin';
  if (path === '/settings') return 'settings';
  if (path === '/import') return 'import';
  return 'main';
}
