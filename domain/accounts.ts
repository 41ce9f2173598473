/**
 * Accounts on the wire: the request bodies of the sign-in and user-management routes (validated by the server,
 * typed for the client). Roles and what they may do are in roles.ts (no zod, so the client can import them
 * cheaply); passwords are checked by password-rules.ts.
 */
import { z } from 'zod';
import { ROLES } from './roles.ts';
import { SafeText } from './safe-text.ts';

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
export const DisplayName = SafeText({ min: 1, max: DISPLAY_NAME_MAX });

/** Platform ids an editor is limited to; empty = every platform. */
export const PlatformScope = z.array(z.string().min(1).max(200)).max(100);

/** Body of POST /api/auth/login. The password is not trimmed (spaces are characters of it). */
export const LoginRequest = z.object({
  login: SafeText({ min: 1, max: LOGIN_MAX }),
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
