/**
 * Roles and what each may do: `viewer` reads, exports and prints; `editor` also writes, optionally limited to
 * some platforms; `admin` also manages accounts and sees the whole audit trail. Shared by the server (which
 * enforces it) and the client (which hides write controls and says why).
 */

/** Roles, weakest first: `viewer` reads, exports and prints; `editor` also writes; `admin` also manages users. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Chinese labels of the roles (server-side exports; the UI takes its labels from i18n). */
export const ROLE_ZH: Record<Role, string> = { viewer: '查看', editor: '编辑', admin: '管理员' };

/** True when `role` may record changes (editor or admin). */
export const canWrite = (role: Role): boolean => role === 'editor' || role === 'admin';

/** Why an account may not write to a platform's data: not signed in, a viewer, or limited to other platforms. */
export type WriteRefusal = 'signed_out' | 'viewer' | 'other_platform';

/**
 * Null when `user` may write to data of `platformId` (an editor of all platforms or of that one, or an admin),
 * else the reason. The server enforces this; the client uses it to hide write controls and say why.
 */
export function writeRefusal(
  user: { role: Role; platforms: readonly string[] } | null,
  platformId: string | null,
): WriteRefusal | null {
  if (!user) return 'signed_out';
  if (!canWrite(user.role)) return 'viewer';
  if (user.role === 'admin' || user.platforms.length === 0) return null;
  return platformId != null && user.platforms.includes(platformId) ? null : 'other_platform';
}
