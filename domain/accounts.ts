/**
 * Accounts on the wire: roles, what each role may do, and the request bodies of the sign-in and user-management
 * routes (validated by the server, typed for the client). Passwords are checked by password-rules.ts.
 */
import { z } from 'zod';

/** Roles, weakest first: `viewer` reads, exports and prints; `editor` also writes; `admin` also manages users. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Chinese labels of the roles (server-side exports; the UI takes its labels from i18n). */
export const ROLE_ZH: Record<Role, string> = { viewer: '查看', editor: '编辑', admin: '管理员' };

/** True when `role` may record changes (editor or admin). */
export const canWrite = (role: Role): boolean => role === 'editor' || role === 'admin';

/** Longest login name, characters. */
export const LOGIN_MAX = 64;
/** Longest display name, characters. */
export const DISPLAY_NAME_MAX = 50;

/**
 * A login name: 1–64 characters of letters, digits, `.`, `_`, `-` and `@` (an e-mail address works), compared
 * without regard to case; surrounding spaces are trimmed.
 */
export const Login = z
  .string()
  .trim()
  .min(1)
  .max(LOGIN_MAX)
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'letters, digits, . _ - @ only');

/** A display name (shown in the history of every change): 1–50 characters, trimmed. */
export const DisplayName = z.string().trim().min(1).max(DISPLAY_NAME_MAX);

/** Platform ids an editor is limited to; empty = every platform. */
export const PlatformScope = z.array(z.string().min(1).max(200)).max(100);

/** Body of POST /api/auth/login. The password is not trimmed (spaces are characters of it). */
export const LoginRequest = z.object({
  login: z.string().trim().min(1).max(LOGIN_MAX),
  password: z.string().min(1).max(1024),
});

/** Body of POST /api/auth/password (change one's own password). */
export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().max(1024),
});

/** Body of POST /api/users (admin): a new account with its first password. */
export const CreateUserRequest = z.object({
  login: Login,
  displayName: DisplayName,
  role: z.enum(ROLES),
  platforms: PlatformScope.optional(),
  password: z.string().max(1024),
});

/** Body of PATCH /api/users/:id (admin): the fields to change. */
export const UpdateUserRequest = z
  .object({
    displayName: DisplayName.optional(),
    role: z.enum(ROLES).optional(),
    platforms: PlatformScope.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');

/** Body of POST /api/users/:id/password (admin resets a password). */
export const ResetPasswordRequest = z.object({ password: z.string().max(1024) });

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
